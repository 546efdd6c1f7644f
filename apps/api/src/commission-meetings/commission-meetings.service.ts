import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import * as defs from '@waardenpoort/contracts';
import {
  commissionPolicy,
  submissionDeadlineOf,
  submissionReminders,
  type Actor,
  type AssignmentKind,
  type AuditAction,
  type ProjectEvent,
  type Reader,
} from '@waardenpoort/domain';
import { dutchHolidayCheck } from '@waardenpoort/domain/holidays';
import {
  CommissionAgendaRepository,
  CommissionMeetingRepository,
  MeetingChangeRefused,
  type CaseMove,
  type CommissionMeeting,
} from '@waardenpoort/persistence';
import { ProjectWorkflows } from '@waardenpoort/temporal';
import { randomUUID } from 'node:crypto';
import { ProblemException } from '../common/problem.exception';
import { APP_CONFIG } from '../config/config.module';
import { ActivePolicy } from '../policy/active-policy';
import { SYSTEM_AUDIT_ID } from '../policy/policy.controller';
import { agendaCsv, meetingIcs } from './agenda-export';
import type {
  MeetingAgendaDto,
  CreateMeetingDto,
  MeetingChangeDto,
  MeetingListQueryDto,
  MeetingMoveDto,
  MoveRefusalDto,
  UpdateMeetingDto,
} from './dto/commission-meeting.dto';
import { answerOf, settleMove, type MoveAnswer } from './move-outcome';

const REFUSAL_STATUS: Record<MeetingChangeRefused['code'], number> = {
  'meeting-not-found': 404,
  'meeting-not-planned': 409,
  'meeting-full': 409,
  'version-conflict': 409,
};

function fieldProblem(status: number, field: string, nl: string, en: string): ProblemException {
  return new ProblemException(status, en, { slug: 'validation', errors: [{ field, messages: [nl, en] }] });
}

/**
 * The Ethics Commission's calendar, kept by the ethics secretary: meetings, their agendas and exports. A change that
 * moves cases (a cancellation, less capacity) tells each case's workflow with an Update, so its timer moves too.
 */
@Injectable()
export class CommissionMeetingsService {
  private readonly logger = new Logger(CommissionMeetingsService.name);
  private readonly isHoliday = dutchHolidayCheck();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly meetings: CommissionMeetingRepository,
    private readonly agendas: CommissionAgendaRepository,
    private readonly policy: ActivePolicy,
    private readonly workflows: ProjectWorkflows,
  ) {}

  private async deadlineFor(startsAt: Date): Promise<Date> {
    const days = commissionPolicy(await this.policy.current()).submissionDeadlineWorkingDays;
    return submissionDeadlineOf(startsAt, days, this.isHoliday);
  }

  private startsAt(value: string, now: Date): Date {
    const at = new Date(value);
    if (at.getTime() <= now.getTime()) {
      throw fieldProblem(422, 'startsAt', 'ligt in het verleden', 'startsAt lies in the past');
    }
    if (at.getTime() > now.getTime() + 5 * 366 * 24 * 3600 * 1000) {
      throw fieldProblem(
        422,
        'startsAt',
        'ligt meer dan vijf jaar vooruit',
        'startsAt lies more than five years ahead',
      );
    }
    return at;
  }

  async create(dto: CreateMeetingDto, actor: Actor, now = new Date()): Promise<CommissionMeeting> {
    if (dto.location === undefined && dto.onlineUrl === undefined) {
      throw fieldProblem(422, 'location', 'plaats of onlineUrl is nodig', 'give a location or an onlineUrl');
    }
    const startsAt = this.startsAt(dto.startsAt, now);
    const { meeting, placed } = await this.meetings.create(
      {
        startsAt,
        location: dto.location ?? null,
        onlineUrl: dto.onlineUrl ?? null,
        capacity: dto.capacity,
        submissionDeadline: await this.deadlineFor(startsAt),
        createdBy: actor.sub,
      },
      (m, ps) =>
        auditEvent('commission-meeting-created', actor, m, { reason: dto.reason ?? null, placed: projectsOf(ps) }),
      now,
    );
    const took = await this.tellAndSettle(placed, 'auto', actor, dto.reason ?? 'planned', now, 'auto');
    return took.meetings.get(meeting.id) ?? meeting;
  }

  list(query: MeetingListQueryDto): Promise<CommissionMeeting[]> {
    return this.meetings.list({ from: query.from ? new Date(query.from) : undefined, status: query.status });
  }

  async get(id: string): Promise<CommissionMeeting> {
    const m = await this.meetings.get(id);
    if (!m) throw new ProblemException(404, `There is no commission meeting ${id}.`, { slug: 'meeting-not-found' });
    return m;
  }

  async update(id: string, dto: UpdateMeetingDto, actor: Actor, now = new Date()): Promise<MeetingChangeDto> {
    const startsAt = dto.startsAt !== undefined ? this.startsAt(dto.startsAt, now) : undefined;
    const changes = {
      ...(startsAt ? { startsAt, submissionDeadline: await this.deadlineFor(startsAt) } : {}),
      ...(dto.location !== undefined ? { location: dto.location } : {}),
      ...(dto.onlineUrl !== undefined ? { onlineUrl: dto.onlineUrl } : {}),
      ...(dto.capacity !== undefined ? { capacity: dto.capacity } : {}),
    };
    const { meeting, moves, placed } = await this.refusing(() =>
      this.meetings.update(
        id,
        dto.version,
        changes,
        (m, ps) =>
          auditEvent('commission-meeting-updated', actor, m, {
            reason: dto.reason,
            changes: dto,
            placed: projectsOf(ps),
          }),
        now,
      ),
    );
    const told = await this.tellAndSettle(moves, 'moved', actor, dto.reason, now);
    // A new date moves the workflows' timers of the cases that stay on it as well (not those placed just now); one
    // that refuses is reported and keeps its place (see tellAndSettle).
    const fresh = new Set(projectsOf(placed));
    const stay = startsAt ? (await this.stayers(meeting)).filter((m) => !fresh.has(m.projectId)) : [];
    const stayed = await this.tellAndSettle(stay, 'stays', actor, dto.reason, now);
    // The waiting cases the meeting took (audited as a move, how 'auto'); one whose workflow does not take its place
    // (on hold, placed meanwhile) gives it up again, so the place goes to no one who won't come.
    const took = await this.tellAndSettle(placed, 'auto', actor, dto.reason, now, 'auto');
    const after = took.meetings.get(meeting.id) ?? stayed.meetings.get(meeting.id) ?? meeting;
    return { meeting: after, moves: [...told.moves, ...took.moves] };
  }

  async cancel(id: string, reason: string, actor: Actor, now = new Date()): Promise<MeetingChangeDto> {
    const { meeting, moves } = await this.refusing(() =>
      this.meetings.cancel(
        id,
        (m, ms) =>
          auditEvent('commission-meeting-cancelled', actor, m, {
            reason,
            moves: ms.map((x) => ({ projectId: x.projectId, to: x.slot?.meetingId ?? null })),
          }),
        now,
      ),
    );
    return { meeting, moves: (await this.tellAndSettle(moves, 'moved', actor, reason, now)).moves };
  }

  held(id: string, reason: string, actor: Actor): Promise<CommissionMeeting> {
    return this.refusing(() =>
      this.meetings.markHeld(id, (m) => auditEvent('commission-meeting-held', actor, m, { reason })),
    );
  }

  async agenda(id: string, reader: Reader): Promise<MeetingAgendaDto> {
    const meeting = await this.get(id);
    return { meeting, items: await this.agendas.agenda(id, reader) };
  }

  async export(id: string, format: 'csv' | 'ics', reader: Reader, now = new Date()): Promise<string> {
    const { meeting, items } = await this.agenda(id, reader);
    return format === 'ics' ? meetingIcs(meeting, items, this.config.publicUrl, now) : agendaCsv(items);
  }

  private async stayers(meeting: CommissionMeeting): Promise<CaseMove[]> {
    const items = await this.agendas.agenda(meeting.id, { sub: 'system', roles: ['auditor'] });
    const slot = { meetingId: meeting.id, startsAt: meeting.startsAt, submissionDeadline: meeting.submissionDeadline };
    return items.map((i) => ({ projectId: i.projectId, workflowId: i.projectId, slot }));
  }

  /**
   * Tells each case's workflow of the place the database reserved for it (or of none: it waits), then puts the
   * database where the workflow is (move-outcome.ts): a place the workflow refused is given up again, one whose
   * answer is unknown is kept, each on the trail of the meeting it was on with why. `kind`: how the place was given,
   * so only that place is released; 'stays': the cases keep the place they had (a new date of their meeting): one
   * that refuses is reported, its place stays on the agenda (its workflow may be past the meeting already, at the
   * reflection; the agenda is the record of what the commission discussed).
   */
  private async tellAndSettle(
    moves: CaseMove[],
    kind: AssignmentKind | 'stays',
    actor: Actor,
    reason: string,
    now: Date,
    how?: 'auto',
  ): Promise<{ moves: MeetingMoveDto[]; meetings: Map<string, CommissionMeeting> }> {
    const out: MeetingMoveDto[] = [];
    const unsettled = new Map<string, Array<{ projectId: string } & MoveRefusalDto>>();
    for (const move of moves) {
      const slot = move.slot;
      const answer = await this.tell(move, actor, reason, now, how);
      // After anything but a plain success the workflow's own state says where it is (null: it did not answer).
      const state = answer.kind === 'taken' ? null : await this.workflows.state(move.projectId).catch(() => null);
      const settled = settleMove(answer, slot, state, kind !== 'stays');
      if (settled.told) {
        out.push({ projectId: move.projectId, meetingId: slot?.meetingId ?? null, told: true });
        continue;
      }
      const place = ({ release: 'released', keep: 'kept', none: 'none' } as const)[settled.place];
      const refusal: MoveRefusalDto = { code: settled.code, message: settled.message, place };
      this.logger.warn(`project ${move.projectId} did not take its meeting move (${place}): ${settled.message}`);
      out.push({
        projectId: move.projectId,
        meetingId: place === 'kept' ? (slot?.meetingId ?? null) : null,
        told: false,
        refusal,
      });
      if (slot && place !== 'none') {
        unsettled.set(slot.meetingId, [
          ...(unsettled.get(slot.meetingId) ?? []),
          { projectId: move.projectId, ...refusal },
        ]);
      }
    }
    const meetings = new Map<string, CommissionMeeting>();
    for (const [meetingId, refusals] of unsettled) {
      const released = refusals.filter((r) => r.place === 'released').map((r) => r.projectId);
      const kept = refusals.filter((r) => r.place === 'kept').map((r) => r.projectId);
      const after = await this.meetings.releasePlaced(
        meetingId,
        released.map((projectId) => ({ projectId, how: kind === 'stays' ? null : kind })),
        (m) =>
          auditEvent('commission-meeting-updated', actor, m, {
            reason: 'not taken by the workflow',
            change: reason,
            released,
            kept,
            refusals,
          }),
      );
      meetings.set(meetingId, after);
    }
    return { moves: out, meetings };
  }

  /** Sends one case's workflow its move, and answers how the workflow took it. */
  private async tell(move: CaseMove, actor: Actor, reason: string, now: Date, how?: 'auto'): Promise<MoveAnswer> {
    const days = commissionPolicy(await this.policy.current()).submissionReminderWorkingDays;
    const slot = move.slot;
    const reminders = slot ? submissionReminders(new Date(slot.submissionDeadline), days, now, this.isHoliday) : [];
    try {
      await this.workflows.executeUpdate(
        move.projectId,
        defs.moveCommissionMeeting,
        [
          {
            actor,
            meetingId: slot?.meetingId ?? null,
            meetingDate: slot?.startsAt ?? null,
            submissionDeadline: slot?.submissionDeadline ?? null,
            reminders,
            reason,
            ...(how ? { how } : {}),
          },
        ],
        { updateId: `meeting-move-${randomUUID()}` },
      );
      return { kind: 'taken' };
    } catch (err) {
      return answerOf(err);
    }
  }

  private async refusing<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof MeetingChangeRefused) {
        throw new ProblemException(REFUSAL_STATUS[err.code], err.message, { slug: err.code });
      }
      throw err;
    }
  }
}

const projectsOf = (moves: CaseMove[]): string[] => moves.map((m) => m.projectId);

/** Changes of the calendar go on the system audit chain: who changed which meeting, when, and why. */
function auditEvent(
  action: AuditAction,
  actor: Actor,
  m: CommissionMeeting,
  extra: Record<string, unknown>,
): ProjectEvent {
  return {
    eventId: `${action}:${m.id}:${m.version}:${randomUUID()}`,
    projectId: SYSTEM_AUDIT_ID,
    at: new Date().toISOString(),
    actor,
    action,
    gate: null,
    payload: {
      meetingId: m.id,
      version: m.version,
      startsAt: m.startsAt,
      location: m.location,
      onlineUrl: m.onlineUrl,
      capacity: m.capacity,
      submissionDeadline: m.submissionDeadline,
      status: m.status,
      ...extra,
    },
    documentHashes: [],
    policyVersion: null,
    workflowId: null,
    runId: null,
  };
}
