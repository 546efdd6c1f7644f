import type { TaskSchedule } from './activities';
import { addCalendarDuration, parseDeadlineSpec, type DeadlineSpec } from './deadline';
import type { TaskTiming } from './policy/types';

/** The municipality's time zone: a working day starts and ends in Enschede, not in UTC. */
export const MUNICIPAL_TIME_ZONE = 'Europe/Amsterdam';

/** Tells whether an ISO date (YYYY-MM-DD, local to the municipality) is a public holiday. */
export type HolidayCheck = (isoDate: string) => boolean;

const dateFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: MUNICIPAL_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const offsetFormatter = new Intl.DateTimeFormat('en-US', { timeZone: MUNICIPAL_TIME_ZONE, timeZoneName: 'longOffset' });

/** The municipal calendar date (YYYY-MM-DD) of an instant. */
export function localDate(instant: Date): string {
  return dateFormatter.format(instant);
}

function offsetMinutes(instant: Date): number {
  const name = offsetFormatter.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3]));
}

/** The last millisecond of a municipal calendar date, as an instant. */
export function endOfLocalDay(isoDate: string): Date {
  const [y, mo, d] = isoDate.split('-').map(Number) as [number, number, number];
  const utcGuess = new Date(Date.UTC(y, mo - 1, d, 23, 59, 59, 999));
  // The offset at the end of the day itself, so a DST change earlier that day is taken into account.
  return new Date(utcGuess.getTime() - offsetMinutes(utcGuess) * 60_000);
}

function nextIsoDate(isoDate: string): string {
  const [y, mo, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + 1)).toISOString().slice(0, 10);
}

export function isWorkingDay(isoDate: string, isHoliday: HolidayCheck): boolean {
  const [y, mo, d] = isoDate.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isHoliday(isoDate);
}

/**
 * The end of the n-th working day after the day of `from`: a task handed out on Friday with 1 working day
 * is due at the end of Monday (or Tuesday, when Monday is Easter Monday).
 */
export function addWorkingDays(from: Date, days: number, isHoliday: HolidayCheck): Date {
  let date = localDate(from);
  let left = days;
  while (left > 0) {
    date = nextIsoDate(date);
    if (isWorkingDay(date, isHoliday)) left -= 1;
  }
  return endOfLocalDay(date);
}

/** 09:00 on a municipal calendar date: when a reminder for that day goes out. */
export function startOfLocalWorkday(isoDate: string): Date {
  const [y, mo, d] = isoDate.split('-').map(Number) as [number, number, number];
  const utcGuess = new Date(Date.UTC(y, mo - 1, d, 9, 0, 0, 0));
  return new Date(utcGuess.getTime() - offsetMinutes(utcGuess) * 60_000);
}

function previousIsoDate(isoDate: string): string {
  const [y, mo, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d - 1)).toISOString().slice(0, 10);
}

/** The moment `spec` before `at`: n working days before is 09:00 on that working day; a calendar period is exact. */
export function subtractSpec(at: Date, spec: DeadlineSpec, isHoliday: HolidayCheck): Date {
  if (spec.kind === 'calendar') {
    const ahead = addCalendarDuration(at, spec.duration).getTime() - at.getTime();
    return new Date(at.getTime() - ahead);
  }
  let date = localDate(at);
  let left = spec.days;
  while (left > 0) {
    date = previousIsoDate(date);
    if (isWorkingDay(date, isHoliday)) left -= 1;
  }
  return startOfLocalWorkday(date);
}

export function computeDueDate(from: Date, spec: DeadlineSpec, isHoliday: HolidayCheck): Date {
  switch (spec.kind) {
    case 'working-days':
      return addWorkingDays(from, spec.days, isHoliday);
    case 'calendar':
      return addCalendarDuration(from, spec.duration);
  }
}

/**
 * A task's deadline, reminders and escalation ladder when it opens at `from` (the `planTask` activity). Its `dueAt`
 * is `computeDueDate` of the timing's deadline, which the API uses to give a new workflow its first deadline as a
 * search attribute at the start.
 */
export function planTaskSchedule(from: Date, timing: TaskTiming, isHoliday: HolidayCheck): TaskSchedule {
  const due = computeDueDate(from, parseDeadlineSpec(timing.deadline), isHoliday);
  const reminders = timing.remindBefore
    .map((spec) => subtractSpec(due, parseDeadlineSpec(spec), isHoliday))
    // A reminder that would fall before the task even opened (a short deadline) is pointless.
    .filter((at) => at.getTime() > from.getTime())
    .map((at) => at.toISOString())
    .sort();
  let previous = due;
  const escalations = timing.escalation.map((step, i) => {
    previous = computeDueDate(previous, parseDeadlineSpec(step.after), isHoliday);
    return { at: previous.toISOString(), role: step.role, level: i + 1 };
  });
  return { dueAt: due.toISOString(), reminders, escalations };
}
