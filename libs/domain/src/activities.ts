import type { DeadlineSpec } from './deadline';
import type { ProjectSnapshot } from './project';

/**
 * The activities the project workflow may call. The worker implements them; the workflow only sees this
 * interface, so no I/O library ever enters the workflow bundle.
 */
export interface ProjectActivities {
  /** The due date (ISO instant) of a task opened at `from`, using the municipal calendar. */
  planDeadline(input: { from: string; spec: DeadlineSpec }): Promise<string>;
  /** Writes the snapshot to the read model; idempotent and ordered by `snapshot.version`. */
  recordProjectState(snapshot: ProjectSnapshot): Promise<void>;
}
