import { addContributor } from '../lifecycle';
import { evaluateQuickScan, rulesComingIntoForce } from '../policy';
import type { QuickScanAnswers } from '../policy/types';
import { followCaseInRegisters, openPublication, registersChanged } from '../registers/lifecycle';
import type { ActionPayload as Of } from './commands';
import type { Draft } from './draft';
import { planRulesInForce, reconcileRoute } from './reassessment';

/** The quick-scan: its outcome is the project's route, first and at every re-assessment. */

/** Strictly stronger on any dimension that routes the project. */
export function routeGotStronger(
  previous: { dpia: string; commission: string; council: string; aiActClass: string; riskLevel: string },
  next: { dpia: string; commission: string; council: string; aiActClass: string; riskLevel: string },
): boolean {
  const scales: Record<string, string[]> = {
    dpia: ['not-required', 'recommended', 'required'],
    commission: ['optional', 'required'],
    council: ['optional', 'required'],
    aiActClass: ['not-applicable', 'minimal', 'limited', 'high-risk', 'prohibited'],
    riskLevel: ['low', 'medium', 'high'],
  };
  return Object.entries(scales).some(
    ([k, scale]) =>
      scale.indexOf((next as Record<string, string>)[k] ?? '') >
      scale.indexOf((previous as Record<string, string>)[k] ?? ''),
  );
}

export function submitQuickScan(d: Draft, a: Of<'submit-quick-scan'>): void {
  const s = d.s;
  // On the day it is submitted: a dated rule not yet in force does not count (a timer re-assesses on its day).
  const outcome = evaluateQuickScan(d.policy, a.answers as QuickScanAnswers, { on: d.now });
  const previousRoute = s.route;
  const previous = s.route?.outcome ?? null;
  const { ignoredAnswers: _ignored, ...kept } = outcome;
  addContributor(s, a.actor.sub, 'quick-scan', d.now);
  s.route = {
    outcome: kept,
    answers: a.answers as QuickScanAnswers,
    dpiaOptIn: a.dpiaOptIn === true,
    decidedAt: d.now,
  };
  d.completeGate('quick-scan', {
    dpia: outcome.dpia,
    aiActClass: outcome.aiActClass,
    riskLevel: outcome.riskLevel,
    commission: outcome.commission,
    council: outcome.council,
  });
  const dated = rulesComingIntoForce(d.policy, d.now);
  d.emit('quick-scan-submitted', 'quick-scan', a.actor, {
    answers: a.answers,
    dpiaOptIn: a.dpiaOptIn === true,
    outcome: kept,
    reasons: outcome.reasons.map((r) => ({ ruleId: r.ruleId, reasonId: r.reasonId, source: r.source.citation })),
    ...(dated.length > 0 ? { rulesComingIntoForce: dated } : {}),
  });
  const pending = s.reassessment ?? null;
  s.reassessment = null;
  if (outcome.aiActClass === 'prohibited') {
    s.status = 'stopped';
    d.closeAll();
    d.emit('project-stopped', 'quick-scan', null, { reason: 'ai-act-prohibited-practice' });
    followCaseInRegisters(d, 'stopped');
    d.notify('project-stopped', 'quick-scan', 'cio-office', null, null, 1, { reason: 'ai-act-prohibited-practice' });
    d.notify('escalation', 'quick-scan', 'cio-office', null, null, 1, { reason: 'ai-act-prohibited-practice' });
    return;
  }
  planRulesInForce(d);
  if (pending !== null && pending.phase === 'quick-scan' && previousRoute !== null) {
    // A re-assessment (issue 20): only the gates that now apply reopen.
    reconcileRoute(d, previousRoute, pending.trigger, {
      activationId: pending.activationId,
      fromPolicy: pending.fromPolicy,
      policy: s.policy,
    });
    if (s.status === 'in-use') d.effects.push({ kind: 'then', command: { type: 'schedule-reevaluation' } });
    return;
  }
  if (s.status === 'in-use' && previous !== null && !routeGotStronger(previous, outcome)) {
    // A re-evaluation that changed nothing that matters: the project stays in use.
    d.emit('reevaluation-unchanged', 'quick-scan', null, {});
    // The register category changed (or the registers did): the published entries must say so again.
    if (registersChanged(s) && d.patched('publication-gate')) openPublication(d);
    d.effects.push({ kind: 'then', command: { type: 'schedule-reevaluation' } });
    return;
  }
  if (s.status === 'in-use') {
    s.status = 'active';
    s.decision = null;
    s.advices = [];
    for (const g of s.gates) if (g.gate !== 'quick-scan') Object.assign(g, { state: 'pending', outcome: null });
  }
  d.markRoute();
  d.advanceFrom('quick-scan');
}
