import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/**
 * The custom search attributes of a project workflow (registered in the namespace by docker-compose's setup and the
 * dev server's start): the API sets them at the start, the workflow keeps them current.
 */
export const ProjectStatusKey = defineSearchAttributeKey('ProjectStatus', SearchAttributeType.KEYWORD);
export const CurrentGateKey = defineSearchAttributeKey('CurrentGate', SearchAttributeType.KEYWORD);
export const DepartmentKey = defineSearchAttributeKey('Department', SearchAttributeType.KEYWORD);
export const RiskLevelKey = defineSearchAttributeKey('RiskLevel', SearchAttributeType.KEYWORD);
export const NextDeadlineKey = defineSearchAttributeKey('NextDeadline', SearchAttributeType.DATETIME);
