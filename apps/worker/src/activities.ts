import { computeDueDate, type HolidayCheck, type ProjectActivities } from '@waardenpoort/domain';
import type { ProjectReadModelRepository } from '@waardenpoort/persistence';

export interface ActivityDeps {
  readModel: ProjectReadModelRepository;
  isHoliday: HolidayCheck;
}

/** Activities are plain functions over their dependencies, so tests can build them on a real database. */
export function createActivities(deps: ActivityDeps): ProjectActivities {
  return {
    planDeadline({ from, spec }) {
      return Promise.resolve(computeDueDate(new Date(from), spec, deps.isHoliday).toISOString());
    },
    async recordProjectState(snapshot) {
      await deps.readModel.applySnapshot(snapshot);
    },
  };
}
