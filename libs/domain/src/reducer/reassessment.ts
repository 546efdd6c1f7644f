import { requireCleanText, requireOpen, requireRole } from '../checks';
import { refuse } from '../lifecycle';
import type { ActionPayload as Of } from './commands';
import type { Draft } from './draft';

export const TARGETED_REASSESSMENT = 'targeted-reassessment';

/** Only the CIO office re-routes a project, for an activation it made; the project must be running. */
export function checkReassessmentRequest(s: Parameters<typeof requireOpen>[0], a: Of<'request-reassessment'>): void {
  requireCleanText(a);
  requireOpen(s);
  requireRole(a.actor, ['cio-office'], 'requesting a re-assessment');
  if (typeof a.activationId !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(a.activationId)) {
    refuse('invalid-payload', 'activationId must be 1 to 64 letters, digits or dashes');
  }
  if (a.scope !== 'affected' && a.scope !== 'all') refuse('invalid-payload', 'scope must be affected or all');
}

export function requestReassessment(d: Draft, a: Of<'request-reassessment'>): void {
  const s = d.s;
  s.reassessment = {
    trigger: 'policy-activation',
    requestedAt: d.now,
    activationId: a.activationId,
    phase: 'loading-policy',
    fromPolicy: { ...s.policy },
  };
  d.emit('reassessment-requested', null, a.actor, {
    activationId: a.activationId,
    scope: a.scope,
    verdict: a.verdict,
    policy: a.policy,
  });
  d.effects.push({ kind: 'load-policy' });
}
