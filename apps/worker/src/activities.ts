import {
  computeDueDate,
  parseDeadlineSpec,
  subtractSpec,
  type HolidayCheck,
  type Policy,
  type ProjectActivities,
  type TaskSchedule,
} from '@waardenpoort/domain';
import type { TransitionRepository } from '@waardenpoort/persistence';

export interface ActivityDeps {
  transitions: TransitionRepository;
  isHoliday: HolidayCheck;
  /** The policy in force now; read fresh on every call so an activation reaches the next re-evaluation. */
  activePolicy: () => Promise<Policy>;
}

/** Activities are plain functions over their dependencies, so tests can build them on a real database. */
export function createActivities(deps: ActivityDeps): ProjectActivities {
  return {
    planTask({ from, timing }) {
      const start = new Date(from);
      const due = computeDueDate(start, parseDeadlineSpec(timing.deadline), deps.isHoliday);
      const reminders = timing.remindBefore
        .map((spec) => subtractSpec(due, parseDeadlineSpec(spec), deps.isHoliday))
        // A reminder that would fall before the task even opened (a short deadline) is pointless.
        .filter((at) => at.getTime() > start.getTime())
        .map((at) => at.toISOString())
        .sort();
      let previous = due;
      const escalations = timing.escalation.map((step, i) => {
        previous = computeDueDate(previous, parseDeadlineSpec(step.after), deps.isHoliday);
        return { at: previous.toISOString(), role: step.role, level: i + 1 };
      });
      const schedule: TaskSchedule = { dueAt: due.toISOString(), reminders, escalations };
      return Promise.resolve(schedule);
    },
    planAfter({ from, spec }) {
      return Promise.resolve(computeDueDate(new Date(from), parseDeadlineSpec(spec), deps.isHoliday).toISOString());
    },
    async publishTransition(transition) {
      await deps.transitions.publish(transition);
    },
    loadActivePolicy() {
      return deps.activePolicy();
    },
  };
}
