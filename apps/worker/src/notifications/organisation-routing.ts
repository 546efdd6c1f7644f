import { type Department, type RoutingReason } from '@waardenpoort/domain';
import { ROLE_LABELS } from '@waardenpoort/domain/texts';
import type {
  ClaimedNotification,
  NotificationRouting,
  OrganisationRepository,
  Person,
  PersonRepository,
  ProjectMailContext,
} from '@waardenpoort/persistence';
import type { Recipient } from './recipients';
import type { Bilingual } from './texts';

/** What department-head routing needs: the organisation model, and where the routing is recorded. */
export type OrganisationSource = Pick<OrganisationRepository, 'get' | 'recordRouting' | 'routing'>;

export interface DepartmentHeadRouting {
  /** The people to write to (head first, then deputies), or the CIO office's people */
  people: Person[];
  /** Whether the CIO office's shared mailbox gets it too (only when it stands in for the department) */
  cioMailbox: boolean;
  reason: RoutingReason;
  department: Department | null;
}

/**
 * Who gets a notification for the role `department-head`: the head and deputies of the project's own department in
 * the organisation model, and nobody else. A department the model does not know (or deactivated), without a head,
 * or whose head and deputies have no address goes to the CIO office instead, and the mail says why.
 */
export async function routeToDepartmentHead(
  project: ProjectMailContext,
  people: Pick<PersonRepository, 'get' | 'withRole'>,
  organisation: OrganisationSource,
  usable: (email: string | null) => boolean,
): Promise<DepartmentHeadRouting> {
  const found = await organisation.get(project.department);
  const department = found?.active ? found : null;
  let reason: RoutingReason = department === null ? 'department-unknown' : 'department-without-head';
  let chosen: Person[] = [];
  if (department?.headSub) {
    for (const sub of [department.headSub, ...department.deputySubs]) {
      const person = await people.get(sub);
      if (person && usable(person.email)) chosen.push(person);
    }
    if (chosen.length > 0) reason = 'department-head';
  }
  const toCio = reason !== 'department-head';
  if (toCio) chosen = (await people.withRole('cio-office')).filter((p) => usable(p.email));
  return { people: chosen, cioMailbox: toCio, reason, department };
}

/**
 * Records the routing once per notification, with the recipients it finally went to (after substitutes took an absent
 * person's place) and whom each substitute stood in for (the audit trail shows it too).
 */
export async function recordRouting(
  organisation: OrganisationSource,
  n: ClaimedNotification,
  project: ProjectMailContext,
  routing: DepartmentHeadRouting,
  recipients: ReadonlyArray<Pick<Recipient, 'address' | 'sub' | 'name' | 'standsInFor'>>,
): Promise<void> {
  await organisation.recordRouting({
    notificationId: n.id,
    projectId: n.projectId,
    department: project.department,
    reason: routing.reason,
    departmentVersion: routing.department?.version ?? null,
    recipients: recipients.map((r) => r.address),
    standIns: recipients.flatMap((r) =>
      r.sub === null
        ? []
        : (r.standsInFor ?? []).map((absent) => ({
            recipient: r.address,
            sub: r.sub as string,
            name: r.name,
            standsInFor: absent,
          })),
    ),
  });
}

/** The note a rerouted mail starts with: why the CIO office gets what was meant for the department head. */
export function routingNote(routing: Pick<NotificationRouting, 'department' | 'reason'>): Bilingual | null {
  const head = ROLE_LABELS['department-head'];
  switch (routing.reason) {
    case 'department-head':
      return null;
    case 'department-unknown':
      return {
        nl:
          `Deze escalatie gaat naar het CIO-office omdat de afdeling ${routing.department} niet bekend is in het ` +
          `organisatiemodel van Waardenpoort; er is dus geen ${head.nl.toLowerCase()} om haar naar toe te sturen.`,
        en:
          `This escalation goes to the CIO office because the department ${routing.department} is not known in ` +
          `Waardenpoort's organisation model, so there is no ${head.en.toLowerCase()} to send it to.`,
      };
    case 'department-without-head':
      return {
        nl:
          `Deze escalatie gaat naar het CIO-office omdat de afdeling ${routing.department} geen bereikbaar ` +
          `${head.nl.toLowerCase()} of plaatsvervanger heeft in het organisatiemodel van Waardenpoort.`,
        en:
          `This escalation goes to the CIO office because the department ${routing.department} has no reachable ` +
          `${head.en.toLowerCase()} or deputy in Waardenpoort's organisation model.`,
      };
  }
}
