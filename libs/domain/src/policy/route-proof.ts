import { QuickScanAnswersError, type AnswerIssue } from './answers';
import { PolicyEvaluationError, questionsReferenced } from './conditions';
import { evaluateQuickScan } from './evaluate';
import {
  OUTCOME_DIMENSIONS,
  type OutcomeDimension,
  type OutcomeValues,
  type Policy,
  type QuickScanAnswers,
} from './types';

/**
 * Proof that a route followed from its rules (issue 20): a recorded quick-scan (the `quick-scan-submitted` event's
 * payload, or a `route-reassessed` one of a dated rule coming into force) is evaluated again on the policy version it
 * was pinned to, on the moment it was recorded, and what comes out is held against what was recorded. Pure: the API, `npm run audit:replay` and the dossier all call this with what they read.
 */

/** What a quick-scan record must hold to be proved; a field that is absent is named, never guessed. */
export interface RecordedQuickScan {
  answers: QuickScanAnswers;
  policy: { id: string; version: number };
  outcome: OutcomeValues;
  /** The rules that fired, in the order recorded */
  firedRules: string[];
}

export type RouteProofFinding =
  /** The record lacks what a proof needs (the field paths, as in the event's payload). */
  | { kind: 'record-incomplete'; missing: string[] }
  /** The pinned policy version is not stored (any more). */
  | { kind: 'policy-version-missing'; policy: { id: string; version: number } }
  /** The stored document no longer has the digest it was stored with: it was changed after the fact. */
  | { kind: 'policy-document-altered'; policy: { id: string; version: number }; sha256: string; recomputed: string }
  /** The recorded answers are not accepted by the pinned version's questionnaire. */
  | { kind: 'answers-refused'; issues: Array<Pick<AnswerIssue, 'questionId' | 'code' | 'message'>> }
  /** The pinned version cannot be evaluated at all (a named condition missing, a cycle). */
  | { kind: 'evaluation-failed'; message: string }
  /** One outcome dimension came out differently; `rules` are the rules that set it, `answers` what they look at. */
  | {
      kind: 'outcome-differs';
      dimension: OutcomeDimension;
      recorded: unknown;
      recomputed: unknown;
      rules: string[];
      answers: Record<string, unknown>;
    }
  /** A rule fired in one and not in the other; `answers` are the recorded answers its condition looks at. */
  | {
      kind: 'rule-fired-differently';
      ruleId: string;
      recordedFired: boolean;
      recomputedFired: boolean;
      answers: Record<string, unknown>;
    }
  /** The record names a rule that the pinned version does not have. */
  | { kind: 'rule-unknown'; ruleId: string };

export type RouteProofVerdict = 'holds' | 'differs' | 'incomplete';

export interface DimensionProof {
  dimension: OutcomeDimension;
  recorded: unknown;
  recomputed: unknown;
  equal: boolean;
}

export interface QuickScanProof {
  verdict: RouteProofVerdict;
  policy: { id: string; version: number } | null;
  /** Per outcome dimension; empty when nothing could be recomputed */
  dimensions: DimensionProof[];
  firedRules: { recorded: string[] | null; recomputed: string[] | null };
  findings: RouteProofFinding[];
}

const RECORD_FIELDS = ['answers', 'outcome', 'outcome.policy.id', 'outcome.policy.version', 'reasons'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a `quick-scan-submitted` payload: `answers`, `outcome` (every dimension and `policy: {id, version}`) and the
 * fired rules (`reasons[].ruleId`, or `outcome.reasons[].ruleId` where the top-level list is absent). Returns the
 * record, or the paths of the fields that are missing or malformed.
 */
export function readRecordedQuickScan(payload: unknown): RecordedQuickScan | { missing: string[] } {
  const missing: string[] = [];
  const p = isRecord(payload) ? payload : {};
  if (!isRecord(p.answers)) missing.push(RECORD_FIELDS[0]);
  const outcome = isRecord(p.outcome) ? p.outcome : null;
  if (outcome === null) missing.push(RECORD_FIELDS[1]);
  const policy = outcome && isRecord(outcome.policy) ? outcome.policy : {};
  if (outcome !== null && typeof policy.id !== 'string') missing.push(RECORD_FIELDS[2]);
  if (outcome !== null && !Number.isSafeInteger(policy.version)) missing.push(RECORD_FIELDS[3]);
  if (outcome !== null) {
    for (const d of OUTCOME_DIMENSIONS) if (!(d in outcome)) missing.push(`outcome.${d}`);
  }
  const ruleList = Array.isArray(p.reasons)
    ? p.reasons
    : outcome && Array.isArray(outcome.reasons)
      ? outcome.reasons
      : null;
  const firedRules = ruleList?.map((r) => (isRecord(r) && typeof r.ruleId === 'string' ? r.ruleId : null)) ?? null;
  if (firedRules === null || firedRules.some((r) => r === null)) missing.push('reasons[].ruleId');
  if (missing.length > 0 || outcome === null || firedRules === null) return { missing };
  const values = Object.fromEntries(OUTCOME_DIMENSIONS.map((d) => [d, outcome[d]])) as unknown as OutcomeValues;
  return {
    answers: p.answers as QuickScanAnswers,
    policy: { id: policy.id as string, version: policy.version as number },
    outcome: values,
    firedRules: firedRules as string[],
  };
}

/** The audit actions whose payload is a quick-scan record: a submitted quick-scan, and a re-assessment by a dated rule. */
export const PROVABLE_ACTIONS = ['quick-scan-submitted', 'route-reassessed'] as const;

/**
 * Whether an audit event records a quick-scan evaluation a proof can redo: every `quick-scan-submitted`, and a
 * `route-reassessed` whose trigger is `rule-in-force` (it re-evaluated the recorded answers the day a dated rule came
 * into force, and carries answers, outcome and reasons). Other re-assessments record no evaluation of their own.
 */
export function isProvableQuickScan(action: string, payload: unknown): boolean {
  if (action === 'quick-scan-submitted') return true;
  return action === 'route-reassessed' && isRecord(payload) && payload.trigger === 'rule-in-force';
}

/**
 * The moment a recorded evaluation was made, on which it is proved (a rule that came into force later did not apply
 * then): a re-assessment's `evaluatedAt` where it recorded one, else the event's time.
 */
export function recordedEvaluationTime(action: string, payload: unknown, occurredAt: string): string {
  if (action === 'route-reassessed' && isRecord(payload) && typeof payload.evaluatedAt === 'string') {
    if (!Number.isNaN(Date.parse(payload.evaluatedAt))) return payload.evaluatedAt;
  }
  return occurredAt;
}

export interface ProofOptions {
  /**
   * ISO instant on which the recorded evaluation was made (`recordedEvaluationTime`): rules dated after it are not
   * in force in the proof either. Absent: every rule counts, as for a policy without dated rules.
   */
  on?: string;
}

/**
 * Evaluates the recorded answers again on `policy` (the pinned version as stored, or null when it is not stored) and
 * compares. `payload` is the event's payload as recorded, `options.on` the time it was recorded. Every difference is
 * a finding that names the rule and the answers concerned; the verdict is `holds` only when there is none.
 */
export function proveQuickScan(payload: unknown, policy: Policy | null, options: ProofOptions = {}): QuickScanProof {
  const recorded = readRecordedQuickScan(payload);
  if ('missing' in recorded) {
    return {
      verdict: 'incomplete',
      policy: null,
      dimensions: [],
      firedRules: { recorded: null, recomputed: null },
      findings: [{ kind: 'record-incomplete', missing: recorded.missing }],
    };
  }
  const base = { policy: recorded.policy, firedRules: { recorded: recorded.firedRules, recomputed: null } };
  if (policy === null || policy.id !== recorded.policy.id || policy.version !== recorded.policy.version) {
    return {
      ...base,
      verdict: 'incomplete',
      dimensions: [],
      findings: [{ kind: 'policy-version-missing', policy: recorded.policy }],
    };
  }
  let recomputed: ReturnType<typeof evaluateQuickScan>;
  try {
    recomputed = evaluateQuickScan(policy, recorded.answers, options.on === undefined ? {} : { on: options.on });
  } catch (err) {
    const finding: RouteProofFinding =
      err instanceof QuickScanAnswersError
        ? {
            kind: 'answers-refused',
            issues: err.issues.map((i) => ({ questionId: i.questionId, code: i.code, message: i.message })),
          }
        : { kind: 'evaluation-failed', message: err instanceof PolicyEvaluationError ? err.message : String(err) };
    return { ...base, verdict: 'differs', dimensions: [], findings: [finding] };
  }
  const findings: RouteProofFinding[] = [];
  const ruleIds = new Set(policy.rules.map((r) => r.id));
  const recomputedRules = recomputed.reasons.map((r) => r.ruleId);
  const answersOf = (ruleIds: readonly string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const id of ruleIds) {
      const rule = policy.rules.find((r) => r.id === id);
      if (!rule) continue;
      for (const q of questionsReferenced(rule.when, policy.conditions)) out[q] = recorded.answers[q] ?? null;
    }
    return out;
  };

  for (const id of recorded.firedRules) {
    if (!ruleIds.has(id)) findings.push({ kind: 'rule-unknown', ruleId: id });
  }
  const recordedSet = new Set(recorded.firedRules);
  const recomputedSet = new Set(recomputedRules);
  for (const rule of policy.rules) {
    const was = recordedSet.has(rule.id);
    const is = recomputedSet.has(rule.id);
    if (was !== is) {
      findings.push({
        kind: 'rule-fired-differently',
        ruleId: rule.id,
        recordedFired: was,
        recomputedFired: is,
        answers: answersOf([rule.id]),
      });
    }
  }

  const dimensions: DimensionProof[] = OUTCOME_DIMENSIONS.map((dimension) => ({
    dimension,
    recorded: recorded.outcome[dimension],
    recomputed: recomputed[dimension],
    equal: recorded.outcome[dimension] === recomputed[dimension],
  }));
  for (const d of dimensions) {
    if (d.equal) continue;
    // The rules that speak to this dimension in either run: where the difference must come from.
    const rules = policy.rules
      .filter((r) => (recordedSet.has(r.id) || recomputedSet.has(r.id)) && r.then[d.dimension] !== undefined)
      .map((r) => r.id);
    findings.push({
      kind: 'outcome-differs',
      dimension: d.dimension,
      recorded: d.recorded,
      recomputed: d.recomputed,
      rules,
      answers: answersOf(rules),
    });
  }
  return {
    ...base,
    verdict: findings.length === 0 ? 'holds' : 'differs',
    dimensions,
    firedRules: { recorded: recorded.firedRules, recomputed: recomputedRules },
    findings,
  };
}

/** The verdict over several proofs: any difference outweighs a gap, a gap outweighs "holds". */
export function combinedVerdict(verdicts: readonly RouteProofVerdict[]): RouteProofVerdict {
  if (verdicts.includes('differs')) return 'differs';
  if (verdicts.includes('incomplete')) return 'incomplete';
  return 'holds';
}

/** `proof` with one more finding in front (one found outside the evaluation, such as an altered document). */
export function withFinding(proof: QuickScanProof, finding: RouteProofFinding): QuickScanProof {
  const gap = finding.kind === 'record-incomplete' || finding.kind === 'policy-version-missing';
  return {
    ...proof,
    verdict: combinedVerdict([proof.verdict, gap ? 'incomplete' : 'differs']),
    findings: [finding, ...proof.findings],
  };
}
