import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { isRole, ROLES, type Actor } from '@waardenpoort/domain';
import { PersonRepository } from '@waardenpoort/persistence';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { ColleagueDto } from './dto/absence.dto';

/**
 * Colleagues with a role, to pick a delegate or a substitute: only their sub and name, and only for a role the caller
 * has themselves (one hands work only to someone of one's own role).
 */
@ApiTags('people')
@ApiBearerAuth()
@Controller('api/v1/people')
export class PeopleController {
  constructor(private readonly people: PersonRepository) {}

  @Get()
  @Roles(...ROLES)
  @ApiQuery({ name: 'role', enum: ROLES, required: true })
  @ApiOkResponse({ type: [ColleagueDto], description: 'People with this role, by name' })
  @ApiForbiddenResponse({ description: 'A role the caller does not have' })
  async withRole(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<ColleagueDto[]> {
    const unknown = Object.keys(query).filter((k) => k !== 'role');
    if (unknown.length > 0 || !isRole(query.role)) {
      throw new ProblemException(400, 'role must be one of the roles; no other parameters.', {
        slug: 'validation',
        errors: [
          ...(isRole(query.role) ? [] : [{ field: 'role', messages: [`role must be one of ${ROLES.join(', ')}`] }]),
          ...unknown.map((k) => ({ field: k, messages: [`${k} is not a parameter of this list`] })),
        ],
      });
    }
    if (!actor.roles.includes(query.role)) {
      throw new ProblemException(403, 'You can only list colleagues of a role you have yourself.', {
        slug: 'missing-role',
      });
    }
    const found = await this.people.withRole(query.role);
    return found.map((p) => ({ sub: p.sub, name: p.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }
}
