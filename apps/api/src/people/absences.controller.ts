import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ROLES, type Actor, type ProjectEvent } from '@waardenpoort/domain';
import { AbsenceRepository, PersonRepository, type Absence } from '@waardenpoort/persistence';
import { randomUUID } from 'node:crypto';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { uuidParam } from '../common/uuid.pipe';
import { SYSTEM_AUDIT_ID } from '../policy/policy.controller';
import { AbsenceDto, CreateAbsenceDto } from './dto/absence.dto';

/** The longest period one absence covers; a longer one is registered in parts. */
const MAX_DAYS = 366;
const DAY_MS = 86_400_000;

function toDto(a: Absence, now = Date.now()): AbsenceDto {
  return {
    id: a.id,
    person: { sub: a.personSub, name: a.personName },
    substitute: { sub: a.substituteSub, name: a.substituteName },
    from: a.startsAt,
    until: a.endsAt,
    active: Date.parse(a.startsAt) <= now && now < Date.parse(a.endsAt),
  };
}

function invalid(field: string, message: string): ProblemException {
  return new ProblemException(422, `${field} ${message}.`, {
    slug: 'validation',
    errors: [{ field, messages: [message] }],
  });
}

/** Registering and removing an absence go on the system audit chain: who is away when, and who stands in. */
function auditEvent(action: 'absence-registered' | 'absence-removed', actor: Actor, a: Omit<Absence, 'createdAt'>) {
  return {
    eventId: `${action}:${a.id}`,
    projectId: SYSTEM_AUDIT_ID,
    at: new Date().toISOString(),
    actor,
    action,
    gate: null,
    payload: {
      absenceId: a.id,
      person: { sub: a.personSub, name: a.personName },
      substitute: { sub: a.substituteSub, name: a.substituteName },
      from: a.startsAt,
      until: a.endsAt,
    },
    documentHashes: [],
    policyVersion: null,
    workflowId: null,
    runId: null,
  } satisfies ProjectEvent;
}

/**
 * The caller's periods of absence with a substitute: during one, the caller's own tasks show in the substitute's task
 * list, their mail goes to the substitute, and the substitute may act on their tasks for them (the trail says so).
 */
@ApiTags('people')
@ApiBearerAuth()
@Controller('api/v1/me/absences')
export class AbsencesController {
  constructor(
    private readonly absences: AbsenceRepository,
    private readonly people: PersonRepository,
  ) {}

  @Get()
  @Roles(...ROLES)
  @ApiOkResponse({
    type: [AbsenceDto],
    description: "The caller's absences that have not ended, and those they stand in for",
  })
  async list(@CurrentActor() actor: Actor): Promise<AbsenceDto[]> {
    return (await this.absences.ofPerson(actor.sub)).map((a) => toDto(a));
  }

  @Post()
  @Roles(...ROLES)
  @ApiCreatedResponse({ type: AbsenceDto, description: 'Registered' })
  @ApiUnprocessableEntityResponse({ description: 'A period that is not sane, or a substitute without your roles' })
  @ApiConflictResponse({ description: 'The period overlaps another absence of yours (absence-overlaps)' })
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateAbsenceDto): Promise<AbsenceDto> {
    const from = Date.parse(dto.from);
    const until = Date.parse(dto.until);
    if (Number.isNaN(from)) throw invalid('from', 'must be a real date or instant');
    if (Number.isNaN(until)) throw invalid('until', 'must be a real date or instant');
    if (until <= from) throw invalid('until', 'must be after from');
    if (until <= Date.now()) throw invalid('until', 'must be in the future');
    if (until - from > MAX_DAYS * DAY_MS) throw invalid('until', `must be at most ${MAX_DAYS} days after from`);
    if (from > Date.now() + 2 * MAX_DAYS * DAY_MS) throw invalid('from', 'must be within two years from now');
    if (dto.substitute === actor.sub) throw invalid('substitute', 'must be someone other than you');
    const substitute = await this.people.get(dto.substitute);
    if (!substitute) throw invalid('substitute', 'must be a colleague known to Waardenpoort (signed in before)');
    const missing = actor.roles.filter((r) => !substitute.roles.includes(r));
    if (missing.length > 0) throw invalid('substitute', `must have your role(s); lacks ${missing.join(', ')}`);
    const absence = {
      id: randomUUID(),
      personSub: actor.sub,
      personName: actor.name,
      substituteSub: substitute.sub,
      substituteName: substitute.name,
      startsAt: new Date(from).toISOString(),
      endsAt: new Date(until).toISOString(),
    };
    const stored = await this.absences.register(absence, auditEvent('absence-registered', actor, absence));
    if ('overlaps' in stored) {
      throw new ProblemException(
        409,
        `This period overlaps your absence from ${stored.overlaps.startsAt} until ${stored.overlaps.endsAt}.`,
        { slug: 'absence-overlaps' },
      );
    }
    return toDto(stored);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...ROLES)
  @ApiNoContentResponse({ description: "Removed; tasks and mail are the caller's own again" })
  @ApiNotFoundResponse({ description: 'The caller has no absence with this id' })
  async remove(@CurrentActor() actor: Actor, @Param('id', uuidParam('absence')) id: string): Promise<void> {
    const removed = await this.absences.remove(actor.sub, id, (a) => auditEvent('absence-removed', actor, a));
    if (!removed) throw new ProblemException(404, `You have no absence with id ${id}.`, { slug: 'absence-not-found' });
  }
}
