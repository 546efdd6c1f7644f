import { GATE_LABELS, isGateId, STEP_TASKS, type GateStep } from '@waardenpoort/domain';
import ical, { ICalAlarmType } from 'ical-generator';

export type FeedLanguage = 'nl' | 'en';

/** One open task with a deadline, as the feed shows it. */
export interface FeedTask {
  id: string;
  step: GateStep;
  gate: string;
  dueAt: Date;
  escalationLevel: number;
  project: { id: string; title: string; department: string };
}

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
  escalated: { nl: ' (geëscaleerd)', en: ' (escalated)' },
  project: { nl: 'Project', en: 'Project' },
  department: { nl: 'Afdeling', en: 'Department' },
  gate: { nl: 'Poort', en: 'Gate' },
  open: { nl: 'Openen in Waardenpoort', en: 'Open in Waardenpoort' },
} as const;

/** How long a deadline's event lasts in a calendar (it marks a moment), and a meeting's when nothing says more. */
const DEADLINE_MINUTES = 30;
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
    const url = `${base}/projecten/${t.project.id}/taak/${t.step}`;
    const gate = isGateId(t.gate) ? GATE_LABELS[t.gate][l] : t.gate;
    cal.createEvent({
      id: `task-${t.id}@waardenpoort`,
      stamp: input.now,
      start: t.dueAt,
      end: new Date(t.dueAt.getTime() + DEADLINE_MINUTES * 60_000),
      summary: `${STEP_TASKS[t.step][l]}: ${t.project.title}${t.escalationLevel > 0 ? TEXT.escalated[l] : ''}`,
      description: [
        `${TEXT.project[l]}: ${t.project.title}`,
        `${TEXT.department[l]}: ${t.project.department}`,
        `${TEXT.gate[l]}: ${gate}`,
        `${TEXT.open[l]}: ${url}`,
      ].join('\n'),
      url,
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
