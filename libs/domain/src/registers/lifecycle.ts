import {
  requireCaseOwner,
  requireCleanText,
  requireIndependent,
  requireOpen,
  requireRole,
  requireStep,
  requireText,
} from '../checks';
import { STEP_ROLES, type GateStep } from '../gates';
import { ActionRefused, addContributor, gateApplies, gateOf, person } from '../lifecycle';
import type { Policy, TaskTiming } from '../policy/types';
import type { ProjectSnapshot } from '../project';
import type { ActingFor, Actor } from '../roles';
import type { Draft } from '../reducer/draft';
import { followCase, PUBLICATION_CATEGORY_OF, registerPolicyOf, registersOf, registerStatusOf } from './assemble';
import { REGISTER_KINDS, REGISTER_STANDARDS, type RegisterEntry, type RegisterKind } from './definition';
import { emptyRegisterState, type RegisterState } from './state';
import { validateRegisterEntry, type RegisterIssue } from './validate';

/**
 * The publication gate in the lifecycle: the case owner submits the register entries the route asks for, the CIO
 * office publishes them or returns them with remarks, and a published entry follows the case (withdrawn or stopped:
 * a new version "Buiten gebruik"). The reducer calls these; nothing here touches the gates before the decision.
 */

export interface RegisterEntrySubmission {
  actor: Actor;
  /** Set by the API when the actor stands in for the case owner (see ActingFor) */
  actingFor?: ActingFor;
  /** One entry per register the route asks for (see `registersOf`). */
  entries: Partial<Record<RegisterKind, RegisterEntry>>;
}

export interface RegisterEntryReview {
  actor: Actor;
  outcome: 'publish' | 'return';
  /** Required when returning: what the case owner must change. */
  remarks?: string;
}

/** Refused entries, with every issue field by field (the refusal's details). */
export class RegisterEntryRefused extends ActionRefused {
  constructor(readonly issues: Array<RegisterIssue & { register: RegisterKind }>) {
    super('invalid-payload', issues.map((i) => `${i.register}.${i.message.en}`).join('; '));
  }
}

/** The timing of the publication gate when a policy version from before it says none (every earlier version). */
export const DEFAULT_PUBLICATION_TIMING: TaskTiming & { tasks: Record<'publish-register-entry', TaskTiming> } = {
  assignee: 'case-owner',
  deadline: '20wd',
  remindBefore: ['5wd', '1wd'],
  escalation: [
    { role: 'department-head', after: '2wd' },
    { role: 'cio-office', after: '5wd' },
  ],
  tasks: {
    'publish-register-entry': {
      assignee: 'cio-office',
      deadline: '10wd',
      remindBefore: ['2wd'],
      escalation: [{ role: 'cio-office', after: '5wd' }],
    },
  },
};

/** The timing of a publication step: the policy's, or the default for versions from before the gate. */
export function publicationTiming(policy: Pick<Policy, 'gates'>, step: GateStep): TaskTiming {
  const g = policy.gates.publication ?? DEFAULT_PUBLICATION_TIMING;
  if (step === 'publish-register-entry') {
    return g.tasks?.['publish-register-entry'] ?? DEFAULT_PUBLICATION_TIMING.tasks['publish-register-entry'];
  }
  return g;
}

export function registerStateOf(s: ProjectSnapshot): RegisterState {
  return s.registers ?? emptyRegisterState(registersOf(s));
}

/**
 * What Waardenpoort sets itself, whatever was submitted: the own id, the status and the category from the case, and
 * the organisation from the project's policy when that version names it (older versions leave the owner's).
 */
export function withCaseFacts(
  kind: RegisterKind,
  s: ProjectSnapshot,
  entry: RegisterEntry,
  now: string,
  policy: Pick<Policy, 'registers'> | null,
): RegisterEntry {
  const out: RegisterEntry = { ...entry, source_id: s.projectId, status: registerStatusOf(s.status) };
  if (policy?.registers) out.organization = policy.registers.organization;
  if (kind === 'algorithm') {
    const category = s.route?.outcome.algorithmRegister;
    if (category && category !== 'none') out.publication_category = PUBLICATION_CATEGORY_OF[category];
  }
  return out.status === 'Buiten gebruik' ? followCase(out, s.status, now) : out;
}

/** The contact rule's people: the case owner and whoever submits (never a register contact). */
function personalEmails(s: ProjectSnapshot, actor: Actor): string[] {
  return [s.caseOwner.email, actor.email].filter((e) => typeof e === 'string' && e.length > 0);
}

/** The long texts (HTML) keep their line breaks; every other string of an entry is one line. */
const MULTI_LINE_FIELDS = REGISTER_KINDS.flatMap((k) =>
  REGISTER_STANDARDS[k].fields.filter((x) => x.kind === 'html').map((x) => `entries.${k}.${x.name}`),
);

export function checkRegisterEntrySubmission(
  s: ProjectSnapshot,
  a: RegisterEntrySubmission,
  now: string,
  policy: Pick<Policy, 'registers'>,
): void {
  requireCleanText(a, MULTI_LINE_FIELDS);
  requireOpen(s);
  requireCaseOwner(s, a, 'submitting the register entries');
  requireStep(s, 'publication', ['prepare-register-entry']);
  const entries = a.entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries)) {
    throw new ActionRefused('invalid-payload', 'entries must be an object keyed by register (algorithm, sensor)');
  }
  const wanted = registerStateOf(s).kinds;
  const issues: Array<RegisterIssue & { register: RegisterKind }> = [];
  for (const key of Object.keys(entries)) {
    if (!wanted.includes(key as RegisterKind)) {
      issues.push({
        register: key as RegisterKind,
        field: 'entry',
        code: 'unknown-register',
        message: {
          nl: `${key}: dit project hoort niet in dit register`,
          en: `${key}: this project does not belong in this register`,
        },
      });
    }
  }
  for (const kind of wanted) {
    const entry = entries[kind];
    const rule = {
      personalEmails: personalEmails(s, a.actor),
      functionAddresses: registerPolicyOf(policy).functionAddresses,
    };
    const found =
      entry === undefined
        ? [{ field: 'entry', code: 'required', message: { nl: 'entry: is verplicht', en: 'entry: is required' } }]
        : validateRegisterEntry(kind, withCaseFacts(kind, s, entry, now, policy), rule);
    issues.push(...found.map((i) => ({ ...i, register: kind })));
  }
  if (issues.length > 0) throw new RegisterEntryRefused(issues);
}

export function checkRegisterEntryReview(s: ProjectSnapshot, a: RegisterEntryReview): void {
  requireCleanText(a, ['remarks']);
  requireOpen(s);
  requireRole(a.actor, STEP_ROLES['publish-register-entry'], 'reviewing the register entries');
  // Nobody publishes anything of a project they own or contributed to (the submitter is a contributor).
  requireIndependent(s, a.actor, 'publishing the register entries');
  requireStep(s, 'publication', ['publish-register-entry']);
  if (a.outcome !== 'publish' && a.outcome !== 'return') {
    throw new ActionRefused('invalid-payload', 'outcome must be publish or return');
  }
  if (a.outcome === 'return') requireText(a.remarks, 'remarks', 2_500);
}

/** The gate opens after an approved decision, with the registers the route names and what was published before. */
export function openPublication(d: Draft): void {
  const s = d.s;
  const previous = s.registers;
  s.registers = { ...emptyRegisterState(registersOf(s)), published: previous?.published ?? {} };
  d.openGate('publication');
}

export function submitRegisterEntries(d: Draft, a: RegisterEntrySubmission): void {
  const s = d.s;
  const state = registerStateOf(s);
  const submitted: Partial<Record<RegisterKind, RegisterEntry>> = {};
  for (const kind of state.kinds) submitted[kind] = withCaseFacts(kind, s, a.entries[kind] ?? {}, d.now, d.policy);
  s.registers = { ...state, submitted, submittedBy: person(a.actor), remarks: null };
  addContributor(s, a.actor.sub, 'register-entry', d.now);
  d.emit('register-entry-submitted', 'publication', a.actor, { entries: submitted });
  d.openStep('publication', 'publish-register-entry');
}

export function reviewRegisterEntries(d: Draft, a: RegisterEntryReview): void {
  const s = d.s;
  const state = registerStateOf(s);
  if (a.outcome === 'return') {
    s.registers = { ...state, remarks: a.remarks ?? null };
    d.emit('register-entry-returned', 'publication', a.actor, { remarks: a.remarks });
    d.openStep('publication', 'prepare-register-entry');
    // The read model shows the gate's outcome: the case owner reads there what to change.
    gateOf(s, 'publication').outcome = { returned: true, remarks: a.remarks ?? null };
    return;
  }
  const published = { ...state.published };
  for (const kind of state.kinds) {
    const entry = state.submitted[kind];
    if (!entry) continue;
    const version = (published[kind]?.version ?? 0) + 1;
    published[kind] = { version, at: d.now, entry };
    d.emit('register-entry-published', 'publication', a.actor, { register: kind, version, entry });
  }
  s.registers = { ...state, published };
  d.completeGate('publication', { published: state.kinds });
  if (gateApplies(s, 'council-information') && gateOf(s, 'council-information').state === 'pending') {
    d.openGate('council-information');
  }
}

/**
 * A published entry follows the case: once the project is withdrawn or stopped, each published entry gets a new
 * version with status "Buiten gebruik" and the end month, recorded like any publication (no person: the case did it).
 */
export function followCaseInRegisters(d: Draft, reason: string): void {
  const s = d.s;
  const state = s.registers;
  if (!state) return;
  const published = { ...state.published };
  for (const kind of REGISTER_KINDS) {
    const last = published[kind];
    if (!last || last.entry.status === 'Buiten gebruik') continue;
    const entry = followCase(last.entry, s.status, d.now);
    const version = last.version + 1;
    published[kind] = { version, at: d.now, entry };
    d.emit('register-entry-published', 'publication', null, { register: kind, version, entry, reason });
  }
  s.registers = { ...state, published };
}

/** Whether the register task would reopen: the route's registers or category changed since the last publication. */
export function registersChanged(s: ProjectSnapshot): boolean {
  const state = s.registers;
  if (!state || Object.keys(state.published).length === 0) return false;
  const kinds = registersOf(s);
  if (kinds.length !== state.kinds.length || kinds.some((k) => !state.kinds.includes(k))) return true;
  const category = s.route?.outcome.algorithmRegister;
  const published = state.published.algorithm?.entry.publication_category;
  return category !== undefined && category !== 'none' && published !== PUBLICATION_CATEGORY_OF[category];
}
