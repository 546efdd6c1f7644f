import type { TaskAssignment, TaskAssignmentRepository } from '@waardenpoort/persistence';
import type { TaskHolderDto, TaskResponseDto } from '../projects/dto/project.response';

export function toHolder(a: TaskAssignment | null | undefined): TaskHolderDto | null {
  if (!a) return null;
  return {
    kind: a.kind,
    sub: a.holderSub,
    name: a.holderName,
    bySub: a.bySub,
    byName: a.byName,
    reason: a.reason,
    since: a.since,
  };
}

/** The tasks with who holds each (`heldBy`), read in one query. */
export async function withHolders<T extends TaskResponseDto>(
  tasks: T[],
  assignments: TaskAssignmentRepository,
): Promise<T[]> {
  const held = await assignments.active(tasks.map((t) => t.id));
  return tasks.map((t) => ({ ...t, heldBy: toHolder(held.get(t.id)) }));
}
