import { gateOf } from '../lifecycle';
import type { AlgorithmRegisterCategory, Policy, RegisterPolicy } from '../policy/types';
import { CLOSED_PROJECT_STATUSES, type ProjectSnapshot, type ProjectStatus } from '../project';
import {
  REGISTER_ORGANIZATION_MAX,
  type LinkItem,
  type PublicationCategory,
  type RegisterEntry,
  type RegisterKind,
  type RegisterStatus,
} from './definition';
import { isHttpsUrl } from './validate';

/** What the case does not know itself: configuration and documents found elsewhere (the trail). */
export interface AssemblyOptions {
  /** The organisation's full name from the TOOI list. */
  organization?: string;
  /** ISO instant: the moment the entry is assembled (for an end month). */
  now: string;
  /** Links to the assessments the case holds, when they are public (an https reference). */
  assessments?: { dpia?: string | null; iama?: string | null };
}

export const DEFAULT_REGISTER_ORGANIZATION = 'Gemeente Enschede';

/** What a policy version without a `registers` section means. */
export const DEFAULT_REGISTER_POLICY: Readonly<Required<RegisterPolicy>> = {
  organization: DEFAULT_REGISTER_ORGANIZATION,
  functionAddresses: [],
};

/** The policy's register section, with the defaults for a version that has none. */
export function registerPolicyOf(policy: Pick<Policy, 'registers'> | null | undefined): Required<RegisterPolicy> {
  const r = policy?.registers;
  return {
    organization: r?.organization ?? DEFAULT_REGISTER_POLICY.organization,
    functionAddresses: r?.functionAddresses ?? [],
  };
}

export const PUBLICATION_CATEGORY_OF: Record<Exclude<AlgorithmRegisterCategory, 'none'>, PublicationCategory> = {
  A: 'Hoog-risico AI-systeem',
  B: 'Impactvolle algoritmes',
  C: 'Overige algoritmes',
};

/** The registers the project's route puts it in (the quick-scan's register category and sensor flag). */
export function registersOf(s: Pick<ProjectSnapshot, 'route'>): RegisterKind[] {
  const o = s.route?.outcome;
  if (!o) return [];
  const kinds: RegisterKind[] = [];
  if (o.algorithmRegister && o.algorithmRegister !== 'none') kinds.push('algorithm');
  if (o.sensorRegister === true) kinds.push('sensor');
  return kinds;
}

const OUT_OF_USE: ReadonlySet<ProjectStatus> = new Set(CLOSED_PROJECT_STATUSES);

/** The register status of a project status: in development until in use, out of use once closed. */
export function registerStatusOf(status: ProjectStatus): RegisterStatus {
  if (status === 'in-use') return 'In gebruik';
  if (OUT_OF_USE.has(status)) return 'Buiten gebruik';
  return 'In ontwikkeling';
}

const month = (iso: string): string => iso.slice(0, 7);

/** Cuts to at most `max` code points, ending with an ellipsis when it had to cut. */
export function clip(text: string, max: number): string {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

/** The legal sources the fired rules cite, once each, with their link when the policy gives one. */
export function lawfulBasisOf(s: Pick<ProjectSnapshot, 'route'>): LinkItem[] {
  const seen = new Map<string, LinkItem>();
  for (const r of s.route?.outcome.reasons ?? []) {
    const src = r.source;
    if (seen.has(src.id)) continue;
    const title = clip(src.citation, 100);
    seen.set(src.id, src.url && isHttpsUrl(src.url) ? { title, link: src.url } : { title });
  }
  return [...seen.values()];
}

function impactAssessments(s: ProjectSnapshot, options: AssemblyOptions): LinkItem[] {
  const out: LinkItem[] = [];
  const dpia = s.gates.find((g) => g.gate === 'dpia');
  if (dpia?.state === 'completed') {
    const link = options.assessments?.dpia;
    const title = 'Data Protection Impact Assessment (DPIA)';
    out.push(link && isHttpsUrl(link) ? { title, link } : { title });
  }
  const iama = options.assessments?.iama;
  if (iama && isHttpsUrl(iama)) out.push({ title: 'Impact Assessment Mensenrechten en Algoritmes (IAMA)', link: iama });
  return out;
}

function common(s: ProjectSnapshot, options: AssemblyOptions): RegisterEntry {
  const status = registerStatusOf(s.status);
  return {
    name: clip(s.registration.title, 100),
    organization: clip(options.organization ?? DEFAULT_REGISTER_ORGANIZATION, REGISTER_ORGANIZATION_MAX),
    status,
    ...(status === 'Buiten gebruik' ? { end_date: month(options.now) } : {}),
    source_id: s.projectId,
  };
}

/**
 * The draft algorithm register entry that the case already knows: name and short description from the
 * registration, status from the project's status, the publication category from the route, the begin month from
 * the decision (or the planned start), the DPIA (and IAMA) as impact assessments and the legal sources the fired
 * rules cite. The case owner completes the rest (contact, goal, ...). Pure.
 */
export function assembleAlgorithmEntry(s: ProjectSnapshot, options: AssemblyOptions): RegisterEntry {
  const category = s.route?.outcome.algorithmRegister ?? 'none';
  const begin = s.decision?.at ?? `${s.registration.plannedStart}T00:00:00.000Z`;
  const entry: RegisterEntry = {
    ...common(s, options),
    description_short: clip(s.registration.summary.replace(/\s+/g, ' '), 350),
    ...(category !== 'none' ? { publication_category: PUBLICATION_CATEGORY_OF[category] } : {}),
    begin_date: month(begin),
  };
  const assessments = impactAssessments(s, options);
  if (assessments.length > 0) entry.impacttoetsen_grouping = assessments;
  const law = lawfulBasisOf(s);
  if (law.length > 0) entry.lawful_basis_grouping = law;
  return orderLike(entry);
}

/** The draft sensor register entry: what the case knows; type, purpose, ground and location come from the owner. */
export function assembleSensorEntry(s: ProjectSnapshot, options: AssemblyOptions): RegisterEntry {
  const tech = s.registration.technologies;
  const sensorType = tech.includes('camera') ? 'Camera' : tech.includes('drone') ? 'Drone' : undefined;
  const law = lawfulBasisOf(s);
  return orderLike({
    ...common(s, options),
    ...(sensorType ? { sensor_type: sensorType, mobility: sensorType === 'Drone' ? 'Mobiel' : undefined } : {}),
    purpose: clip(s.registration.summary.replace(/\s+/g, ' '), 1000),
    ...(law.length > 0 ? { legal_ground: clip(law.map((x) => x.title).join('; '), 500) } : {}),
  });
}

export function assembleEntry(kind: RegisterKind, s: ProjectSnapshot, options: AssemblyOptions): RegisterEntry {
  return kind === 'algorithm' ? assembleAlgorithmEntry(s, options) : assembleSensorEntry(s, options);
}

/**
 * The entry after the case moved on: the owner's completed entry with the status the project has now (and the end
 * month once out of use). Used when a withdrawal or stop follows publication.
 */
export function followCase(entry: RegisterEntry, status: ProjectStatus, now: string): RegisterEntry {
  const next = registerStatusOf(status);
  const out: RegisterEntry = { ...entry, status: next };
  if (next === 'Buiten gebruik') out.end_date = month(now);
  else delete out.end_date;
  return out;
}

/** Drops absent values (so a draft validates field by field for what it has). */
function orderLike(entry: RegisterEntry): RegisterEntry {
  return Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));
}

/** Whether the decision gate's outcome lets a register entry be published (approved, with or without conditions). */
export function decisionAllowsPublication(s: ProjectSnapshot): boolean {
  const o = s.decision?.outcome ?? gateOf(s, 'portfolio-decision').outcome?.outcome;
  return o === 'approved' || o === 'approved-with-conditions';
}
