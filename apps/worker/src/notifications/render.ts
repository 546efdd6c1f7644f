import { createHash } from 'node:crypto';
import {
  DECISION_OUTCOMES,
  GATE_STEPS,
  isGateId,
  isRole,
  NOTIFICATION_KINDS,
  type DecisionOutcome,
  type GateStep,
  type NotificationKind,
} from '@waardenpoort/domain';
import { GATE_LABELS, ROLE_LABELS, STEP_TASKS } from '@waardenpoort/domain/texts';
import { formatMoment, formatShortMoment, type MailLanguage } from './amsterdam-time';
import { DECISION_LABELS, digestCount, fill, KIND_LABELS, LABELS, PHRASES, type Bilingual } from './texts';

/** What a mail says about a notification: the outbox row, as far as rendering needs it. */
export interface MailNotification {
  id: string;
  projectId: string;
  kind: string;
  gate: string | null;
  recipientRole: string;
  dueAt: Date | null;
  escalationLevel: number;
  payload: Record<string, unknown>;
}

interface MailProject {
  title: string;
  department: string;
}

export interface MailAddressee {
  name: string;
  /** A role's shared mailbox rather than a person */
  mailbox: boolean;
  language: MailLanguage;
}

export interface RenderedMail {
  subject: string;
  text: string;
  language: MailLanguage;
}

export interface RenderContext {
  addressee: MailAddressee;
  project: MailProject | null;
  /** Where people open Waardenpoort; links point at its project pages. */
  publicUrl: string;
}

function isKind(value: string): value is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

function isStep(value: unknown): value is GateStep {
  return typeof value === 'string' && (GATE_STEPS as readonly string[]).includes(value);
}

function isOutcome(value: unknown): value is DecisionOutcome {
  return typeof value === 'string' && (DECISION_OUTCOMES as readonly string[]).includes(value);
}

function t(text: Bilingual, language: MailLanguage, values: Record<string, string | number> = {}): string {
  return fill(text[language], values);
}

/** "Projectleider / opdrachtgever" reads as "projectleider / opdrachtgever" mid-sentence; "CIO Office" stays. */
function midSentence(label: string): string {
  return /^[A-Z][A-Z]/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

function roleLabel(role: string, language: MailLanguage): string {
  return isRole(role) ? midSentence(ROLE_LABELS[role][language]) : role;
}

function projectLink(publicUrl: string, projectId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/projects/${encodeURIComponent(projectId)}`;
}

/**
 * A Message-ID that depends only on `key` (a notification and recipient, or a digest): a mail that is sent again
 * after an attempt whose outcome was lost carries the same id, so a receiver can recognise the copy.
 */
export function messageIdFor(key: string, fromAddress: string): string {
  const domain = fromAddress.split('@')[1] ?? 'waardenpoort.invalid';
  return `<wp.${createHash('sha256').update(key).digest('hex').slice(0, 40)}@${domain}>`;
}

function titleOf(n: MailNotification, project: MailProject | null): string {
  const fromPayload = n.payload['title'];
  return typeof fromPayload === 'string' && fromPayload ? fromPayload : (project?.title ?? n.projectId);
}

function reasonOf(n: MailNotification): string | null {
  const reason = n.payload['reason'];
  return typeof reason === 'string' ? reason : null;
}

/** The instruction the mail is about, when it asks something of the reader. */
function taskOf(n: MailNotification, language: MailLanguage): string | null {
  if (n.kind !== 'task-opened' && n.kind !== 'reminder' && n.kind !== 'escalation') return null;
  if (reasonOf(n) === 'ai-act-prohibited-practice') return null;
  const step = n.payload['step'];
  // While the workflow awaits the meeting, the case owner's task is the submission deadline.
  if (step === 'await-meeting' && n.recipientRole === 'case-owner') return t(PHRASES.submitForMeeting, language);
  return isStep(step) ? STEP_TASKS[step][language] : null;
}

function rows(entries: Array<[string, string | null]>, indent = ''): string {
  const present = entries.filter((e): e is [string, string] => e[1] !== null && e[1] !== '');
  const width = Math.max(...present.map(([label]) => label.length + 1)) + 2;
  return present.map(([label, value]) => `${indent}${`${label}:`.padEnd(width)}${value}`).join('\n');
}

/** The facts of one notification: what is asked, of which project, by when. */
function facts(
  n: MailNotification,
  ctx: RenderContext,
  indent = '',
  extra: Array<[string, string | null]> = [],
): string {
  const lang = ctx.addressee.language;
  const outcome = n.payload['outcome'];
  const due = n.dueAt ? `${formatMoment(n.dueAt, lang)} ${t(PHRASES.timeZone, lang)}` : null;
  return rows(
    [
      [t(LABELS.asked, lang), taskOf(n, lang)],
      [t(LABELS.project, lang), titleOf(n, ctx.project)],
      [t(LABELS.department, lang), ctx.project?.department ?? null],
      [t(LABELS.gate, lang), n.gate && isGateId(n.gate) ? GATE_LABELS[n.gate][lang] : null],
      [n.kind === 'escalation' ? t(LABELS.wasDue, lang) : t(LABELS.dueBy, lang), due],
      [t(LABELS.decision, lang), n.kind === 'decision' && isOutcome(outcome) ? DECISION_LABELS[outcome][lang] : null],
      [t(LABELS.level, lang), n.kind === 'escalation' && n.escalationLevel > 0 ? String(n.escalationLevel) : null],
      ...extra,
    ],
    indent,
  );
}

function subjectOf(n: MailNotification, ctx: RenderContext): string {
  const lang = ctx.addressee.language;
  const title = titleOf(n, ctx.project);
  const task = taskOf(n, lang);
  const label = isKind(n.kind) ? KIND_LABELS[n.kind][lang] : n.kind;
  switch (n.kind) {
    case 'task-opened':
      return task ? `${label}: ${task} – ${title}` : `${label} – ${title}`;
    case 'reminder': {
      const due = n.dueAt ? `, ${t(PHRASES.subjectDue, lang, { when: formatShortMoment(n.dueAt, lang) })}` : '';
      return task ? `${label}: ${task} – ${title}${due}` : `${label} – ${title}${due}`;
    }
    case 'escalation': {
      const reason = reasonOf(n);
      const what =
        reason === 'ai-act-prohibited-practice'
          ? PHRASES.subjectProhibited
          : reason === 'statutory-term-expired'
            ? PHRASES.subjectStatutory
            : reason === 'needs-attention'
              ? PHRASES.subjectAttention
              : PHRASES.subjectDeadlinePassed;
      return `${label}: ${t(what, lang)} – ${title}`;
    }
    case 'decision': {
      const outcome = n.payload['outcome'];
      return isOutcome(outcome)
        ? `${label}: ${t(PHRASES.subjectDecision, lang, { title, outcome: DECISION_LABELS[outcome][lang] })}`
        : `${label} – ${title}`;
    }
    default:
      return `${label} – ${title}`;
  }
}

function introOf(n: MailNotification, ctx: RenderContext): string {
  const lang = ctx.addressee.language;
  const kind = isKind(n.kind) ? n.kind : null;
  switch (kind) {
    case 'task-opened':
      return t(PHRASES.taskOpened, lang);
    case 'reminder':
      return t(PHRASES.reminder, lang);
    case 'escalation': {
      const reason = reasonOf(n);
      if (reason === 'ai-act-prohibited-practice') return t(PHRASES.escalationProhibited, lang);
      if (reason === 'statutory-term-expired') return t(PHRASES.escalationStatutory, lang);
      if (reason === 'needs-attention') return t(PHRASES.escalationAttention, lang);
      return t(PHRASES.escalation, lang, { role: roleLabel(n.recipientRole, lang) });
    }
    case 'decision': {
      const outcome = n.payload['outcome'];
      return t(PHRASES.decision, lang, { outcome: isOutcome(outcome) ? DECISION_LABELS[outcome][lang] : '' });
    }
    case 'reflection-published': {
      const summary = n.payload['summary'];
      const intro = t(PHRASES.reflection, lang);
      return typeof summary === 'string' && summary
        ? `${intro}\n\n${t(PHRASES.reflectionSummary, lang, { summary })}`
        : intro;
    }
    case 'commission-meeting': {
      const at = n.payload['meetingDate'];
      const when = typeof at === 'string' ? `${formatMoment(new Date(at), lang)} ${t(PHRASES.timeZone, lang)}` : '';
      const reason = reasonOf(n);
      if (reason === 'waiting') return t(PHRASES.meetingWaiting, lang);
      if (reason === 'placed') return t(PHRASES.meetingPlaced, lang, { when });
      return t(reason === 'moved' ? PHRASES.meetingMoved : PHRASES.meetingAssigned, lang, { when });
    }
    case 'project-stopped':
      return reasonOf(n) === 'ai-act-prohibited-practice'
        ? t(PHRASES.stoppedProhibited, lang)
        : t(PHRASES.stopped, lang);
    case null:
      return '';
  }
}

function greeting(addressee: MailAddressee): string {
  return addressee.mailbox
    ? t(PHRASES.greetMailbox, addressee.language)
    : t(PHRASES.greetPerson, addressee.language, { name: addressee.name });
}

/** One notification as one mail to one addressee. */
export function renderNotification(n: MailNotification, ctx: RenderContext): RenderedMail {
  const lang = ctx.addressee.language;
  const link = projectLink(ctx.publicUrl, n.projectId);
  const asks = taskOf(n, lang) !== null;
  const footer = ctx.addressee.mailbox
    ? t(PHRASES.footerMailbox, lang, { role: roleLabel(n.recipientRole, lang) })
    : t(PHRASES.footerPerson, lang, { role: roleLabel(n.recipientRole, lang) });
  const text = [
    greeting(ctx.addressee),
    introOf(n, ctx),
    facts(n, ctx),
    t(asks ? PHRASES.openTask : PHRASES.openProject, lang, { link }),
    t(PHRASES.closing, lang),
    `-- \n${footer}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { subject: subjectOf(n, ctx), text: `${text}\n`, language: lang };
}

export interface DigestItem {
  notification: MailNotification;
  project: MailProject | null;
  /** Why the reader gets what was meant for someone else (a department head's task rerouted to the CIO office) */
  note?: Bilingual | null;
}

/** A day's held task and reminder mails of one addressee as one mail, oldest first. */
export function renderDigest(items: DigestItem[], ctx: { addressee: MailAddressee; publicUrl: string }): RenderedMail {
  const lang = ctx.addressee.language;
  const count = digestCount(lang, items.length);
  const blocks = items.map(({ notification: n, project, note }, i) => {
    const label = isKind(n.kind) ? KIND_LABELS[n.kind][lang] : n.kind;
    const itemCtx: RenderContext = { addressee: ctx.addressee, project, publicUrl: ctx.publicUrl };
    const open: [string, string] = [t(LABELS.open, lang), projectLink(ctx.publicUrl, n.projectId)];
    // The same note as the single mail would start with, Dutch first, under the entry it explains.
    const why = note ? `\n   ${note.nl}\n   ${note.en}` : '';
    return `${i + 1}. ${label} – ${titleOf(n, project)}\n${facts(n, itemCtx, '   ', [open])}${why}`;
  });
  const text = [
    greeting(ctx.addressee),
    t(PHRASES.digestIntro, lang),
    ...blocks,
    t(PHRASES.closing, lang),
    `-- \n${t(PHRASES.digestFooter, lang)}`,
  ].join('\n\n');
  return { subject: t(PHRASES.digestSubject, lang, { count }), text: `${text}\n`, language: lang };
}
