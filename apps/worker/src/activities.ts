import { ApplicationFailure } from '@temporalio/common';
import {
  commissionPolicy,
  computeDueDate,
  submissionReminders,
  parseDeadlineSpec,
  planTaskSchedule,
  type HolidayCheck,
  type Policy,
  type ProjectActivities,
} from '@waardenpoort/domain';
import {
  permanentDataError,
  type CommissionMeetingRepository,
  type TransitionRepository,
} from '@waardenpoort/persistence';

export interface ActivityDeps {
  transitions: TransitionRepository;
  meetings: CommissionMeetingRepository;
  isHoliday: HolidayCheck;
  /** The policy in force now; read fresh on every call so an activation reaches the next re-evaluation. */
  activePolicy: () => Promise<Policy>;
}

/** The ApplicationFailure type of a PostgreSQL data error; the workflow marks the step as needing attention. */
const DATA_ERROR_FAILURE = 'postgres-data-error';

/**
 * Data that PostgreSQL refuses (SQLSTATE class 22, class 23 but for the violations a retry gets past) is refused the
 * same way on every attempt: fail at once and for good, instead of retrying until the bound. Anything else (the
 * database away, a timeout, a deadlock) is retried by Temporal.
 */
async function refusingBadData<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const refused = permanentDataError(err);
    if (!refused) throw err;
    throw ApplicationFailure.create({
      type: DATA_ERROR_FAILURE,
      message: `PostgreSQL refused the data (SQLSTATE ${refused.sqlstate}): ${refused.message}`,
      nonRetryable: true,
      details: [{ sqlstate: refused.sqlstate }],
    });
  }
}

/** Activities are plain functions over their dependencies, so tests can build them on a real database. */
export function createActivities(deps: ActivityDeps): ProjectActivities {
  return {
    planTask({ from, timing }) {
      return Promise.resolve(planTaskSchedule(new Date(from), timing, deps.isHoliday));
    },
    planAfter({ from, spec }) {
      return Promise.resolve(computeDueDate(new Date(from), parseDeadlineSpec(spec), deps.isHoliday).toISOString());
    },
    async publishTransition(transition) {
      // The chain head goes back to the workflow, which keeps it as a witness the database owner cannot change.
      return (await refusingBadData(() => deps.transitions.publish(transition))).auditHead;
    },
    loadActivePolicy() {
      return refusingBadData(() => deps.activePolicy());
    },
    async reserveCommissionSlot({ projectId, meetingId, now }) {
      const slot = await refusingBadData(() => deps.meetings.reserve({ projectId, meetingId, now: new Date(now) }));
      if (!slot) return null;
      const days = commissionPolicy(await deps.activePolicy()).submissionReminderWorkingDays;
      const reminders = submissionReminders(new Date(slot.submissionDeadline), days, new Date(now), deps.isHoliday);
      return { ...slot, reminders };
    },
  };
}
