import { DEADLINE_EVENT_TEXT, deadlineEvent, type DeadlineTask, type EventLanguage } from '@waardenpoort/domain/texts';
import ical, { ICalAlarmType } from 'ical-generator';

export type FeedLanguage = EventLanguage;

/** One open task with a deadline, as the feed shows it (the same event as a task mail's attachment). */
export type FeedTask = DeadlineTask;

/** A commission meeting a project is on. */
export interface FeedMeeting {
  at: Date;
  project: { id: string; title: string; department: string };
}

/** A planned meeting of the commission's calendar. */
export interface CalendarMeeting {
  id: string;
  startsAt: Date;
  location: string | null;
  onlineUrl: string | null;
}

const TEXT = {
  calendarMeeting: { nl: 'Vergadering Ethische Commissie', en: 'Ethics Commission meeting' },
  calendar: { nl: 'Waardenpoort: termijnen van {name}', en: 'Waardenpoort: deadlines of {name}' },
  meeting: { nl: 'Vergadering Ethische Commissie: {title}', en: 'Ethics Commission meeting: {title}' },
  ...DEADLINE_EVENT_TEXT,
} as const;

/** How long a meeting lasts in a calendar when nothing says more. */
const MEETING_MINUTES = 120;

/**
 * A person's deadlines and commission meetings as an iCalendar feed (RFC 5545, written by `ical-generator`). Each
 * task keeps its UID across feeds, so a moved deadline moves the event in the person's calendar; a task that is done
 * drops out of the next read.
 */
export function calendarFeed(input: {
  personName: string;
  language: FeedLanguage;
  publicUrl: string;
  tasks: FeedTask[];
  meetings: FeedMeeting[];
  /** The commission's planned meetings themselves (the ethics secretary's feed) */
  calendar?: CalendarMeeting[];
  now: Date;
}): string {
  const { language: l, publicUrl } = input;
  const base = publicUrl.replace(/\/+$/, '');
  const cal = ical({
    name: TEXT.calendar[l].replace('{name}', input.personName),
    prodId: { company: 'Gemeente Enschede', product: 'Waardenpoort', language: l.toUpperCase() },
    ttl: 15 * 60,
  });
  for (const t of input.tasks) {
    const e = deadlineEvent(t, l, publicUrl);
    cal.createEvent({
      id: e.uid,
      stamp: input.now,
      start: e.start,
      end: e.end,
      summary: e.summary,
      description: e.description,
      url: e.url,
      alarms: [{ type: ICalAlarmType.display, trigger: 24 * 3600 }],
    });
  }
  for (const m of input.meetings) {
    const url = `${base}/projecten/${m.project.id}`;
    cal.createEvent({
      id: `meeting-${m.project.id}-${m.at.getTime()}@waardenpoort`,
      stamp: input.now,
      start: m.at,
      end: new Date(m.at.getTime() + MEETING_MINUTES * 60_000),
      summary: TEXT.meeting[l].replace('{title}', m.project.title),
      description: [
        `${TEXT.project[l]}: ${m.project.title}`,
        `${TEXT.department[l]}: ${m.project.department}`,
        `${TEXT.open[l]}: ${url}`,
      ].join('\n'),
      url,
    });
  }
  for (const m of input.calendar ?? []) {
    const url = `${base}/vergaderingen/${m.id}`;
    cal.createEvent({
      id: `commission-meeting-${m.id}@waardenpoort`,
      stamp: input.now,
      start: m.startsAt,
      end: new Date(m.startsAt.getTime() + MEETING_MINUTES * 60_000),
      summary: TEXT.calendarMeeting[l],
      location: m.location ?? m.onlineUrl ?? undefined,
      description: `${TEXT.open[l]}: ${url}`,
      url,
    });
  }
  return cal.toString();
}
