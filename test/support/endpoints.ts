import { ROLES, type Role } from '@waardenpoort/domain';

export const ALL: readonly Role[] = ROLES;

export interface Endpoint {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** `:id` becomes a real project id */
  path: string;
  /** `public`: no token needed; otherwise exactly the roles that pass the guard */
  allowed: readonly Role[] | 'public';
  body?: object;
  /** Also for a verified person without any Waardenpoort role (who am I, and why can I do nothing) */
  withoutRole?: true;
}

/**
 * Every endpoint × every role, plus no token, an expired token, a token from another issuer and a forged one.
 * Bodies are empty on purpose: an allowed role gets past the guard and is stopped by validation (400/404/409/422),
 * a role that is not allowed is stopped by the guard (403), before anything reaches a workflow.
 */
export const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: '/health', allowed: 'public' },
  // Public in development and test only (absent in production and under JWKS): the dashboard's sign-in as a role.
  { method: 'post', path: '/api/v1/dev/token', allowed: 'public', body: {} },
  // How the dashboard signs in (OpenID Connect, development or a pasted token): needed before anyone is signed in.
  { method: 'get', path: '/api/v1/auth/config', allowed: 'public' },
  // The public pages' data (issue 18): exactly these need no token; each is rate limited per client address.
  { method: 'get', path: '/api/v1/public/reflections', allowed: 'public' },
  { method: 'get', path: '/api/v1/public/reflections.atom', allowed: 'public' },
  { method: 'get', path: '/api/v1/public/reflections/:id', allowed: 'public' },
  { method: 'get', path: '/api/v1/public/registers/algorithms', allowed: 'public' },
  { method: 'get', path: '/api/v1/public/registers/sensors', allowed: 'public' },
  { method: 'get', path: '/api/v1/public/map', allowed: 'public' },
  { method: 'get', path: '/api/v1/projects', allowed: ALL },
  { method: 'post', path: '/api/v1/projects', allowed: ['case-owner'], body: {} },
  { method: 'get', path: '/api/v1/projects/:id', allowed: ALL },
  { method: 'get', path: '/api/v1/projects/:id/audit', allowed: ['auditor', 'cio-office'] },
  { method: 'get', path: '/api/v1/projects/:id/dossier', allowed: ['auditor', 'cio-office'] },
  // Proof that the route followed from its rules (issue 20): every quick-scan evaluated again on its pinned version.
  { method: 'get', path: '/api/v1/projects/:id/route-proof', allowed: ['auditor', 'cio-office'] },
  { method: 'get', path: '/api/v1/audit/verify', allowed: ['auditor', 'cio-office'] },
  { method: 'get', path: '/api/v1/tasks', allowed: ALL },
  // The task list as CSV, and a department head's view of the department's open tasks (issue 19).
  { method: 'get', path: '/api/v1/tasks.csv', allowed: ALL },
  { method: 'get', path: '/api/v1/tasks/department', allowed: ['department-head'] },
  { method: 'get', path: '/api/v1/policy', allowed: ALL },
  { method: 'get', path: '/api/v1/policy/versions', allowed: ALL },
  { method: 'get', path: '/api/v1/policy/versions/1', allowed: ALL },
  { method: 'post', path: '/api/v1/policy/versions', allowed: ['cio-office'], body: {} },
  { method: 'post', path: '/api/v1/policy/what-if', allowed: ['cio-office'], body: {} },
  // Activating with intent (issue 20): only the CIO office chooses; the record is for the CIO office and the auditor.
  { method: 'post', path: '/api/v1/policy/activations', allowed: ['cio-office'], body: {} },
  { method: 'get', path: '/api/v1/policy/activations', allowed: ['cio-office', 'auditor'] },
  { method: 'get', path: '/api/v1/policy/activations/:id', allowed: ['cio-office', 'auditor'] },
  { method: 'post', path: '/api/v1/quick-scan/evaluate', allowed: ALL, body: {} },
  { method: 'post', path: '/api/v1/projects/:id/quick-scan', allowed: ['case-owner'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/dpia', allowed: ['case-owner', 'privacy-officer'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/dpia/advice', allowed: ['dpo'], body: {} },
  {
    method: 'post',
    path: '/api/v1/projects/:id/dpia/prior-consultation',
    allowed: ['dpo', 'privacy-officer'],
    // Every field is optional here; a wrong type stops it at validation, before the workflow.
    body: { extend: 'soon' },
  },
  {
    method: 'post',
    path: '/api/v1/projects/:id/commission/request',
    allowed: ['case-owner', 'dpo', 'cio-office'],
    body: {},
  },
  { method: 'post', path: '/api/v1/projects/:id/commission/agenda', allowed: ['ethics-secretary'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/commission/questions', allowed: ['ethics-secretary'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/commission/answers', allowed: ['case-owner'], body: {} },
  {
    method: 'post',
    path: '/api/v1/projects/:id/commission/documents',
    allowed: ['case-owner'],
    // Every field is optional here; a wrong type stops it at validation, before the workflow.
    body: { note: 1 },
  },
  { method: 'post', path: '/api/v1/projects/:id/commission/reflection', allowed: ['ethics-secretary'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/reflection/publication', allowed: ['ethics-secretary'], body: {} },
  { method: 'delete', path: '/api/v1/projects/:id/reflection/publication', allowed: ['ethics-secretary'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/decision', allowed: ['portfolio-holder'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/council-information', allowed: ['council-liaison'], body: {} },
  {
    method: 'get',
    path: '/api/v1/projects/:id/council-letter',
    allowed: ['council-liaison', 'cio-office', 'portfolio-holder', 'auditor', 'case-owner'],
  },
  { method: 'get', path: '/api/v1/projects/:id/register-entries', allowed: ALL },
  { method: 'post', path: '/api/v1/projects/:id/register-entries', allowed: ['case-owner'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/register-entries/review', allowed: ['cio-office'], body: {} },
  { method: 'get', path: '/api/v1/registers/algorithms', allowed: ALL },
  { method: 'get', path: '/api/v1/registers/sensors', allowed: ALL },
  { method: 'post', path: '/api/v1/projects/:id/hold', allowed: ['case-owner', 'cio-office'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/resume', allowed: ['case-owner', 'cio-office'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/withdraw', allowed: ['case-owner', 'cio-office'], body: {} },
  { method: 'post', path: '/api/v1/projects/:id/amend', allowed: ['case-owner'], body: {} },
  { method: 'get', path: '/api/v1/me', allowed: ALL, withoutRole: true },
  { method: 'put', path: '/api/v1/me/preferences', allowed: ALL, body: {} },
  // A personal calendar feed (issue 19): the address is made and revoked signed in, and read with its secret.
  { method: 'get', path: '/api/v1/me/calendar-feed', allowed: ALL },
  { method: 'post', path: '/api/v1/me/calendar-feed', allowed: ALL, body: { x: 1 } },
  { method: 'delete', path: '/api/v1/me/calendar-feed', allowed: ALL },
  { method: 'get', path: '/api/v1/calendar/:id', allowed: 'public' },
  // Away with a substitute, colleagues of one's own role, claiming and delegating tasks (issue 19)
  { method: 'get', path: '/api/v1/me/absences', allowed: ALL },
  { method: 'post', path: '/api/v1/me/absences', allowed: ALL, body: {} },
  { method: 'delete', path: '/api/v1/me/absences/:id', allowed: ALL },
  { method: 'get', path: '/api/v1/people', allowed: ALL },
  { method: 'post', path: '/api/v1/tasks/:id/claim', allowed: ALL, body: {} },
  { method: 'post', path: '/api/v1/tasks/:id/release', allowed: ALL, body: {} },
  { method: 'post', path: '/api/v1/tasks/:id/delegate', allowed: ALL, body: {} },
  { method: 'post', path: '/api/v1/tasks/:id/undelegate', allowed: ALL, body: {} },
  { method: 'get', path: '/api/v1/mail', allowed: ALL },
  { method: 'get', path: '/api/v1/monitoring/pipeline', allowed: ['cio-office', 'auditor'] },
  // The Ethics Commission's meeting calendar (issue 19): kept by the secretary, seen by everyone signed in.
  { method: 'post', path: '/api/v1/commission-meetings', allowed: ['ethics-secretary'], body: {} },
  { method: 'get', path: '/api/v1/commission-meetings', allowed: ALL },
  { method: 'get', path: '/api/v1/commission-meetings/:id', allowed: ALL },
  { method: 'patch', path: '/api/v1/commission-meetings/:id', allowed: ['ethics-secretary'], body: {} },
  { method: 'post', path: '/api/v1/commission-meetings/:id/cancel', allowed: ['ethics-secretary'], body: {} },
  { method: 'post', path: '/api/v1/commission-meetings/:id/held', allowed: ['ethics-secretary'], body: {} },
  { method: 'get', path: '/api/v1/commission-meetings/:id/agenda', allowed: ALL },
  { method: 'get', path: '/api/v1/commission-meetings/:id/agenda/export', allowed: ALL },
  {
    method: 'get',
    path: '/api/v1/monitoring/commission-meetings',
    allowed: ['cio-office', 'auditor', 'ethics-secretary'],
  },
  { method: 'get', path: '/api/v1/events', allowed: ALL },
  { method: 'post', path: '/api/v1/webhooks', allowed: ['cio-office'], body: {} },
  { method: 'get', path: '/api/v1/webhooks', allowed: ['cio-office', 'auditor'] },
  { method: 'get', path: '/api/v1/webhooks/:id', allowed: ['cio-office', 'auditor'] },
  { method: 'delete', path: '/api/v1/webhooks/:id', allowed: ['cio-office'] },
  { method: 'get', path: '/api/v1/webhooks/:id/deliveries', allowed: ['cio-office', 'auditor'] },
  // The organisation model (issue 19): departments, heads and deputies, kept by the CIO office.
  { method: 'get', path: '/api/v1/organisation/departments', allowed: ['cio-office'] },
  { method: 'get', path: '/api/v1/organisation/departments/:id', allowed: ['cio-office'] },
  { method: 'put', path: '/api/v1/organisation/departments/:id', allowed: ['cio-office'], body: {} },
  { method: 'delete', path: '/api/v1/organisation/departments/:id', allowed: ['cio-office'] },
  { method: 'get', path: '/api/v1/organisation/departments/:id/history', allowed: ['cio-office'] },
];
