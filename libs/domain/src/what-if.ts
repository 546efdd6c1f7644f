import { resolveAnswers } from './policy/answers';
import { evaluateQuickScan } from './policy/evaluate';
import { isAppliesFrom, ruleInForceFrom, type RuleComingIntoForce } from './policy/in-force';
import { OUTCOME_DIMENSIONS, type OutcomeDimension, type OutcomeValues, type Policy } from './policy/types';
import type { ProjectRoute } from './project';
import { ROUTE_DEPENDENT_GATES, routeGates, type RouteDependentGate } from './route-gates';

/**
 * What a draft policy would do to the portfolio (issue 20): each project's latest quick-scan answers evaluated under
 * the draft and compared with the route it has. Pure: the API streams the projects through it and never stores the
 * draft. An answer the draft asks for and the project never gave is reported (`needs-new-quick-scan`), never
 * guessed; an answer to a question the draft no longer has is dropped, and named.
 */

/**
 * `changed`: an outcome or a gate of the route would change; `reasons-changed`: the route stays, but the rules that
 * ground it would not all be the same (the reasons on record change).
 */
export const WHAT_IF_VERDICTS = [
  'unchanged',
  'reasons-changed',
  'changed',
  'needs-new-quick-scan',
  'no-quick-scan',
] as const;
export type WhatIfVerdict = (typeof WHAT_IF_VERDICTS)[number];

export interface WhatIfProject {
  id: string;
  title: string;
  department: string;
  status: string;
  /** The route of its latest quick-scan; null when none was done yet. */
  route: Pick<ProjectRoute, 'outcome' | 'answers' | 'dpiaOptIn'> | null;
  /** A reflection was asked for besides the route (it keeps the commission gate whatever the draft says). */
  reflectionRequested: boolean;
}

export interface DimensionChange {
  dimension: OutcomeDimension;
  from: string;
  to: string;
}

export interface WhatIfProjectResult {
  projectId: string;
  title: string;
  department: string;
  status: string;
  /** The policy version the project's route came from. */
  pinned: { id: string; version: number } | null;
  verdict: WhatIfVerdict;
  changes: DimensionChange[];
  rulesNewlyFiring: string[];
  rulesNoLongerFiring: string[];
  gatesOpened: RouteDependentGate[];
  gatesClosed: RouteDependentGate[];
  /** Questions the draft would show that the project never answered. */
  missingAnswers: string[];
  /** Answers the draft would not accept (an option it removed, a number out of its range), with why. */
  invalidAnswers: Array<{ questionId: string; message: string }>;
  /** Answers to questions the draft no longer asks; left out of the evaluation. */
  droppedAnswers: string[];
}

const text = (v: unknown): string => String(v);

export interface WhatIfOptions {
  /**
   * ISO instant the draft is evaluated on (`whatIfMoment`): its rules dated after it do not fire. The route a project
   * has stays as recorded. Absent: every rule of the draft counts.
   */
  on?: string;
}

/**
 * The moment a what-if looks at, from how the CIO office writes it: a date is the start of that day in Amsterdam (as a
 * rule's `appliesFrom`, so a rule dated that day is in force), an instant needs its offset. Null when it is neither.
 */
export function whatIfMoment(text: string): string | null {
  if (!isAppliesFrom(text)) return null;
  const ms = ruleInForceFrom({ appliesFrom: text });
  return ms === null ? null : new Date(ms).toISOString();
}

/** One project under the draft, on `options.on`. */
export function whatIfProject(draft: Policy, p: WhatIfProject, options: WhatIfOptions = {}): WhatIfProjectResult {
  const base: WhatIfProjectResult = {
    projectId: p.id,
    title: p.title,
    department: p.department,
    status: p.status,
    pinned: p.route ? { id: p.route.outcome.policy.id, version: p.route.outcome.policy.version } : null,
    verdict: 'no-quick-scan',
    changes: [],
    rulesNewlyFiring: [],
    rulesNoLongerFiring: [],
    gatesOpened: [],
    gatesClosed: [],
    missingAnswers: [],
    invalidAnswers: [],
    droppedAnswers: [],
  };
  if (!p.route) return base;

  const known = new Set(draft.questionnaire.questions.map((q) => q.id));
  const answers: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(p.route.answers ?? {})) {
    if (known.has(id)) answers[id] = value;
    else base.droppedAnswers.push(id);
  }
  const resolved = resolveAnswers(draft, answers);
  for (const issue of resolved.issues) {
    if (issue.code === 'missing' && issue.questionId) base.missingAnswers.push(issue.questionId);
    else if (issue.questionId) base.invalidAnswers.push({ questionId: issue.questionId, message: issue.message });
  }
  if (resolved.issues.length > 0) return { ...base, verdict: 'needs-new-quick-scan' };

  const before = p.route.outcome;
  const after = evaluateQuickScan(draft, answers as never, options.on === undefined ? {} : { on: options.on });
  for (const dimension of OUTCOME_DIMENSIONS) {
    const from = before[dimension] as OutcomeValues[OutcomeDimension] | undefined;
    if (from !== after[dimension])
      base.changes.push({ dimension, from: text(from ?? 'none'), to: text(after[dimension]) });
  }
  const firedBefore = new Set(before.reasons.map((r) => r.ruleId));
  const firedAfter = new Set(after.reasons.map((r) => r.ruleId));
  base.rulesNewlyFiring = [...firedAfter].filter((id) => !firedBefore.has(id));
  base.rulesNoLongerFiring = [...firedBefore].filter((id) => !firedAfter.has(id));

  const choices = { dpiaOptIn: p.route.dpiaOptIn, reflectionRequested: p.reflectionRequested };
  const gatesBefore = new Set(routeGates(before, choices));
  const gatesAfter = new Set(routeGates(after, choices));
  base.gatesOpened = ROUTE_DEPENDENT_GATES.filter((g) => gatesAfter.has(g) && !gatesBefore.has(g));
  base.gatesClosed = ROUTE_DEPENDENT_GATES.filter((g) => gatesBefore.has(g) && !gatesAfter.has(g));

  const routeChanges = base.changes.length + base.gatesOpened.length + base.gatesClosed.length > 0;
  const reasonsChange = base.rulesNewlyFiring.length + base.rulesNoLongerFiring.length > 0;
  return { ...base, verdict: routeChanges ? 'changed' : reasonsChange ? 'reasons-changed' : 'unchanged' };
}

export interface DepartmentTotals {
  department: string;
  projects: number;
  changed: number;
  needsNewQuickScan: number;
  gatesOpened: number;
  gatesClosed: number;
}

export interface WhatIfTotals {
  projects: number;
  verdicts: Record<WhatIfVerdict, number>;
  /** Per dimension, how many projects move from each value to each other value. */
  transitions: Array<{ dimension: OutcomeDimension; from: string; to: string; projects: number }>;
  /** Per dimension, how many projects have each value now and under the draft (the picture of the shift). */
  distribution: Record<OutcomeDimension, { before: Record<string, number>; after: Record<string, number> }>;
  gates: Record<RouteDependentGate, { opened: number; closed: number }>;
  rules: Array<{ ruleId: string; newlyFiring: number; noLongerFiring: number }>;
  departments: DepartmentTotals[];
  /** The draft's dated rules that do not apply yet on the day looked at, earliest first: they would change more later. */
  rulesComingIntoForce: RuleComingIntoForce[];
}

/** Under the draft, a project that needs a new quick-scan has no value yet: counted apart in the distribution. */
export const NEEDS_NEW_QUICK_SCAN = 'needs-new-quick-scan';

const increment = (m: Map<string, number> | Record<string, number>, key: string, by = 1): void => {
  if (m instanceof Map) m.set(key, (m.get(key) ?? 0) + by);
  else m[key] = (m[key] ?? 0) + by;
};

/** The totals of a what-if, added up one project at a time (the projects stream; only these counts are kept). */
export class WhatIfTally {
  private projects = 0;
  private readonly verdicts = Object.fromEntries(WHAT_IF_VERDICTS.map((v) => [v, 0])) as Record<WhatIfVerdict, number>;
  private readonly transitions = new Map<string, number>();
  private readonly distribution = Object.fromEntries(
    OUTCOME_DIMENSIONS.map((d) => [d, { before: {}, after: {} }]),
  ) as WhatIfTotals['distribution'];
  private readonly gates = Object.fromEntries(
    ROUTE_DEPENDENT_GATES.map((g) => [g, { opened: 0, closed: 0 }]),
  ) as WhatIfTotals['gates'];
  private readonly rules = new Map<string, { newlyFiring: number; noLongerFiring: number }>();
  private readonly departments = new Map<string, DepartmentTotals>();

  /** `comingIntoForce`: the draft's rules not yet in force on the day looked at (`rulesComingIntoForce`). */
  constructor(private readonly comingIntoForce: readonly RuleComingIntoForce[] = []) {}

  add(r: WhatIfProjectResult, before: Partial<OutcomeValues> | null): void {
    this.projects += 1;
    this.verdicts[r.verdict] += 1;
    const dept = this.departments.get(r.department) ?? {
      department: r.department,
      projects: 0,
      changed: 0,
      needsNewQuickScan: 0,
      gatesOpened: 0,
      gatesClosed: 0,
    };
    this.departments.set(r.department, dept);
    dept.projects += 1;
    if (r.verdict === 'changed') dept.changed += 1;
    if (r.verdict === 'needs-new-quick-scan') dept.needsNewQuickScan += 1;
    dept.gatesOpened += r.gatesOpened.length;
    dept.gatesClosed += r.gatesClosed.length;
    if (!before) return;

    const moved = new Map(r.changes.map((c) => [c.dimension, c.to]));
    for (const dimension of OUTCOME_DIMENSIONS) {
      const from = text(before[dimension] ?? 'none');
      increment(this.distribution[dimension].before, from);
      const to = r.verdict === 'needs-new-quick-scan' ? NEEDS_NEW_QUICK_SCAN : (moved.get(dimension) ?? from);
      increment(this.distribution[dimension].after, to);
    }
    for (const c of r.changes) increment(this.transitions, `${c.dimension}\u0000${c.from}\u0000${c.to}`);
    for (const g of r.gatesOpened) this.gates[g].opened += 1;
    for (const g of r.gatesClosed) this.gates[g].closed += 1;
    const rule = (id: string): { newlyFiring: number; noLongerFiring: number } => {
      const entry = this.rules.get(id) ?? { newlyFiring: 0, noLongerFiring: 0 };
      this.rules.set(id, entry);
      return entry;
    };
    for (const id of r.rulesNewlyFiring) rule(id).newlyFiring += 1;
    for (const id of r.rulesNoLongerFiring) rule(id).noLongerFiring += 1;
  }

  totals(): WhatIfTotals {
    return {
      projects: this.projects,
      verdicts: { ...this.verdicts },
      transitions: [...this.transitions]
        .map(([key, projects]) => {
          const [dimension, from, to] = key.split('\u0000') as [OutcomeDimension, string, string];
          return { dimension, from, to, projects };
        })
        .sort(
          (a, b) =>
            OUTCOME_DIMENSIONS.indexOf(a.dimension) - OUTCOME_DIMENSIONS.indexOf(b.dimension) ||
            b.projects - a.projects ||
            (a.from + a.to < b.from + b.to ? -1 : 1),
        ),
      distribution: this.distribution,
      gates: this.gates,
      rules: [...this.rules].map(([ruleId, n]) => ({ ruleId, ...n })).sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1)),
      departments: [...this.departments.values()].sort((a, b) => (a.department < b.department ? -1 : 1)),
      rulesComingIntoForce: this.comingIntoForce.map((r) => ({ ...r })),
    };
  }
}
