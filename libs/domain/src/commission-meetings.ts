import { endOfLocalDay, isWorkingDay, localDate, startOfLocalWorkday, type HolidayCheck } from './calendar';

/** A meeting of the Ethics Commission: planned, held (the reflections follow), or cancelled (its cases moved). */
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** How a case came onto a meeting's agenda. */
export const ASSIGNMENT_KINDS = ['auto', 'secretary', 'moved'] as const;
export type AssignmentKind = (typeof ASSIGNMENT_KINDS)[number];

/** A place on a meeting's agenda, as the workflow records it. */
export interface CommissionSlot {
  meetingId: string;
  /** ISO instant the meeting starts */
  startsAt: string;
  /** ISO instant by which the case owner's documents must be in */
  submissionDeadline: string;
  /** ISO instants at which the case owner is reminded of the submission deadline, earliest first (future only) */
  reminders: string[];
}

function previousIsoDate(isoDate: string): string {
  const [y, mo, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d - 1)).toISOString().slice(0, 10);
}

/** The working day `days` working days before the (municipal) date of `at`. */
function workingDaysBefore(at: Date, days: number, isHoliday: HolidayCheck): string {
  let date = localDate(at);
  let left = days;
  while (left > 0) {
    date = previousIsoDate(date);
    if (isWorkingDay(date, isHoliday)) left -= 1;
  }
  return date;
}

/**
 * The submission deadline of a meeting: the end of the working day `days` working days before the meeting's day;
 * with 0 days, the start of the meeting itself.
 */
export function submissionDeadlineOf(startsAt: Date, days: number, isHoliday: HolidayCheck): Date {
  if (days <= 0) return startsAt;
  return endOfLocalDay(workingDaysBefore(startsAt, days, isHoliday));
}

/** The reminders of a submission deadline: 09:00 `days` working days before it, when that is still to come. */
export function submissionReminders(deadline: Date, days: number, now: Date, isHoliday: HolidayCheck): string[] {
  if (days <= 0) return [];
  const at = startOfLocalWorkday(workingDaysBefore(deadline, days, isHoliday));
  return at.getTime() > now.getTime() && at.getTime() < deadline.getTime() ? [at.toISOString()] : [];
}
