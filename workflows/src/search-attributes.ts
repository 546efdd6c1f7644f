import { defineSearchAttributeKey, SearchAttributeType, type SearchAttributeUpdatePair } from '@temporalio/common';
import type { ProjectSnapshot } from '@waardenpoort/domain';

export const ProjectStatusKey = defineSearchAttributeKey('ProjectStatus', SearchAttributeType.KEYWORD);
export const CurrentGateKey = defineSearchAttributeKey('CurrentGate', SearchAttributeType.KEYWORD);
export const DepartmentKey = defineSearchAttributeKey('Department', SearchAttributeType.KEYWORD);
export const RiskLevelKey = defineSearchAttributeKey('RiskLevel', SearchAttributeType.KEYWORD);
export const NextDeadlineKey = defineSearchAttributeKey('NextDeadline', SearchAttributeType.DATETIME);

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
