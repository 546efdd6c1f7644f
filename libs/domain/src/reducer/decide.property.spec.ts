import fc from 'fast-check';
import type { AuditAction } from '../audit-actions';
import { STEP_ROLES, type GateStep } from '../gates';
import type { AdviceResponse, ProjectSnapshot } from '../project';
import type { Actor } from '../roles';
import type { ProjectCommand } from './commands';
import { registersOf } from '../registers/assemble';
import { EXAMPLE_ALGORITHM_ENTRY, EXAMPLE_SENSOR_ENTRY } from '../registers/examples';
import { DAY, HIGH_RISK, LOW_RISK, OWNER, PROHIBITED, who, World } from './world.spec';

/** What a case owner submits for each register (what the case sets itself left out). */
const REGISTER_ENTRY = {
  algorithm: { ...EXAMPLE_ALGORITHM_ENTRY, source_id: undefined, status: undefined },
  sensor: { ...EXAMPLE_SENSOR_ENTRY, source_id: undefined, status: undefined },
};

/** The people of the property test: each role once, the owner also as someone else's privacy officer. */
const PEOPLE: Actor[] = [
  OWNER,
  who('anna', 'case-owner', 'dpo', 'portfolio-holder'),
  who('bob', 'case-owner'),
  who('pim', 'privacy-officer'),
  who('dora', 'dpo'),
  who('dirk', 'dpo'),
  who('els', 'ethics-secretary'),
  who('petra', 'portfolio-holder'),
  who('paul', 'portfolio-holder', 'dpo'),
  who('raaf', 'council-liaison'),
  who('cio', 'cio-office'),
];

type Step =
  | { kind: 'wait'; days: number }
  | { kind: 'act'; who: number; what: number; variant: number }
  | { kind: 'progress'; pick: number; variant: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 1, max: 30 }) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('progress' as const),
      pick: fc.nat({ max: PEOPLE.length - 1 }),
      variant: fc.nat({ max: 4 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('act' as const),
      who: fc.nat({ max: PEOPLE.length - 1 }),
      what: fc.nat({ max: 16 }),
      variant: fc.nat({ max: 4 }),
    }),
  },
);

/** Turns a generated step into a command, with payloads that are sometimes right for the state and sometimes not. */
function command(s: ProjectSnapshot, now: number, st: Extract<Step, { kind: 'act' }>): ProjectCommand {
  const actor = PEOPLE[st.who];
  const v = st.variant;
  const responses = (): AdviceResponse[] =>
    s.advices.map((a) => ({ adviceId: a.id, response: v === 1 ? 'deviate' : 'follow', explanation: 'Omdat.' }));
  switch (st.what) {
    case 0:
      return {
        type: 'submit-quick-scan',
        update: { actor, answers: [HIGH_RISK, LOW_RISK, HIGH_RISK, PROHIBITED, {}][v] ?? {} },
      };
    case 1:
      return {
        type: 'submit-dpia',
        update: {
          actor,
          document: { reference: 'dms://1', sha256: 'b'.repeat(64) },
          elements: { description: 'd', necessity: 'n', risks: 'r', measures: 'm' },
        },
      };
    case 2:
      return {
        type: 'give-dpo-advice',
        update: { actor, advice: 'positive', summary: 'Ok.', priorConsultationRequired: v === 0 },
      };
    case 3:
      return {
        type: 'record-prior-consultation',
        update:
          v < 2 ? { actor, extend: true } : { actor, answer: { outcome: 'advice', reference: 'AP', summary: 'S.' } },
      };
    case 4:
      return { type: 'request-reflection', update: { actor, reason: 'Graag.' } };
    case 5:
      return {
        type: 'schedule-commission',
        update: { actor, meetingDate: new Date(now + (v - 1) * 5 * DAY).toISOString() },
      };
    case 6:
      return { type: 'ask-commission-questions', update: { actor, questions: ['Waarom?'] } };
    case 7: {
      const open = (s.commission?.questions ?? []).filter((q) => q.answer === null).length;
      return {
        type: 'answer-commission-questions',
        update: { actor, answers: Array.from({ length: open }, () => 'A.') },
      };
    }
    case 8:
      return { type: 'record-reflection', update: { actor, summary: 'S.', recommendations: ['R.'], publish: v === 0 } };
    case 9:
      return {
        type: 'decide',
        update: {
          actor,
          outcome: (['approved', 'rejected', 'returned', 'approved'] as const)[v] ?? 'approved',
          rationale: 'R.',
          ...(v === 2 ? { returnTo: 'quick-scan' as const } : {}),
          adviceResponses: responses(),
        },
      };
    case 10:
      return {
        type: 'record-council-information',
        update: { actor, reference: 'RIB', date: '2027-05-01', channel: 'raadsinformatiebrief' },
      };
    case 11:
      return { type: 'hold', update: { actor, reason: 'Pauze.' } };
    case 12:
      return { type: 'resume', update: { actor, reason: 'Verder.' } };
    case 13:
      return { type: 'withdraw', update: { actor, reason: v === 0 ? 'Weg.' : '' } };
    case 15: {
      const entries = Object.fromEntries(registersOf(s).map((k) => [k, v === 1 ? {} : REGISTER_ENTRY[k]]));
      return { type: 'submit-register-entry', update: { actor, entries } };
    }
    case 16:
      return {
        type: 'review-register-entry',
        update: { actor, outcome: v === 1 ? 'return' : 'publish', ...(v === 1 ? { remarks: 'Aanvullen.' } : {}) },
      };
    default:
      return { type: 'amend', update: { actor, reason: 'Scope.', changes: { title: `Titel ${v}` } } };
  }
}

const SUBMISSIONS = new Set<AuditAction>([
  'quick-scan-submitted',
  'dpia-submitted',
  'commission-questions-answered',
  'amended',
  'register-entry-submitted',
]);
const ADVICE = new Set<AuditAction>(['dpo-advice-given', 'prior-consultation-answered', 'reflection-recorded']);

/** The action each step waits for (the index `command` knows it by). */
const STEP_ACTION: Record<GateStep, number> = {
  'answer-quick-scan': 0,
  'submit-dpia': 1,
  'dpo-advice': 2,
  'prior-consultation': 3,
  'schedule-meeting': 5,
  'await-meeting': 6,
  // A task beside the gate's step, never the gate's own step.
  'submit-documents': 6,
  'answer-questions': 7,
  'record-reflection': 8,
  decide: 9,
  'prepare-register-entry': 15,
  'publish-register-entry': 16,
  'inform-council': 10,
};

/**
 * The action the open step waits for, by someone holding a role for it (who may still be refused: the owner as DPO,
 * an adviser deciding), so that sequences get through the gates instead of being refused at the first.
 */
function progress(s: ProjectSnapshot, now: number, st: Extract<Step, { kind: 'progress' }>): ProjectCommand | null {
  const open = s.gates.find((g) => g.state === 'active' || g.state === 'waiting');
  if (!open?.step) return null;
  const roles = STEP_ROLES[open.step];
  const holders = PEOPLE.filter((p) => p.roles.some((r) => roles.includes(r)));
  const actor = holders[st.pick % holders.length];
  if (!actor) return null;
  const what = STEP_ACTION[open.step];
  return command(s, now, { kind: 'act', who: PEOPLE.indexOf(actor), what, variant: st.variant });
}

/** Whoever submitted part of the project may not advise on it or decide it; whoever advised may not decide. */
function checkSegregation(w: World): void {
  const submitted = new Set<string>([OWNER.sub]);
  const advised = new Set<string>();
  for (const e of w.events) {
    const sub = e.actor?.sub;
    if (!sub) continue;
    if (SUBMISSIONS.has(e.action)) submitted.add(sub);
    if (ADVICE.has(e.action)) {
      expect(submitted.has(sub)).toBe(false);
      advised.add(sub);
    }
    if (e.action === 'decision-taken') expect(submitted.has(sub) || advised.has(sub)).toBe(false);
    if (e.action === 'register-entry-published') expect(submitted.has(sub)).toBe(false);
  }
}

function checkInvariants(w: World): void {
  const s = w.s;
  // At most one open gate, and the snapshot's own view of it; a re-assessment's quick-scan runs beside it.
  const open = s.gates.filter((g) => g.state === 'active' || g.state === 'waiting');
  const beside = s.reassessment?.phase === 'quick-scan' ? open.filter((g) => g.gate !== 'quick-scan') : open;
  expect(beside.length).toBeLessThanOrEqual(1);
  // A deadline is never earlier than the task it belongs to.
  for (const g of open) {
    if (g.dueAt !== null && g.openedAt !== null && g.step !== 'await-meeting') {
      expect(Date.parse(g.dueAt)).toBeGreaterThanOrEqual(Date.parse(g.openedAt));
    }
  }
  for (const q of s.commission?.questions ?? [])
    expect(Date.parse(q.dueAt)).toBeGreaterThanOrEqual(Date.parse(q.askedAt));
  // The trail's sequence is gapless: event n is the project's n-th.
  w.events.forEach((e, i) => expect(e.eventId).toBe(`${s.projectId}:${i + 1}`));
  expect(s.eventCount).toBe(w.events.length);
  // Every notification belongs to an event already emitted.
  for (const n of w.notifications) {
    const count = Number(n.notificationId.split(':')[1]);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(count).toBeLessThanOrEqual(s.eventCount);
  }
  checkSegregation(w);
}

describe('decide over random command sequences', () => {
  it('keeps the invariants: one open gate, deadlines after their tasks, segregation of duties, a gapless trail', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 60 }), (steps) => {
        const w = new World();
        for (const st of steps) {
          if (st.kind === 'wait') w.advance(st.days * DAY);
          else {
            const c = st.kind === 'act' ? command(w.s, w.now, st) : progress(w.s, w.now, st);
            if (c) w.run(c);
          }
          checkInvariants(w);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuses without a trace: a refused command changes neither the snapshot nor the trail', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const w = new World();
        for (const st of steps) {
          if (st.kind === 'wait') {
            w.advance(st.days * DAY);
            continue;
          }
          const c = st.kind === 'act' ? command(w.s, w.now, st) : progress(w.s, w.now, st);
          if (!c) continue;
          const before = w.s;
          const count = w.events.length;
          if (w.run(c) !== null) {
            expect(w.s).toBe(before);
            expect(w.events).toHaveLength(count);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
