import {
  ADVICE_GROUP,
  fillLetterText,
  type Advice,
  type AdviceResponse,
  type CouncilLetterPlaceholder,
  type CouncilLetterTemplate,
  type Decision,
  type FieldGroup,
  type OutcomeValues,
  type ProjectRoute,
} from '@waardenpoort/domain';
import {
  ADVICE_KIND_LABELS,
  ADVICE_VALUE_LABELS,
  DECISION_LABELS,
  FIELD_LABELS,
  labelOf,
  longDate,
  OUTCOME_LABELS,
  RESPONSE_LABELS,
  TECHNOLOGY_LABELS,
  type Lang,
} from './letter-labels';

/** The letter as structure; the docx and PDF renderers lay out the same blocks. Every string is plain text. */
export type LetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: Array<{ label: string; value: string }> }
  | { kind: 'list'; items: string[] };

export interface LetterDocument {
  lang: Lang;
  title: string;
  subject: string;
  draftNotice: string;
  /** Subject, date, project id, template version: the letter's head. */
  meta: Array<{ label: string; value: string }>;
  blocks: LetterBlock[];
  /** On every page: draft, project id and the policy version whose template made it. */
  footer: string;
  /** Document properties (docx core properties, PDF info). */
  properties: { title: string; subject: string; keywords: string; description: string };
}

/** The project as the reader may read it (`trimProject`): absent fields are outside the reader's field groups. */
export interface LetterProject {
  id: string;
  title: string;
  summary: string;
  department: string;
  technologies: string[];
  plannedStart: string;
  gates: Array<{ gate: string; state: string }>;
  policy: { id: string; version: number } | null;
  route?: ProjectRoute | null;
  advices?: Advice[];
  decision?: Decision | null;
}

export interface LetterInput {
  project: LetterProject;
  /** The field groups the reader may read: an absent fact outside them is "not readable", not "absent". */
  groups: ReadonlySet<FieldGroup>;
  template: CouncilLetterTemplate;
  /** The policy version the template comes from (the active one when the letter is drafted). */
  templatePolicy: { id: string; version: number };
  lang: Lang;
  now: Date;
}

/**
 * Bidirectional controls and marks (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) in case texts become visible
 * `[U+202E]`: multi-line fields may hold them, and in a letter they could reorder what follows them on the line.
 */
export function safeText(text: string): string {
  return text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const hex = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `[U+${hex}]`;
  });
}

/** `dpo-advice-0` → `dpo-advice`: an advice id is its kind and the cycle it was given in. */
function kindOfAdviceId(id: string): string {
  return id.replace(/-\d+$/, '');
}

type AdviceKind = keyof typeof ADVICE_GROUP;
const DPIA_KINDS: AdviceKind[] = ['dpo-advice', 'dpa-prior-consultation'];
const COMMISSION_KINDS: AdviceKind[] = ['commission-reflection'];

export function composeLetter(input: LetterInput): LetterDocument {
  const { project, groups, template: t, templatePolicy, lang, now } = input;
  const L = (text: { nl: string; en: string }): string => text[lang];
  const decision = project.decision ?? null;
  const facts: Record<CouncilLetterPlaceholder, string> = {
    projectTitle: safeText(project.title),
    department: safeText(project.department),
    decisionOutcome: decision ? labelOf(DECISION_LABELS, decision.outcome, lang) : '',
    decisionDate: decision ? longDate(decision.at, lang) : '',
    decidedBy: decision ? safeText(decision.by.name) : '',
    letterDate: longDate(now.toISOString(), lang),
    policyId: templatePolicy.id,
    policyVersion: String(templatePolicy.version),
  };
  const fill = (text: { nl: string; en: string }): string => fillLetterText(L(text), facts);
  const policyName = (p: { id: string; version: number }): string =>
    L(FIELD_LABELS.policyVersion).replace('{id}', p.id).replace('{version}', String(p.version));

  const blocks: LetterBlock[] = [{ kind: 'paragraph', text: fill(t.salutation) }];
  blocks.push({ kind: 'paragraph', text: fill(t.introduction) });

  // The project
  blocks.push({ kind: 'heading', text: fill(t.headings.project) });
  blocks.push({
    kind: 'fields',
    rows: [
      { label: L(FIELD_LABELS.title), value: safeText(project.title) },
      { label: L(FIELD_LABELS.department), value: safeText(project.department) },
      {
        label: L(FIELD_LABELS.technologies),
        value: project.technologies.map((x) => labelOf(TECHNOLOGY_LABELS, x, lang)).join(', '),
      },
      { label: L(FIELD_LABELS.plannedStart), value: longDate(project.plannedStart, lang) },
    ],
  });
  blocks.push({ kind: 'paragraph', text: safeText(project.summary) });

  // The route and why
  blocks.push({ kind: 'heading', text: fill(t.headings.route) });
  const route = project.route ?? null;
  if (!route) {
    blocks.push({ kind: 'paragraph', text: fill(groups.has('quickScan') ? t.absent.noRoute : t.absent.notReadable) });
  } else {
    const o = route.outcome;
    const dims = [
      'riskLevel',
      'dpia',
      'commission',
      'council',
      'aiActClass',
      'algorithmRegister',
      'sensorRegister',
    ] as const satisfies ReadonlyArray<keyof OutcomeValues & keyof typeof FIELD_LABELS>;
    blocks.push({
      kind: 'fields',
      rows: dims.map((d) => ({ label: L(FIELD_LABELS[d]), value: labelOf(OUTCOME_LABELS[d], String(o[d]), lang) })),
    });
    blocks.push({ kind: 'subheading', text: L(FIELD_LABELS.rules) });
    if (o.reasons.length === 0) blocks.push({ kind: 'paragraph', text: fill(t.absent.noRules) });
    else
      blocks.push({
        kind: 'list',
        items: o.reasons.map((r) => {
          const where = `${r.source.citation}${r.source.pinpoint ? `, ${r.source.pinpoint}` : ''}`;
          return `${L(r.text)} (${L(FIELD_LABELS.source)}: ${where}, ${L(r.source.title)})`;
        }),
      });
    blocks.push({
      kind: 'paragraph',
      text: `${L(FIELD_LABELS.routeBy)} ${L(FIELD_LABELS.on)} ${longDate(route.decidedAt, lang)}, ${policyName(o.policy)}.`,
    });
  }

  // Each advice and how the decision answered it
  blocks.push({ kind: 'heading', text: fill(t.headings.advices) });
  const gateState = (gate: string): string | undefined => project.gates.find((g) => g.gate === gate)?.state;
  const adviceGroup = (kinds: AdviceKind[], none: { nl: string; en: string }, noAdvice: typeof none) => {
    const inKinds = (kind: string): boolean => (kinds as readonly string[]).includes(kind);
    const advices = (project.advices ?? []).filter((a) => inKinds(a.kind));
    const responses = (decision?.adviceResponses ?? []).filter((r) => inKinds(kindOfAdviceId(r.adviceId)));
    const ids = [...new Set([...advices.map((a) => a.id), ...responses.map((r) => r.adviceId)])];
    if (ids.length === 0) {
      blocks.push({ kind: 'paragraph', text: fill(none) });
      return;
    }
    for (const id of ids) blocks.push(...adviceBlocks(id, advices, responses, noAdvice));
  };
  const adviceBlocks = (
    id: string,
    advices: Advice[],
    responses: AdviceResponse[],
    noAdvice: { nl: string; en: string },
  ): LetterBlock[] => {
    const kind = kindOfAdviceId(id);
    const readable = kind in ADVICE_GROUP && groups.has(ADVICE_GROUP[kind as AdviceKind]);
    const out: LetterBlock[] = [{ kind: 'subheading', text: labelOf(ADVICE_KIND_LABELS, kindOfAdviceId(id), lang) }];
    const advice = advices.find((a) => a.id === id);
    if (advice) {
      out.push({
        kind: 'fields',
        rows: [
          { label: L(FIELD_LABELS.advice), value: labelOf(ADVICE_VALUE_LABELS, advice.value, lang) },
          { label: L(FIELD_LABELS.date), value: longDate(advice.at, lang) },
        ],
      });
      if (advice.summary) out.push({ kind: 'paragraph', text: safeText(advice.summary) });
      if (advice.conditions.length > 0) {
        out.push({ kind: 'paragraph', text: `${L(FIELD_LABELS.adviceConditions)}:` });
        out.push({ kind: 'list', items: advice.conditions.map(safeText) });
      }
    } else out.push({ kind: 'paragraph', text: fill(readable ? noAdvice : t.absent.notReadable) });
    const response = responses.find((r) => r.adviceId === id);
    if (!response) out.push({ kind: 'paragraph', text: fill(t.absent.noAnswer) });
    else {
      const rows = [{ label: L(FIELD_LABELS.answer), value: labelOf(RESPONSE_LABELS, response.response, lang) }];
      if (response.explanation.trim() !== '')
        rows.push({ label: L(FIELD_LABELS.explanation), value: safeText(response.explanation) });
      out.push({ kind: 'fields', rows });
    }
    return out;
  };
  const dpiaNone = gateState('dpia') === 'not-required' ? t.absent.noDpia : t.absent.noDpoAdvice;
  adviceGroup(DPIA_KINDS, dpiaNone, t.absent.noDpoAdvice);
  const commissionNone =
    gateState('commission-reflection') === 'not-required' ? t.absent.noCommission : t.absent.noReflection;
  adviceGroup(COMMISSION_KINDS, commissionNone, t.absent.noReflection);

  // The decision and its conditions
  blocks.push({ kind: 'heading', text: fill(t.headings.decision) });
  if (!decision) blocks.push({ kind: 'paragraph', text: fill(t.absent.notReadable) });
  else
    blocks.push({
      kind: 'fields',
      rows: [
        { label: L(FIELD_LABELS.outcome), value: facts.decisionOutcome },
        { label: L(FIELD_LABELS.date), value: facts.decisionDate },
        { label: L(FIELD_LABELS.decidedBy), value: facts.decidedBy },
        { label: L(FIELD_LABELS.rationale), value: safeText(decision.rationale) },
      ],
    });
  blocks.push({ kind: 'heading', text: fill(t.headings.conditions) });
  if (decision && decision.conditions.length > 0)
    blocks.push({ kind: 'list', items: decision.conditions.map(safeText) });
  else blocks.push({ kind: 'paragraph', text: fill(decision ? t.absent.noConditions : t.absent.notReadable) });

  blocks.push({ kind: 'paragraph', text: fill(t.closing) });
  blocks.push({ kind: 'paragraph', text: fill(t.signature) });

  const title = fill(t.title);
  const subject = fill(t.subject);
  const template = `${L(FIELD_LABELS.template)}: ${policyName(templatePolicy)}`;
  return {
    lang,
    title,
    subject,
    draftNotice: fill(t.draftNotice),
    meta: [
      { label: L(FIELD_LABELS.subject), value: subject },
      { label: L(FIELD_LABELS.date), value: facts.letterDate },
      { label: L(FIELD_LABELS.project), value: project.id },
      { label: L(FIELD_LABELS.template), value: policyName(templatePolicy) },
    ],
    blocks,
    footer: `${title} (${lang === 'nl' ? 'concept' : 'draft'}) · ${L(FIELD_LABELS.project)} ${project.id} · ${template}`,
    properties: {
      title: `${title}: ${facts.projectTitle}`,
      subject,
      keywords: `waardenpoort; project ${project.id}; ${templatePolicy.id} v${templatePolicy.version}`,
      description: template,
    },
  };
}
