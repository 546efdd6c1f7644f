import type { SearchAttributeUpdatePair, TypedSearchAttributes } from '@temporalio/common';
import {
  CurrentGateKey,
  DepartmentKey,
  NextDeadlineKey,
  ProjectStatusKey,
  RiskLevelKey,
} from '@waardenpoort/contracts';
import type { ProjectSnapshot } from '@waardenpoort/domain';

/** The search attributes that mirror a snapshot, so `temporal workflow list --query` sees what the read model sees. */
export function searchAttributesOf(snapshot: ProjectSnapshot): SearchAttributeUpdatePair[] {
  return [
    { key: ProjectStatusKey, value: snapshot.status },
    { key: CurrentGateKey, value: snapshot.currentGate },
    { key: DepartmentKey, value: snapshot.registration.department },
    { key: RiskLevelKey, value: snapshot.route?.outcome.riskLevel ?? null },
    { key: NextDeadlineKey, value: snapshot.nextDeadline === null ? null : new Date(snapshot.nextDeadline) },
  ];
}

/**
 * The pairs whose value differs from what the workflow has now (`workflowInfo().typedSearchAttributes`: the start's
 * values, then every upsert): an upsert costs Temporal a history event and a visibility write, so an unchanged
 * attribute is not sent again. A null value and an absent attribute are the same.
 */
export function changedSearchAttributes(
  pairs: SearchAttributeUpdatePair[],
  current: TypedSearchAttributes,
): SearchAttributeUpdatePair[] {
  return pairs.filter((p) => comparable(current.get(p.key as never)) !== comparable(p.value));
}

function comparable(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  return Array.isArray(value) ? JSON.stringify(value) : value;
}
