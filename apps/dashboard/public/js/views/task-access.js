/** Who may take each step of a gate. */

/** @typedef {import('../session.js').Session} Session */
/** @typedef {import('../domain/roles.js').Role} Role */
/** @typedef {import('../../../types/api').GateStep} GateStep */

/**
 * Who may take each step; `case-owner` only on their own project. The API decides by the `@Roles` of each gate
 * action (apps/api/src/gates/gates.controller.ts); libs/domain has no such table yet, so this one is keyed by the
 * domain's steps and roles, and is to come from ./domain/ once the domain holds it.
 * @type {Readonly<Record<GateStep, readonly Role[]>>}
 */
export const STEP_ROLES = {
  'answer-quick-scan': ['case-owner'],
  'submit-dpia': ['case-owner', 'privacy-officer'],
  'dpo-advice': ['dpo'],
  'prior-consultation': ['dpo', 'privacy-officer'],
  'schedule-meeting': ['ethics-secretary'],
  'await-meeting': ['ethics-secretary'],
  'answer-questions': ['case-owner'],
  'record-reflection': ['ethics-secretary'],
  decide: ['portfolio-holder'],
  'inform-council': ['council-liaison'],
};

/**
 * @param {Session} session
 * @param {{ id: string, caseOwner: { sub: string, name: string } }} project
 * @param {string} step
 */
export function canAct(session, project, step) {
  const roles = stepRoles(step);
  return roles.some((r) => session.roles.includes(r) && (r !== 'case-owner' || session.sub === project.caseOwner.sub));
}

/** @param {string} step @returns {readonly Role[]} */
export function stepRoles(step) {
  return Object.prototype.hasOwnProperty.call(STEP_ROLES, step) ? STEP_ROLES[/** @type {GateStep} */ (step)] : [];
}
