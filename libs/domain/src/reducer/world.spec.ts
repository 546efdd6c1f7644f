import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import type { ProjectEvent, ProjectNotification } from '../events';
import { initialSnapshot } from '../lifecycle';
import { fillQuickScan } from '../policy/fill';
import type { AnswerValue, Policy } from '../policy/types';
import { validatePolicy } from '../policy/validate';
import type { ProjectSnapshot } from '../project';
import type { Actor, Role } from '../roles';
import type { CommissionSlot } from '../commission-meetings';
import { isRefusal, type Effect, type ProjectCommand, type Refusal } from './commands';
import { decide } from './decide';

/** Test support for the reducer: runs commands and their effects as the workflow would, with a fake calendar. */
export function loadPolicy(file: string): Policy {
  const raw = parse(fs.readFileSync(path.resolve(__dirname, '../../../../policy', file), 'utf8')) as unknown;
  const result = validatePolicy(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

export const policy = loadPolicy('fixtures/test-policy.v1.yaml');
export const answer = (given: Record<string, AnswerValue>) => fillQuickScan(policy, given);
export const LOW_RISK = answer({ 'public-space-sensors': true });
export const HIGH_RISK = answer({
  'personal-data': true,
  'data-subjects': 40_000,
  'public-space-sensors': true,
  cameras: 'fixed',
  'camera-observes-people': true,
  'systematic-monitoring': true,
  'publicly-accessible-area': true,
});
export const PROHIBITED = answer({
  'personal-data': true,
  'data-subjects': 800,
  'algorithm-type': 'ai',
  'ai-prohibited-practices': ['emotion-recognition-work-education'],
});

export const who = (sub: string, ...roles: Role[]): Actor => ({ sub, name: sub, email: `${sub}@example.org`, roles });
export const OWNER = who('anna', 'case-owner');
export const DAY = 24 * 3600 * 1000;
export const T0 = Date.parse('2027-03-01T09:00:00.000Z');

/** A project as the workflow holds it, its clock, and everything it emitted so far. */
export class World {
  s: ProjectSnapshot;
  now = T0;
  policy = policy;
  events: ProjectEvent[] = [];
  notifications: ProjectNotification[] = [];
  /** What the next reservations on the meeting calendar answer, in order; null: reservations are not answered. */
  slots: Array<CommissionSlot | null> | null = null;
  /** The workflow's `patched`: which behaviour changes apply (all, as in a new run, unless a test says otherwise). */
  patched: ((id: string) => boolean) | undefined = undefined;

  constructor() {
    this.s = initialSnapshot(
      {
        projectId: 'p1',
        registration: {
          title: 'Slimme camera',
          summary: 'Telt mensen.',
          department: 'Stadsbeheer',
          technologies: ['camera'],
          plannedStart: '2027-06-01',
        },
        caseOwner: OWNER,
        registeredAt: new Date(T0).toISOString(),
        policy,
      },
      { workflowId: 'project-p1', runId: 'run-1' },
    );
    this.run({ type: 'start', mode: 'registered' });
  }

  get iso(): string {
    return new Date(this.now).toISOString();
  }

  /** Decides a command and runs its effects; returns the refusal, if any. */
  run(command: ProjectCommand): Refusal | null {
    const out = decide(this.s, command, { now: this.iso, policy: this.policy, patched: this.patched });
    if (isRefusal(out)) return out;
    this.s = out.snapshot;
    this.events.push(...out.events);
    this.notifications.push(...out.notifications);
    for (const e of out.effects) this.effect(e);
    return null;
  }

  /** The refusal code of a command, or null when it was accepted (and applied). */
  code(command: ProjectCommand): string | null {
    return this.run(command)?.refusal.code ?? null;
  }

  private effect(e: Effect): void {
    switch (e.kind) {
      case 'use-policy':
        this.policy = e.policy;
        return;
      case 'then':
        this.run(e.command);
        return;
      case 'plan-task': {
        const from = Date.parse(e.from);
        const iso = (ms: number) => new Date(from + ms).toISOString();
        const plan = {
          dueAt: iso(10 * DAY),
          reminders: [iso(7 * DAY)],
          escalations: [{ at: iso(12 * DAY), role: 'department-head' as const, level: 1 }],
        };
        this.run({ ...e.then, plan });
        return;
      }
      case 'plan-after':
        this.run({ ...e.then, at: new Date(Date.parse(e.from) + 56 * DAY).toISOString() });
        return;
      case 'load-policy':
        this.run({ type: 'policy-loaded', policy: this.policy });
        return;
      case 'reserve-meeting-slot':
        if (this.slots !== null) this.run({ ...e.then, slot: this.slots.shift() ?? null });
        return;
    }
  }

  /** Lets time pass, firing what comes due on the way as the workflow's timer loop does. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const next =
        this.s.heldAt === null
          ? this.s.timers.filter((t) => !t.fired).sort((a, b) => a.at.localeCompare(b.at))[0]
          : undefined;
      if (!next || Date.parse(next.at) > until || next.kind === 'reevaluation') break;
      this.now = Math.max(this.now, Date.parse(next.at));
      const due = this.s.timers.filter((t) => !t.fired && Date.parse(t.at) <= this.now && t.kind !== 'reevaluation');
      for (const timer of due) this.run({ type: 'timer-fired', timer });
      this.run({ type: 'timers-swept' });
    }
    this.now = until;
  }

  gate(id: ProjectSnapshot['gates'][number]['gate']) {
    const g = this.s.gates.find((x) => x.gate === id);
    if (!g) throw new Error(id);
    return g;
  }

  actions(): string[] {
    return this.events.map((e) => e.action);
  }
}

/** A high-risk project up to the commission, whose reservation answers `slot`. */
export function atCommission(slot: CommissionSlot | null, patched?: (id: string) => boolean): World {
  const w = new World();
  w.patched = patched;
  w.slots = [slot];
  w.run({ type: 'submit-quick-scan', update: { actor: OWNER, answers: HIGH_RISK } });
  w.run({
    type: 'submit-dpia',
    update: {
      actor: who('pim', 'privacy-officer'),
      document: { reference: 'dms://dpia/1', sha256: 'a'.repeat(64) },
      elements: { description: 'd', necessity: 'n', risks: 'r', measures: 'm' },
    },
  });
  w.run({
    type: 'give-dpo-advice',
    update: { actor: who('dora', 'dpo'), advice: 'positive', summary: 'Goed.', priorConsultationRequired: false },
  });
  return w;
}

describe('the test world', () => {
  it('starts a registered project at the quick-scan with its plan', () => {
    const w = new World();
    expect(w.actions()).toEqual(['registered', 'step-opened']);
    expect(w.gate('quick-scan')).toMatchObject({ state: 'active', step: 'answer-quick-scan', assigneeSub: 'anna' });
    expect(w.gate('quick-scan').dueAt).toBe(new Date(T0 + 10 * DAY).toISOString());
    expect(w.notifications.map((n) => n.kind)).toEqual(['task-opened']);
  });
});
