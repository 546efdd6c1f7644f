/** Names shared by the workflow, the worker and the API; strings only, so workflow code may import them. */
export const PROJECT_TASK_QUEUE = 'waardenpoort-projects';
export const PROJECT_WORKFLOW_TYPE = 'projectWorkflow';
/** Query of a project workflow: its audit chain head (AuditHead, or null before its first publish). */
export const AUDIT_HEAD_QUERY = 'auditHead';

/** Custom search attributes registered on the Temporal namespace; `temporal workflow list --query` uses them. */
export const SEARCH_ATTRIBUTES = {
  ProjectStatus: 'Keyword',
  CurrentGate: 'Keyword',
  Department: 'Keyword',
  RiskLevel: 'Keyword',
  NextDeadline: 'Datetime',
} as const;
export type SearchAttributeName = keyof typeof SEARCH_ATTRIBUTES;
