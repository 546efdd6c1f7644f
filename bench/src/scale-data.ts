/**
 * Bulk data for benchmarks 3, 5 and 6: projects, tasks and audit events that look like what the workflows write,
 * streamed into PostgreSQL with COPY (psql, triggers off for the load). The audit events form valid hash chains,
 * computed with libs/persistence's own canonicalEventText and computeEventHash, so AuditRepository.verify can check
 * them all. Each project with a quick-scan has the route of one of the example portfolio's kinds of project
 * (libs/domain's example-portfolio): complete answers under the deployed policy and the outcome evaluateQuickScan
 * gives them, with its policy and reasons, so the what-if of benchmark 6 evaluates what a real portfolio holds.
 */
import { canonicalJson, type GateId, pendingGateView, type Policy, type Role } from '@waardenpoort/domain';
import { PROJECT_KINDS, routesOf } from '@waardenpoort/domain/example-portfolio';
import {
  AUDIT_INSERT_COLUMNS,
  canonicalEventText,
  computeEventHash,
  GENESIS_HASH,
  REBUILD_READ_SCOPE_FACTS_SQL,
} from '@waardenpoort/persistence';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { Client as PgClient } from 'pg';
import { progress } from './stats';

const DAY = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so two runs load the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(rand: () => number): string {
  const hex: string[] = [];
  for (let i = 0; i < 16; i++) {
    let b = Math.floor(rand() * 256);
    if (i === 6) b = (b & 0x0f) | 0x40;
    if (i === 8) b = (b & 0x3f) | 0x80;
    hex.push(b.toString(16).padStart(2, '0'));
  }
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A CSV field for COPY: NULL unquoted and empty, everything else quoted. */
function q(v: string | number | null): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  return `"${v.replace(/"/g, '""')}"`;
}

function pgArray(items: readonly string[]): string {
  return q(`{${items.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`);
}

const iso = (ms: number): string => new Date(ms).toISOString();

/** One COPY … FROM STDIN through psql, fed with back-pressure. */
class CopyIn {
  private readonly proc: ChildProcessByStdio<Writable, null, Readable>;
  private readonly done: Promise<void>;
  private buf: string[] = [];
  private size = 0;

  constructor(url: string, table: string, columns: readonly string[]) {
    this.proc = spawn(
      'psql',
      [
        url,
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        // Replica mode skips triggers (the webhook feed capture, foreign-key checks) during the bulk load.
        '-c',
        'SET session_replication_role = replica',
        '-c',
        `COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`,
      ],
      { stdio: ['pipe', 'ignore', 'pipe'] },
    );
    let err = '';
    this.proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    this.done = new Promise((resolve, reject) => {
      this.proc.once('error', reject);
      this.proc.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`COPY ${table} failed (psql exit ${code}): ${err.trim()}`)),
      );
    });
    this.done.catch(() => undefined); // observed in end()
  }

  async row(fields: readonly string[]): Promise<void> {
    const line = fields.join(',') + '\n';
    this.buf.push(line);
    this.size += line.length;
    if (this.size > 512 * 1024) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.size = 0;
    if (!this.proc.stdin.write(chunk)) await Promise.race([once(this.proc.stdin, 'drain'), this.done]);
  }

  async end(): Promise<void> {
    await this.flush();
    this.proc.stdin.end();
    await this.done;
  }
}

const DEPARTMENTS: Array<[string, number]> = [
  ['Openbare Ruimte', 18],
  ['Veiligheid', 14],
  ['Sociaal Domein', 13],
  ['Stadsontwikkeling', 10],
  ['Dienstverlening', 9],
  ['Informatievoorziening', 8],
  ['Mobiliteit', 8],
  ['Milieu', 6],
  ['Financiën', 5],
  ['Onderwijs', 4],
  ['Economie', 3],
  ['Cultuur', 2],
];
export const SCALE_DEPARTMENTS = DEPARTMENTS.map(([d]) => d);

interface StepDef {
  step: string;
  role: Role;
}
const STEPS: Record<GateId, StepDef[]> = {
  'quick-scan': [{ step: 'answer-quick-scan', role: 'case-owner' }],
  dpia: [
    { step: 'submit-dpia', role: 'case-owner' },
    { step: 'dpo-advice', role: 'dpo' },
  ],
  'commission-reflection': [
    { step: 'schedule-meeting', role: 'ethics-secretary' },
    { step: 'record-reflection', role: 'ethics-secretary' },
  ],
  'portfolio-decision': [{ step: 'decide', role: 'portfolio-holder' }],
  // Not on the generated projects' routes (GATES below): their quick-scans name no register.
  publication: [
    { step: 'prepare-register-entry', role: 'case-owner' },
    { step: 'publish-register-entry', role: 'cio-office' },
  ],
  'council-information': [{ step: 'inform-council', role: 'council-liaison' }],
};
const GATES: GateId[] = ['quick-scan', 'dpia', 'commission-reflection', 'portfolio-decision', 'council-information'];

interface Actor {
  sub: string;
  name: string;
  roles: string[];
}
const STAFF = {
  dpo: { sub: 'fenna.fg', name: 'Fenna de FG', roles: ['dpo'] },
  secretary: { sub: 'sam.secretaris', name: 'Sam Secretaris', roles: ['ethics-secretary'] },
  alderman: { sub: 'wim.wethouder', name: 'Wim Wethouder', roles: ['portfolio-holder'] },
  liaison: { sub: 'gerda.griffie', name: 'Gerda Griffie', roles: ['council-liaison'] },
} satisfies Record<string, Actor>;

interface Ev {
  at: number;
  action: string;
  gate: GateId | null;
  actor: Actor | null;
  payload: Record<string, unknown>;
}

export interface ScaleCounts {
  projects: number;
  /** Projects with a quick-scan done, each with the route of an example kind (the rest have none yet) */
  routed: number;
  tasks: number;
  auditEvents: number;
  seconds: number;
}

const PROJECT_COLUMNS = [
  'id',
  'workflow_id',
  'run_id',
  'title',
  'summary',
  'department',
  'technologies',
  'planned_start',
  'case_owner_sub',
  'case_owner_name',
  'case_owner_email',
  'status',
  'current_gate',
  'gates',
  'next_deadline',
  'state_version',
  'registered_at',
  'updated_at',
  'policy_id',
  'policy_version',
  'risk_level',
  'details',
];
const TASK_COLUMNS = [
  'id',
  'project_id',
  'gate',
  'cycle',
  'step',
  'assignee_role',
  'assignee_sub',
  'status',
  'opened_at',
  'due_at',
  'closed_at',
  'escalation_level',
];
// The columns the read model writes, and the time each row was recorded (a few seconds after the event).
const AUDIT_COLUMNS = [...AUDIT_INSERT_COLUMNS, 'recorded_at'];

type RiskLevel = 'low' | 'medium' | 'high';

interface KindRoute {
  /** `details.route` as JSON up to its `decidedAt` (outcome with policy and reasons, answers, dpiaOptIn) */
  jsonHead: string;
  answers: Record<string, unknown>;
  /** What the quick-scan gate records as its outcome (the workflow's completeGate('quick-scan', …)) */
  gateOutcome: Record<string, unknown>;
  weight: number;
}

/**
 * The example kinds' routes under `policy`, evaluated once, grouped by risk level. The generator decides a risk level
 * first (and the gates from it), then gives the project a kind of that level, in the kinds' proportions. Under
 * version 1 every level has kinds (low 5, medium 10, high 5); a level without any would fall back to all kinds.
 */
function kindsByRisk(policy: Policy): Record<RiskLevel, { kinds: KindRoute[]; total: number }> {
  const routes = routesOf(policy);
  const all: Array<KindRoute & { risk: string }> = PROJECT_KINDS.map((k, i) => {
    const route = routes[i];
    if (!route) throw new Error(`no route for kind ${k.title}`);
    const o = route.outcome;
    return {
      risk: o.riskLevel,
      jsonHead: JSON.stringify({ outcome: o, answers: route.answers, dpiaOptIn: route.dpiaOptIn }).slice(0, -1),
      answers: route.answers,
      gateOutcome: {
        dpia: o.dpia,
        aiActClass: o.aiActClass,
        riskLevel: o.riskLevel,
        commission: o.commission,
        council: o.council,
      },
      weight: k.weight,
    };
  });
  const group = (risk: RiskLevel): { kinds: KindRoute[]; total: number } => {
    const kinds = all.filter((k) => k.risk === risk);
    const chosen = kinds.length > 0 ? kinds : all;
    return { kinds: chosen, total: chosen.reduce((s, k) => s + k.weight, 0) };
  };
  return { low: group('low'), medium: group('medium'), high: group('high') };
}

/**
 * Loads `projects` projects (with their tasks) and exactly `events` audit events into `url` (an empty, migrated
 * database), makes the derived pipeline figures (`rebuild_project_figures()`), then VACUUM ANALYZE so the planner and index-only scans see them as after autovacuum.
 */
export async function loadScaleData(
  url: string,
  projects: number,
  events: number,
  policy: Policy,
  seed = 7,
): Promise<ScaleCounts> {
  const t0 = Date.now();
  const rand = prng(seed);
  // The kinds are drawn from a stream of their own: the rest of the data stays as it was before they came in.
  const kindRand = prng(seed + 1);
  const byRisk = kindsByRisk(policy);
  const kindFor = (risk: RiskLevel): KindRoute => {
    const { kinds, total } = byRisk[risk];
    let r = kindRand() * total;
    for (const k of kinds) if ((r -= k.weight) < 0) return k;
    return kinds[kinds.length - 1];
  };
  let routed = 0;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const deptTotal = DEPARTMENTS.reduce((s, [, w]) => s + w, 0);
  const department = (): string => {
    let r = rand() * deptTotal;
    for (const [d, w] of DEPARTMENTS) if ((r -= w) < 0) return d;
    return DEPARTMENTS[0]?.[0] ?? 'Openbare Ruimte';
  };
  const now = Date.now();

  const projectCopy = new CopyIn(url, 'project', PROJECT_COLUMNS);
  const taskCopy = new CopyIn(url, 'task', TASK_COLUMNS);
  const auditCopy = new CopyIn(url, 'audit_event', AUDIT_COLUMNS);
  const bar = progress('scale data: generate + COPY', projects);
  let taskCount = 0;
  let eventCount = 0;

  for (let p = 0; p < projects; p++) {
    const id = uuid(rand);
    const workflowId = `project-${id}`;
    const runId = uuid(rand);
    const dept = department();
    const ownerN = Math.floor(rand() * 500);
    const owner: Actor = { sub: `eigenaar.${ownerN}`, name: `Eigenaar ${ownerN}`, roles: ['case-owner'] };
    const registeredAt = now - Math.floor((1 + rand() * 729) * DAY);
    const riskDraw = rand();
    const risk: RiskLevel = riskDraw < 0.5 ? 'low' : riskDraw < 0.85 ? 'medium' : 'high';
    const route: GateId[] = GATES.filter(
      (g) =>
        g === 'quick-scan' ||
        g === 'portfolio-decision' ||
        (g === 'dpia' && risk !== 'low') ||
        ((g === 'commission-reflection' || g === 'council-information') && risk === 'high'),
    );
    const decisionIdx = route.indexOf('portfolio-decision');
    const statusDraw = rand();
    const status =
      statusDraw < 0.55
        ? 'active'
        : statusDraw < 0.8
          ? 'in-use'
          : statusDraw < 0.84
            ? 'rejected'
            : statusDraw < 0.91
              ? 'withdrawn'
              : statusDraw < 0.97
                ? 'on-hold'
                : 'stopped';
    let completed: number;
    let activeIdx: number | null = null;
    if (status === 'active' || status === 'on-hold') {
      activeIdx = Math.floor(rand() * (decisionIdx + 1));
      completed = activeIdx;
    } else if (status === 'in-use') {
      completed = route.length;
    } else if (status === 'rejected') {
      completed = decisionIdx + 1;
    } else {
      completed = Math.floor(rand() * (decisionIdx + 1));
    }
    // Moments: each completed gate's end, plus the end of a withdrawal/stop; spread from registration to now.
    const moments = completed + (status === 'withdrawn' || status === 'stopped' ? 1 : 0);
    const end = now - 3_600_000;
    const points = Array.from({ length: moments }, () => registeredAt + 2000 + rand() * (end - registeredAt - 2000))
      .map(Math.floor)
      .sort((a, b) => a - b);

    const evs: Ev[] = [
      {
        at: registeredAt,
        action: 'registered',
        gate: null,
        actor: owner,
        payload: {
          registration: {
            title: `Project ${p}`,
            summary: 'Synthetisch project voor de monitoringbenchmark.',
            department: dept,
            technologies: ['sensor'],
            plannedStart: '2027-05-01',
          },
          policyVersion: 1,
        },
      },
    ];
    const intervals: Array<{ gate: GateId; step: string; role: Role; from: number; to: number }> = [];
    const gateViews: Array<Record<string, unknown>> = [];
    const taskRows: string[][] = [];
    let cursor = registeredAt + 1000;
    let nextDeadline: number | null = null;
    let decisionAt: number | null = null;
    const quickScanDone = completed > 0;
    const kind = quickScanDone ? kindFor(risk) : null;
    if (kind) routed += 1;

    for (const gate of GATES) {
      const idx = route.indexOf(gate);
      const inRoute = idx >= 0;
      // A withdrawn or stopped project was interrupted at the gate it had reached: its step closed, the gate pending.
      const interrupted = (status === 'withdrawn' || status === 'stopped') && idx === completed;
      if (!inRoute || idx > completed || (idx === completed && activeIdx !== idx && !interrupted)) {
        gateViews.push(view(gate, quickScanDone && !inRoute ? 'not-required' : 'pending'));
        continue;
      }
      const steps = STEPS[gate];
      const isActive = activeIdx === idx;
      const opened = cursor;
      const closes = isActive ? null : Math.max(points[idx] ?? end, opened + 60_000);
      // A two-step gate moves to its second step halfway (an active one: in half the cases).
      const stepCount = steps.length === 1 ? 1 : isActive ? (rand() < 0.5 ? 1 : 2) : 2;
      let stepOpened = opened;
      let lastStep = steps[0];
      for (let s = 0; s < stepCount; s++) {
        const step = steps[s];
        lastStep = step;
        const last = s === stepCount - 1;
        const stepEnd = last ? closes : Math.floor(opened + ((closes ?? now) - opened) / 2);
        const due = stepOpened + 14 * DAY;
        const sub = step.role === 'case-owner' ? owner.sub : null;
        const open = stepEnd === null;
        const overdue = open && due < now;
        const level = overdue ? (rand() < 0.5 ? 1 : rand() < 0.4 ? 2 : 0) : 0;
        taskRows.push([
          q(`${id}:${gate}:1:${step.step}`),
          q(id),
          q(gate),
          '1',
          q(step.step),
          q(step.role),
          q(sub),
          q(open ? 'open' : 'closed'),
          q(iso(stepOpened)),
          q(iso(due)),
          q(open ? null : iso(stepEnd)),
          String(level),
        ]);
        evs.push({
          at: stepOpened,
          action: 'step-opened',
          gate,
          actor: null,
          payload: { step: step.step, assigneeRole: step.role, cycle: 1 },
        });
        intervals.push({ gate, step: step.step, role: step.role, from: stepOpened, to: stepEnd ?? now });
        if (open) {
          nextDeadline = due;
          gateViews.push({
            ...view(gate, 'active'),
            assigneeRole: step.role,
            assigneeSub: sub,
            openedAt: iso(stepOpened),
            dueAt: iso(due),
            cycle: 1,
            step: step.step,
            escalationLevel: level,
          });
        } else if (!last && stepEnd !== null) {
          stepOpened = stepEnd + 1;
          if (gate === 'dpia')
            evs.push({
              at: stepEnd,
              action: 'dpia-submitted',
              gate,
              actor: owner,
              payload: { document: { reference: `corsa://dpia/${p}`, title: 'DPIA' } },
            });
          if (gate === 'commission-reflection')
            evs.push({
              at: stepEnd,
              action: 'commission-scheduled',
              gate,
              actor: STAFF.secretary,
              payload: { meetingDate: iso(stepEnd + 7 * DAY) },
            });
        }
      }
      if (interrupted) {
        gateViews.push(view(gate, 'pending'));
        continue;
      }
      if (closes !== null) {
        const outcome = gate === 'quick-scan' && kind ? kind.gateOutcome : gateOutcome(gate, status);
        // The answers as the workflow records them; the outcome as the gate records it (the workflow's event also
        // carries the full outcome with its reasons: left out, so benchmark 5 hashes about what it did before).
        if (gate === 'quick-scan')
          evs.push({
            at: closes,
            action: 'quick-scan-submitted',
            gate,
            actor: owner,
            payload: { answers: kind?.answers ?? {}, dpiaOptIn: false, outcome },
          });
        if (gate === 'dpia')
          evs.push({
            at: closes,
            action: 'dpo-advice-given',
            gate,
            actor: STAFF.dpo,
            payload: { advice: 'positive', conditions: [] },
          });
        if (gate === 'commission-reflection')
          evs.push({
            at: closes,
            action: 'reflection-recorded',
            gate,
            actor: STAFF.secretary,
            payload: { summary: 'Reflectie vastgelegd.', recommendations: [], publish: false },
          });
        if (gate === 'portfolio-decision') {
          decisionAt = closes;
          evs.push({
            at: closes,
            action: 'decision-taken',
            gate,
            actor: STAFF.alderman,
            payload: { outcome: status === 'rejected' ? 'rejected' : 'approved', rationale: 'Besluit.' },
          });
        }
        if (gate === 'council-information')
          evs.push({
            at: closes,
            action: 'council-informed',
            gate,
            actor: STAFF.liaison,
            payload: { reference: `RIB-${p}`, channel: 'raadsinformatiebrief' },
          });
        evs.push({ at: closes + 1, action: 'gate-completed', gate, actor: null, payload: { outcome } });
        gateViews.push({
          ...view(gate, 'completed'),
          assigneeRole: lastStep.role,
          assigneeSub: lastStep.role === 'case-owner' ? owner.sub : null,
          openedAt: iso(stepOpened),
          dueAt: iso(stepOpened + 14 * DAY),
          completedAt: iso(closes),
          cycle: 1,
          outcome,
        });
        cursor = closes + 2;
      }
    }
    if (status === 'in-use')
      evs.push({ at: (decisionAt ?? end) + 2, action: 'reevaluation-scheduled', gate: null, actor: null, payload: {} });
    const heldAt = status === 'on-hold' ? Math.floor(cursor + (now - cursor) * rand()) : null;
    if (heldAt !== null)
      evs.push({ at: heldAt, action: 'put-on-hold', gate: null, actor: owner, payload: { reason: 'Budget' } });
    if (status === 'withdrawn' || status === 'stopped') {
      const at = points[points.length - 1] ?? end;
      evs.push({
        at,
        action: status === 'withdrawn' ? 'withdrawn' : 'project-stopped',
        gate: null,
        actor: status === 'withdrawn' ? owner : null,
        payload: { reason: status === 'withdrawn' ? 'Project gaat niet door' : 'ai-act-prohibited-practice' },
      });
    }

    // Exactly `events` in all: the natural trail of each project, cut or padded with reminders.
    const budget = Math.floor((events * (p + 1)) / projects) - Math.floor((events * p) / projects);
    evs.sort((a, b) => a.at - b.at);
    if (evs.length > budget) evs.length = budget;
    let reminderNo = 0;
    while (evs.length < budget && intervals.length > 0) {
      const iv = pick(intervals);
      reminderNo += 1;
      evs.push({
        at: Math.floor(iv.from + (iv.to - iv.from) * rand()),
        action: 'reminder-sent',
        gate: iv.gate,
        actor: null,
        payload: { step: iv.step, dueAt: iso(iv.from + 14 * DAY), reminder: (reminderNo % 2) + 1, to: iv.role },
      });
    }
    evs.sort((a, b) => a.at - b.at);

    let prev = GENESIS_HASH;
    let lastAt = 0;
    for (let i = 0; i < evs.length; i++) {
      const e = evs[i];
      const at = Math.max(e.at, lastAt + 1);
      lastAt = at;
      const seq = i + 1;
      const eventId = `${id}:${seq}`;
      const occurredAt = iso(at);
      const canonical = canonicalEventText({
        id: eventId,
        projectId: id,
        seq,
        occurredAt,
        actor: e.actor,
        action: e.action,
        gate: e.gate,
        payload: e.payload,
        documentHashes: [],
        policyVersion: 1,
        workflowId,
        runId,
      });
      const hash = computeEventHash(prev, canonical);
      await auditCopy.row([
        q(eventId),
        q(id),
        String(seq),
        q(occurredAt),
        q(e.actor?.sub ?? null),
        q(e.actor?.name ?? null),
        pgArray(e.actor?.roles ?? []),
        q(e.action),
        q(e.gate),
        q(canonicalJson(e.payload)),
        q(canonical),
        pgArray([]),
        '1',
        q(workflowId),
        q(runId),
        q(prev),
        q(hash),
        q(iso(at + 5 + Math.floor(rand() * 60))),
      ]);
      prev = hash;
    }
    eventCount += evs.length;

    for (const t of taskRows) await taskCopy.row(t);
    taskCount += taskRows.length;
    const updatedAt = Math.max(lastAt, registeredAt) + 10;
    const closedForGood = status === 'withdrawn' || status === 'stopped';
    const currentGate = activeIdx !== null ? (route[activeIdx] ?? null) : null;
    await projectCopy.row([
      q(id),
      q(workflowId),
      q(runId),
      q(`Project ${p}`),
      q('Synthetisch project voor de monitoringbenchmark.'),
      q(dept),
      pgArray(['sensor']),
      q('2027-05-01'),
      q(owner.sub),
      q(owner.name),
      q(`${owner.sub}@enschede.example`),
      q(status),
      q(currentGate),
      q(JSON.stringify(gateViews)),
      q(nextDeadline !== null && !closedForGood ? iso(nextDeadline) : null),
      String(evs.length),
      q(iso(registeredAt)),
      q(iso(updatedAt)),
      q('waardenpoort'),
      '1',
      q(quickScanDone ? risk : null),
      q(
        // The kind's route as computed once, its decidedAt added: no JSON.stringify of outcome and reasons per row.
        `{"route":${kind ? `${kind.jsonHead},"decidedAt":${JSON.stringify(gateViews[0]?.completedAt ?? null)}}` : 'null'},` +
          JSON.stringify({
            advices: [],
            decision:
              decisionAt !== null
                ? {
                    outcome: status === 'rejected' ? 'rejected' : 'approved',
                    rationale: 'Besluit.',
                    conditions: [],
                    returnTo: null,
                    adviceResponses: [],
                    by: STAFF.alderman,
                    at: iso(decisionAt),
                  }
                : null,
            reflectionRequests: [],
            commission: null,
            priorConsultation: null,
            heldAt: heldAt !== null ? iso(heldAt) : null,
            cycle: 0,
            timers: [],
          }).slice(1),
      ),
    ]);
    if (p % 500 === 0) bar.update(p);
  }
  bar.update(projects);
  await Promise.all([projectCopy.end(), taskCopy.end(), auditCopy.end()]);
  bar.stop();

  const pg = new PgClient({ connectionString: url });
  await pg.connect();
  try {
    // The load ran with triggers off: make the derived pipeline figures (completed gates, decisions, the task
    // copies of department and hold state, the counters) from the projects, as after a restore.
    await pg.query('SELECT rebuild_project_figures()');
    // READ_SCOPE's facts (DPIA and commission flags, who acts on each project), as the read model writes them.
    for (const sql of REBUILD_READ_SCOPE_FACTS_SQL) await pg.query(sql);
    await pg.query('VACUUM ANALYZE project_participant');
    await pg.query('VACUUM ANALYZE project');
    await pg.query('VACUUM ANALYZE task');
    await pg.query('VACUUM ANALYZE audit_event');
    await pg.query('VACUUM ANALYZE project_gate_completion');
    await pg.query('VACUUM ANALYZE project_decision');
    // The counters (and their delta tables, which the rebuild emptied) as autovacuum leaves them.
    for (const table of ['pipeline_project_count', 'pipeline_task_count', 'lead_time_count'])
      await pg.query(`VACUUM ANALYZE ${table}, ${table}_delta`);
  } finally {
    await pg.end();
  }
  return {
    projects,
    routed,
    tasks: taskCount,
    auditEvents: eventCount,
    seconds: Math.round((Date.now() - t0) / 100) / 10,
  };
}

function view(gate: GateId, state: string): Record<string, unknown> {
  return { ...pendingGateView(gate), state };
}

/** The outcome a completed gate records; the quick-scan's comes from the project's kind. */
function gateOutcome(gate: GateId, status: string): Record<string, unknown> {
  switch (gate) {
    case 'quick-scan':
      throw new Error('the quick-scan outcome comes from the kind');
    case 'dpia':
      return { advice: 'positive' };
    case 'commission-reflection':
      return { recommendations: 0, published: false };
    case 'portfolio-decision':
      return { outcome: status === 'rejected' ? 'rejected' : 'approved', conditions: [] };
    case 'publication':
      return { published: [] };
    case 'council-information':
      return { reference: 'RIB', channel: 'raadsinformatiebrief' };
  }
}
