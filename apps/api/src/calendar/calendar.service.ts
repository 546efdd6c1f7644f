import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import { isGateStep, isRole, type Actor, type Role } from '@waardenpoort/domain';
import {
  CalendarFeedRepository,
  CommissionAgendaRepository,
  PersonRepository,
  ProjectReadModelRepository,
} from '@waardenpoort/persistence';
import { ProblemException } from '../common/problem.exception';
import { APP_CONFIG } from '../config/config.module';
import { calendarFeed, type FeedTask } from './calendar-ics';

/** At most this many deadlines and meetings in one feed (the most urgent first). */
const FEED_LIMIT = 500;

/** The roles whose meetings a person's feed shows: the secretary's, and the case owner's of their own projects. */
const MEETING_ROLES: readonly Role[] = ['ethics-secretary', 'case-owner'];

export interface CalendarFeedState {
  active: boolean;
  createdAt: string | null;
  lastReadAt: string | null;
}

/**
 * A person's calendar feed (issue 19): their open tasks' deadlines and the commission meetings of their projects, as
 * the person directory knows them (roles and department of their last sign-in) and within their read scope, read by
 * a calendar client with the feed's secret instead of a bearer token.
 */
@Injectable()
export class CalendarService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly feeds: CalendarFeedRepository,
    private readonly people: PersonRepository,
    private readonly readModel: ProjectReadModelRepository,
    private readonly agendas: CommissionAgendaRepository,
  ) {}

  async state(actor: Actor): Promise<CalendarFeedState> {
    const live = await this.feeds.live(actor.sub);
    return { active: live !== null, createdAt: live?.createdAt ?? null, lastReadAt: live?.lastReadAt ?? null };
  }

  /** A new feed address (the old one stops working): the secret is in it, shown this once. */
  async issue(actor: Actor): Promise<{ url: string; createdAt: string }> {
    const { token, createdAt } = await this.feeds.issue(actor.sub);
    return { url: `${this.config.publicUrl.replace(/\/+$/, '')}/api/v1/calendar/${token}.ics`, createdAt };
  }

  async revoke(actor: Actor): Promise<void> {
    if (!(await this.feeds.revoke(actor.sub))) {
      throw new ProblemException(404, 'You have no calendar feed to revoke.', { slug: 'no-calendar-feed' });
    }
  }

  /** The feed behind a secret; the same 404 for a malformed, unknown or revoked one. */
  async feed(token: string, now = new Date()): Promise<string> {
    const sub = await this.feeds.open(token);
    const person = sub ? await this.people.get(sub) : null;
    if (!sub || !person) {
      throw new ProblemException(404, 'There is no calendar feed at this address (it may have been revoked).', {
        slug: 'calendar-feed-not-found',
      });
    }
    const roles = person.roles.filter(isRole);
    const reader = { sub, roles, department: person.department ?? undefined };
    const tasks: FeedTask[] = [];
    for (const { task, project } of await this.readModel.inbox(reader, FEED_LIMIT)) {
      if (!task.dueAt || !isGateStep(task.step)) continue;
      tasks.push({
        id: task.id,
        step: task.step,
        gate: task.gate,
        dueAt: task.dueAt,
        escalationLevel: task.escalationLevel,
        project: { id: project.id, title: project.title, department: project.department },
      });
    }
    const meetingReader = { ...reader, roles: roles.filter((r) => MEETING_ROLES.includes(r)) };
    const meetings = (await this.feeds.upcomingMeetings(meetingReader, now, FEED_LIMIT)).map(({ at, project }) => ({
      at,
      project: { id: project.id, title: project.title, department: project.department },
    }));
    // The secretary keeps the calendar: every planned meeting of the commission, with or without cases.
    const calendar = roles.includes('ethics-secretary') ? await this.agendas.upcoming(now, FEED_LIMIT) : [];
    return calendarFeed({
      personName: person.name,
      language: person.language === 'en' ? 'en' : 'nl',
      publicUrl: this.config.publicUrl,
      tasks,
      meetings,
      calendar,
      now,
    });
  }
}
