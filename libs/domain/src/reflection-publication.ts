import { requireCleanText, requireIndependent, requireRole, requireText } from './checks';
import { gateApplies, gateOf, isClosed, refuse } from './lifecycle';
import type { Advice, DecisionOutcome, ProjectSnapshot } from './project';
import type { Actor, Role } from './roles';

/**
 * The Ethics Commission's reflection on the public pages (issue 18). Recording a reflection publishes nothing: the
 * ethics secretary releases it in an act of its own, at whatever gate the project stands after the reflection was
 * recorded, and may withdraw it again. Only what the release names becomes public (see `PublicReflectionContent`);
 * the decision that followed is public only under `publicDecisionOf`'s rule.
 */

/** Who may release a reflection for publication and withdraw it. */
export const REFLECTION_PUBLICATION_ROLES: readonly Role[] = ['ethics-secretary'];

/** The release: the question put to the commission as it may be published, and an optional public summary. */
export interface ReflectionPublicationRequest {
  actor: Actor;
  /** The question put to the commission, in words fit for the public */
  question: string;
  /** An introduction for the public page (optional) */
  publicSummary?: string;
}

export interface ReflectionPublicationWithdrawal {
  actor: Actor;
  reason: string;
}

/** Exactly what a release makes public: the payload of the `reflection-published` audit event. */
export interface PublicReflectionContent {
  adviceId: string;
  /** The project's title at the release */
  title: string;
  department: string;
  question: string;
  publicSummary: string | null;
  /** ISO instant the commission's reflection was recorded */
  reflectedAt: string;
  /** The reflection's observations (its summary) as recorded */
  observations: string;
  recommendations: string[];
}

/** The decision as the public pages show it: its outcome and date, never its rationale or the advice responses. */
export interface PublicDecision {
  outcome: DecisionOutcome;
  decidedAt: string;
}

/** The commission's reflection of this cycle, if one is recorded. */
export function recordedReflectionOf(s: ProjectSnapshot): Advice | null {
  return s.advices.find((a) => a.kind === 'commission-reflection') ?? null;
}

/**
 * THE rule for the decision on the public pages: a decision (approved, approved with conditions, or rejected)
 * taken after the reflection was recorded becomes public when the council has been informed (council-information
 * completed), or when the route requires no council information, as soon as the decision is recorded.
 */
export function publicDecisionOf(s: ProjectSnapshot, reflectedAt: string): PublicDecision | null {
  const d = s.decision;
  if (!d || d.outcome === 'returned' || Date.parse(d.at) < Date.parse(reflectedAt)) return null;
  const council = gateOf(s, 'council-information');
  const councilKnows = council.state === 'completed' || !gateApplies(s, 'council-information');
  return councilKnows ? { outcome: d.outcome, decidedAt: d.at } : null;
}

export function checkReflectionPublication(s: ProjectSnapshot, a: ReflectionPublicationRequest): void {
  requireCleanText(a, ['question', 'publicSummary']);
  if (isClosed(s)) refuse('project-closed', `the project is ${s.status}`);
  requireRole(a.actor, REFLECTION_PUBLICATION_ROLES, 'releasing the reflection for publication');
  requireIndependent(s, a.actor, 'releasing the reflection for publication');
  const reflection = recordedReflectionOf(s);
  if (!reflection) refuse('gate-not-active', 'no reflection of the commission is recorded for this project');
  if (gateOf(s, 'commission-reflection').outcome?.['published'] !== true) {
    refuse('gate-not-active', 'the commission recorded its reflection as not for publication');
  }
  const p = s.reflectionPublication;
  if (p && p.adviceId === reflection.id && p.withdrawnAt === null) {
    refuse('gate-not-active', 'this reflection is already published');
  }
  requireText(a.question, 'question', 2_000);
  if (a.publicSummary !== undefined) requireText(a.publicSummary, 'publicSummary');
}

export function checkReflectionPublicationWithdrawal(s: ProjectSnapshot, a: ReflectionPublicationWithdrawal): void {
  requireCleanText(a, ['reason']);
  requireRole(a.actor, REFLECTION_PUBLICATION_ROLES, 'withdrawing the published reflection');
  const p = s.reflectionPublication;
  if (!p || p.withdrawnAt !== null) refuse('gate-not-active', 'no reflection of this project is published');
  requireText(a.reason, 'reason', 2_000);
}

/** The public content of a release (checked before: the reflection exists). */
export function publicReflectionContent(
  s: ProjectSnapshot,
  a: ReflectionPublicationRequest,
  reflection: Advice,
): PublicReflectionContent {
  return {
    adviceId: reflection.id,
    title: s.registration.title,
    department: s.registration.department,
    question: a.question.trim(),
    publicSummary: a.publicSummary?.trim() || null,
    reflectedAt: reflection.at,
    observations: reflection.summary ?? '',
    recommendations: [...reflection.conditions],
  };
}
