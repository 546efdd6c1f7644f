/** Who may take each step of a gate: the table the lifecycle's checks read (libs/domain, generated into ./domain/). */
import { STEP_ROLES } from '../domain/gates.js';

/** @typedef {import('../session.js').Session} Session */
/** @typedef {import('../domain/roles.js').Role} Role */
/** @typedef {import('../domain/gates.js').GateStep} GateStep */

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
