import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { evaluateQuickScan } from './evaluate';
import { fillQuickScan } from './fill';
import {
  combinedVerdict,
  isProvableQuickScan,
  proveQuickScan,
  readRecordedQuickScan,
  recordedEvaluationTime,
  withFinding,
} from './route-proof';
import { describeRouteProofFinding } from './route-proof-texts';
import type { AnswerValue, Policy } from './types';
import { validatePolicy } from './validate';

const loaded = validatePolicy(
  parse(fs.readFileSync(path.resolve(__dirname, '../../../../policy/waardenpoort-policy.v1.yaml'), 'utf8')),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const policy: Policy = loaded.policy;

const CAMERAS = fillQuickScan(policy, {
  'personal-data': true,
  'data-subjects': 40_000,
  'public-space-sensors': true,
  cameras: 'fixed',
  'camera-observes-people': true,
  'systematic-monitoring': true,
  'publicly-accessible-area': true,
});

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The payload of `quick-scan-submitted` as the workflow records it (reducer/actions.ts, submitQuickScan). */
function recorded(answers: Record<string, AnswerValue>, under: Policy = policy, on?: string): Record<string, unknown> {
  const { ignoredAnswers: _ignored, ...kept } = evaluateQuickScan(under, answers, on === undefined ? {} : { on });
  return {
    answers: clone(answers),
    dpiaOptIn: false,
    outcome: kept,
    reasons: kept.reasons.map((r) => ({ ruleId: r.ruleId, reasonId: r.reasonId, source: r.source.citation })),
  };
}

describe('proof that a recorded quick-scan follows from its pinned policy version', () => {
  it('holds for an untouched record: every dimension and every fired rule the same', () => {
    const proof = proveQuickScan(recorded(CAMERAS), policy);
    expect(proof.verdict).toBe('holds');
    expect(proof.findings).toEqual([]);
    expect(proof.dimensions.every((d) => d.equal)).toBe(true);
    expect(proof.dimensions.map((d) => d.dimension)).toContain('dpia');
    expect(proof.firedRules.recomputed).toEqual(proof.firedRules.recorded);
    expect(proof.firedRules.recorded).toContain('ap-09-camera-surveillance');
    expect(proof.policy).toEqual({ id: policy.id, version: policy.version });
  });

  it('finds a tampered recorded outcome, naming the dimension, the rules that set it and their answers', () => {
    const payload = recorded(CAMERAS);
    (payload.outcome as Record<string, unknown>).dpia = 'not-required';
    const proof = proveQuickScan(payload, policy);
    expect(proof.verdict).toBe('differs');
    expect(proof.findings).toEqual([
      expect.objectContaining({
        kind: 'outcome-differs',
        dimension: 'dpia',
        recorded: 'not-required',
        recomputed: 'required',
        rules: expect.arrayContaining(['ap-09-camera-surveillance']),
        answers: expect.objectContaining({ cameras: 'fixed' }),
      }),
    ]);
    const text = describeRouteProofFinding(proof.findings[0]);
    expect(text.nl).toContain('ap-09-camera-surveillance');
    expect(text.en).toContain('cameras = "fixed"');
  });

  it('finds a tampered record of fired rules: a rule recorded as fired that does not fire, and one unknown', () => {
    const payload = recorded(fillQuickScan(policy, { 'public-space-sensors': true }));
    const reasons = payload.reasons as Array<{ ruleId: string }>;
    reasons.push({ ruleId: 'ap-09-camera-surveillance' }, { ruleId: 'made-up-rule' });
    const proof = proveQuickScan(payload, policy);
    expect(proof.verdict).toBe('differs');
    expect(proof.findings).toEqual(
      expect.arrayContaining([
        { kind: 'rule-unknown', ruleId: 'made-up-rule' },
        expect.objectContaining({
          kind: 'rule-fired-differently',
          ruleId: 'ap-09-camera-surveillance',
          recordedFired: true,
          recomputedFired: false,
          answers: expect.objectContaining({ cameras: expect.anything() }),
        }),
      ]),
    );
  });

  it('finds a changed rule in the pinned version, naming the rule and the answers it looks at', () => {
    const payload = recorded(CAMERAS);
    const changed = clone(policy);
    const rule = changed.rules.find((r) => r.id === 'ap-09-camera-surveillance');
    if (!rule) throw new Error('rule not in the policy');
    // As if someone had rewritten the stored rule: it no longer asks about cameras but about something unanswered.
    rule.when = { equals: { question: 'cameras', value: 'none-at-all' } };
    const proof = proveQuickScan(payload, changed);
    expect(proof.verdict).toBe('differs');
    expect(proof.findings).toContainEqual({
      kind: 'rule-fired-differently',
      ruleId: 'ap-09-camera-surveillance',
      recordedFired: true,
      recomputedFired: false,
      answers: { cameras: 'fixed' },
    });
    const text = describeRouteProofFinding(
      proof.findings.find((f) => f.kind === 'rule-fired-differently') ?? proof.findings[0],
    );
    expect(text.nl).toBe(
      'Regel ap-09-camera-surveillance gold volgens de vastlegging, maar nu niet; antwoorden: cameras = "fixed"',
    );
  });

  it('names the missing fields of a record instead of guessing', () => {
    const payload = recorded(CAMERAS);
    delete payload.reasons;
    delete (payload.outcome as Record<string, unknown>).reasons;
    delete (payload.outcome as Record<string, unknown>).policy;
    delete (payload.outcome as Record<string, unknown>).council;
    expect(readRecordedQuickScan(payload)).toEqual({
      missing: ['outcome.policy.id', 'outcome.policy.version', 'outcome.council', 'reasons[].ruleId'],
    });
    const proof = proveQuickScan(payload, policy);
    expect(proof.verdict).toBe('incomplete');
    expect(proof.findings).toEqual([
      {
        kind: 'record-incomplete',
        missing: ['outcome.policy.id', 'outcome.policy.version', 'outcome.council', 'reasons[].ruleId'],
      },
    ]);
    expect(proveQuickScan(null, policy).findings).toEqual([
      { kind: 'record-incomplete', missing: ['answers', 'outcome', 'reasons[].ruleId'] },
    ]);
  });

  it('says so when the pinned version is not stored, or the answers do not fit it', () => {
    expect(proveQuickScan(recorded(CAMERAS), null)).toMatchObject({
      verdict: 'incomplete',
      findings: [{ kind: 'policy-version-missing', policy: { id: policy.id, version: policy.version } }],
    });
    const payload = recorded(CAMERAS);
    (payload.answers as Record<string, unknown>)['no-such-question'] = true;
    expect(proveQuickScan(payload, policy)).toMatchObject({
      verdict: 'differs',
      findings: [{ kind: 'answers-refused', issues: [expect.objectContaining({ questionId: 'no-such-question' })] }],
    });
  });

  it('combines verdicts: a difference outweighs a gap, a gap outweighs holding', () => {
    expect(combinedVerdict([])).toBe('holds');
    expect(combinedVerdict(['holds', 'incomplete'])).toBe('incomplete');
    expect(combinedVerdict(['incomplete', 'differs', 'holds'])).toBe('differs');
    const proof = proveQuickScan(recorded(CAMERAS), policy);
    const altered = withFinding(proof, {
      kind: 'policy-document-altered',
      policy: { id: policy.id, version: policy.version },
      sha256: 'a'.repeat(64),
      recomputed: 'b'.repeat(64),
    });
    expect(altered.verdict).toBe('differs');
    expect(altered.findings[0]?.kind).toBe('policy-document-altered');
  });
});

describe('proof of a quick-scan on the moment it was recorded, with a rule dated from 2 August 2027', () => {
  const dated = clone(policy);
  const camera = dated.rules.find((r) => r.id === 'ap-09-camera-surveillance');
  if (!camera) throw new Error('rule not in the policy');
  camera.appliesFrom = '2027-08-02';
  const BEFORE = '2027-07-01T09:00:00.000Z';
  const AFTER = '2027-09-01T09:00:00.000Z';

  it('holds for a quick-scan recorded before the date, where the rule did not fire', () => {
    const payload = recorded(CAMERAS, dated, BEFORE);
    expect((payload.reasons as Array<{ ruleId: string }>).map((r) => r.ruleId)).not.toContain(
      'ap-09-camera-surveillance',
    );
    // Proved on its own moment, the rule that came into force later does not make the record look altered...
    expect(proveQuickScan(payload, dated, { on: BEFORE })).toMatchObject({ verdict: 'holds', findings: [] });
    // ...where proved without it (every rule counts), it would.
    expect(proveQuickScan(payload, dated).verdict).toBe('differs');
  });

  it('differs for the same record dated after the rule came into force, naming the rule', () => {
    const payload = recorded(CAMERAS, dated, BEFORE);
    const proof = proveQuickScan(payload, dated, { on: AFTER });
    expect(proof.verdict).toBe('differs');
    expect(proof.findings).toContainEqual({
      kind: 'rule-fired-differently',
      ruleId: 'ap-09-camera-surveillance',
      recordedFired: false,
      recomputedFired: true,
      answers: expect.objectContaining({ cameras: 'fixed' }),
    });
  });

  it('proves the re-assessment recorded when the rule came into force, on its evaluation time', () => {
    const evaluatedAt = '2027-08-01T22:00:00.000Z';
    const scan = recorded(CAMERAS, dated, evaluatedAt);
    const before = recorded(CAMERAS, dated, BEFORE);
    const payload = {
      trigger: 'rule-in-force',
      ruleId: 'ap-09-camera-surveillance',
      evaluatedAt,
      answers: scan.answers,
      outcome: scan.outcome,
      reasons: scan.reasons,
      changed: true,
      from: before.outcome,
      gates: [],
    };
    expect(isProvableQuickScan('route-reassessed', payload)).toBe(true);
    // The event is written a moment after the evaluation; the proof takes the recorded evaluation time.
    const on = recordedEvaluationTime('route-reassessed', payload, '2027-08-01T22:00:03.000Z');
    expect(on).toBe(evaluatedAt);
    const proof = proveQuickScan(payload, dated, { on });
    expect(proof).toMatchObject({ verdict: 'holds', findings: [] });
    expect(proof.firedRules.recomputed).toContain('ap-09-camera-surveillance');
    // A millisecond before the start of 2 August in Amsterdam, the rule was not in force yet.
    expect(proveQuickScan(payload, dated, { on: '2027-08-01T21:59:59.999Z' }).verdict).toBe('differs');
  });

  it('proves every quick-scan, and only those re-assessments that evaluated the answers', () => {
    expect(isProvableQuickScan('quick-scan-submitted', {})).toBe(true);
    expect(isProvableQuickScan('route-reassessed', { trigger: 'policy-activation', changed: false })).toBe(false);
    expect(isProvableQuickScan('route-reassessed', null)).toBe(false);
    expect(isProvableQuickScan('gate-completed', { trigger: 'rule-in-force' })).toBe(false);
    expect(recordedEvaluationTime('quick-scan-submitted', { evaluatedAt: BEFORE }, AFTER)).toBe(AFTER);
    expect(recordedEvaluationTime('route-reassessed', { evaluatedAt: 'yesterday' }, AFTER)).toBe(AFTER);
  });
});
