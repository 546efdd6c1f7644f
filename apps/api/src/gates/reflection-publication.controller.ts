import { Body, Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor } from '@waardenpoort/domain';
import * as defs from '@waardenpoort/contracts';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid.pipe';
import { ProjectResponseDto } from '../projects/dto/project.response';
import { ReflectionPublicationDto, ReflectionPublicationWithdrawalDto } from './dto/reflection-publication.dto';
import { IdempotencyKey } from './gates.controller';
import { GatesService } from './gates.service';
import { ClassResponsesOnEveryRoute } from '../common/class-responses';

/**
 * Publishing the Ethics Commission's reflection on the public pages (issue 18): an act of its own by the ethics
 * secretary after the reflection was recorded, at whatever gate the project stands, recorded in the audit trail.
 */
@ClassResponsesOnEveryRoute()
@ApiTags('gates')
@ApiBearerAuth()
@ApiOkResponse({ type: ProjectResponseDto, description: 'Recorded; the project as it now stands' })
@ApiForbiddenResponse({ description: 'Not the ethics secretary, or segregation of duties' })
@ApiConflictResponse({
  description:
    'No reflection recorded, recorded as not for publication, already published (or, to withdraw, not published), ' +
    'or the project is closed',
})
@ApiUnprocessableEntityResponse({ description: 'The payload is incomplete' })
@ApiNotFoundResponse({ description: 'No such project' })
@Controller('api/v1/projects/:id/reflection/publication')
export class ReflectionPublicationController {
  constructor(private readonly gates: GatesService) {}

  @Post()
  @HttpCode(200)
  @Roles('ethics-secretary')
  publish(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: ReflectionPublicationDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.publishReflection, { actor, ...dto }, key);
  }

  @Delete()
  @HttpCode(200)
  @Roles('ethics-secretary')
  withdraw(
    @Param('id', uuidParam()) pid: string,
    @Body() dto: ReflectionPublicationWithdrawalDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() key: string | undefined,
  ): Promise<ProjectResponseDto> {
    return this.gates.act(pid, defs.withdrawReflectionPublication, { actor, ...dto }, key);
  }
}
