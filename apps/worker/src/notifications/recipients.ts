import { canReadProject, isRole, type Role } from '@waardenpoort/domain';
import { ROLE_LABELS } from '@waardenpoort/domain/texts';
import type {
  AbsenceRepository,
  ClaimedNotification,
  Person,
  PersonRepository,
  ProjectMailContext,
} from '@waardenpoort/persistence';
import type { MailLanguage } from './amsterdam-time';
import {
  recordRouting,
  routeToDepartmentHead,
  type DepartmentHeadRouting,
  type OrganisationSource,
} from './organisation-routing';
import { sendToSubstitutes } from './substitutes';

export interface Recipient {
  /** Lower-cased: one mail per address */
  address: string;
  /** null for a role mailbox */
  sub: string | null;
  name: string;
  language: MailLanguage;
  /** Wants tasks and reminders in a daily digest */
  digest: boolean;
  /** The absent people whose mail this recipient gets as their substitute (substitutes.ts) */
  standsInFor?: Array<{ sub: string; name: string }>;
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+$/;

function usable(address: string | null | undefined): address is string {
  return typeof address === 'string' && ADDRESS.test(address.trim());
}

/** A person of the directory with a usable address, as a recipient in their own language and digest choice. */
function personRecipient(person: Person, email: string): Recipient {
  return {
    address: email.trim().toLowerCase(),
    sub: person.sub,
    name: person.name,
    language: person.language,
    digest: person.digest,
  };
}

/** Whether a person of the directory may read the project (READ_SCOPE), with every role their last token had. */
function mayRead(
  project: ProjectMailContext,
  person: { sub: string; roles: string[]; department: string | null },
): boolean {
  return canReadProject(
    {
      department: project.department,
      caseOwnerSub: project.caseOwnerSub,
      participantSubs: [project.caseOwnerSub],
      dpia: project.dpiaScope,
      commission: project.commissionScope,
    },
    { sub: person.sub, roles: person.roles.filter(isRole), department: person.department },
  );
}

/** Only tasks and reminders wait for a digest: an escalation or a stopped project is news that cannot wait. */
const DIGESTIBLE = new Set(['task-opened', 'reminder']);

export function goesToDigest(kind: string, recipient: Recipient): boolean {
  return recipient.sub !== null && recipient.digest && DIGESTIBLE.has(kind);
}

export interface RecipientSources {
  people: PersonRepository;
  project: ProjectMailContext | null;
  roleMailboxes: Partial<Record<Role, string>>;
  /** The organisation model: without it, department-head mail goes to every head who may read the project */
  organisation?: OrganisationSource;
  /** Absences: mail for someone away goes to their substitute */
  absences?: AbsenceRepository;
}

/** The role's shared mailbox (ROLE_MAILBOXES) as a recipient, if it has one. */
function roleMailbox(role: string, from: RecipientSources): Recipient | null {
  const mailbox = isRole(role) ? from.roleMailboxes[role] : undefined;
  if (!mailbox || !isRole(role)) return null;
  return { address: mailbox.toLowerCase(), sub: null, name: ROLE_LABELS[role].nl, language: 'nl', digest: false };
}

/**
 * Who receives a notification. A named person (the case owner) gets it alone, from the directory when they have
 * used Waardenpoort, else at the address the project was registered with. A role gets it at the address of
 * everyone in the directory with that role, and at the role's shared mailbox when one is configured.
 */
export async function resolveRecipients(n: ClaimedNotification, from: RecipientSources): Promise<Recipient[]> {
  const found: Recipient[] = [];
  let routed: DepartmentHeadRouting | null = null;
  if (n.recipientSub) {
    const person = await from.people.get(n.recipientSub);
    if (person && usable(person.email)) {
      found.push(personRecipient(person, person.email));
    } else if (from.project?.caseOwnerSub === n.recipientSub && usable(from.project.caseOwnerEmail)) {
      found.push({
        address: from.project.caseOwnerEmail.trim().toLowerCase(),
        sub: n.recipientSub,
        name: from.project.caseOwnerName,
        language: 'nl',
        digest: false,
      });
    }
  } else if (n.recipientRole === 'department-head' && from.project && from.organisation) {
    // The head and deputies of the project's own department (organisation-routing.ts), else the CIO office.
    routed = await routeToDepartmentHead(from.project, from.people, from.organisation, usable);
    for (const person of routed.people) found.push(personRecipient(person, person.email as string));
    const mailbox = routed.cioMailbox ? roleMailbox('cio-office', from) : null;
    if (mailbox) found.push(mailbox);
  } else {
    for (const person of await from.people.withRole(n.recipientRole)) {
      if (!usable(person.email)) continue;
      // A mail to a role carries the project's title and department and links to its page: only to those of the
      // role who may read the project (READ_SCOPE; a department head of another department gets none).
      if (from.project && !mayRead(from.project, person)) continue;
      found.push(personRecipient(person, person.email));
    }
    const mailbox = roleMailbox(n.recipientRole, from);
    if (mailbox) found.push(mailbox);
  }
  // A person whose own address is also the role mailbox gets one mail, addressed to them.
  const final = onePerAddress(await sendToSubstitutes(found, from, n.recipientSub !== null));
  // Recorded as it finally goes: a substitute in an absent head's place is named, with whom they stand in for.
  if (routed && from.project && from.organisation && final.length > 0) {
    await recordRouting(from.organisation, n, from.project, routed, final);
  }
  return final;
}

/** One recipient per address, the first; whom a dropped copy stood in for stays with the one kept. */
function onePerAddress(recipients: Recipient[]): Recipient[] {
  const kept = new Map<string, Recipient>();
  for (const r of recipients) {
    const first = kept.get(r.address);
    if (!first) kept.set(r.address, r);
    else if (r.standsInFor?.length) {
      kept.set(r.address, { ...first, standsInFor: [...(first.standsInFor ?? []), ...r.standsInFor] });
    }
  }
  return [...kept.values()];
}
