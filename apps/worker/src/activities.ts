import {
  computeDueDate,
  parseDeadlineSpec,
  planTaskSchedule,
  type HolidayCheck,
  type Policy,
  type ProjectActivities,
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
      return Promise.resolve(planTaskSchedule(new Date(from), timing, deps.isHoliday));
    },
    planAfter({ from, spec }) {
      return Promise.resolve(computeDueDate(new Date(from), parseDeadlineSpec(spec), deps.isHoliday).toISOString());
    },
    async publishTransition(transition) {
      // The chain head goes back to the workflow, which keeps it as a witness the database owner cannot change.
      return (await deps.transitions.publish(transition)).auditHead;
    },
    loadActivePolicy() {
      return deps.activePolicy();
    },
  };
}
