import type {
  AbsenceRepository,
  ClaimedNotification,
  NotificationRouting,
  Person,
  PersonRepository,
  ProjectMailContext,
} from '@waardenpoort/persistence';
import type { OrganisationSource } from './organisation-routing';
import { resolveRecipients } from './recipients';

const person = (sub: string, roles: string[], department: string | null = null): Person => ({
  sub,
  name: sub,
  email: `${sub}@enschede.example`,
  roles,
  department,
  language: 'nl',
  digest: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const DIRECTORY: Person[] = [
  person('hans', ['department-head'], 'Openbare Ruimte'),
  person('henk', ['department-head'], 'Sociaal Domein'),
  person('hugo', ['department-head']),
  person('fenna', ['dpo']),
  person('sam', ['ethics-secretary']),
  person('sanne', ['ethics-secretary', 'department-head'], 'Sociaal Domein'),
];
const people = {
  withRole: (role: string) => Promise.resolve(DIRECTORY.filter((p) => p.roles.includes(role))),
  get: (sub: string) => Promise.resolve(DIRECTORY.find((p) => p.sub === sub) ?? null),
} as unknown as PersonRepository;

const project = (over: Partial<ProjectMailContext> = {}): ProjectMailContext => ({
  id: 'p1',
  title: 'Slimme lantaarnpalen',
  department: 'Openbare Ruimte',
  caseOwnerSub: 'anna',
  caseOwnerName: 'Anna',
  caseOwnerEmail: 'anna@enschede.example',
  dpiaScope: false,
  commissionScope: false,
  ...over,
});

const toRole = (recipientRole: string): ClaimedNotification => ({
  id: 'n1',
  projectId: 'p1',
  kind: 'escalation',
  gate: 'quick-scan',
  recipientRole,
  recipientSub: null,
  dueAt: null,
  createdAt: new Date(),
  escalationLevel: 1,
  payload: {},
  attempts: 1,
});

describe('mail to a role reaches only who may read the project (READ_SCOPE)', () => {
  const subs = async (role: string, p: ProjectMailContext): Promise<Array<string | null>> =>
    (await resolveRecipients(toRole(role), { people, project: p, roleMailboxes: {} })).map((r) => r.sub);

  it("sends a department head's escalation to the head of that department only", async () => {
    expect(await subs('department-head', project())).toEqual(['hans']);
    expect(await subs('department-head', project({ department: 'Sociaal Domein' }))).toEqual(['henk', 'sanne']);
    // hugo has no department: no department's mail (fail closed).
    expect(await subs('department-head', project({ department: 'Milieu' }))).toEqual([]);
  });

  it('sends role mail about a DPIA or commission project to the DPO or secretary only when the project has one', async () => {
    expect(await subs('dpo', project())).toEqual([]);
    expect(await subs('dpo', project({ dpiaScope: true }))).toEqual(['fenna']);
    expect(await subs('ethics-secretary', project({ commissionScope: true }))).toEqual(['sam', 'sanne']);
    // sanne reads it as a department head of Sociaal Domein too: the union of her roles.
    expect(await subs('ethics-secretary', project({ department: 'Sociaal Domein' }))).toEqual(['sanne']);
  });
});

describe("a department head's mail while the head is away", () => {
  it('records the recipients it finally went to, and whom the substitute stood in for', async () => {
    const recorded: NotificationRouting[] = [];
    const organisation = {
      get: () =>
        Promise.resolve({ id: 'Sociaal Domein', active: true, headSub: 'henk', deputySubs: ['sanne'], version: 3 }),
      recordRouting: (r: NotificationRouting) => Promise.resolve(void recorded.push(r)),
      routing: () => Promise.resolve(null),
    } as unknown as OrganisationSource;
    // Henk is away; Sanne, his deputy, stands in for him and gets the mail in her own right.
    const absences = {
      activeOf: (sub: string) => Promise.resolve(sub === 'henk' ? { personSub: 'henk', substituteSub: 'sanne' } : null),
    } as unknown as AbsenceRepository;
    const found = await resolveRecipients(toRole('department-head'), {
      people,
      project: project({ department: 'Sociaal Domein' }),
      roleMailboxes: {},
      organisation,
      absences,
    });
    expect(found.map((r) => r.sub)).toEqual(['sanne']);
    expect(recorded).toEqual([
      expect.objectContaining({
        reason: 'department-head',
        departmentVersion: 3,
        recipients: ['sanne@enschede.example'],
        standIns: [
          {
            recipient: 'sanne@enschede.example',
            sub: 'sanne',
            name: 'sanne',
            standsInFor: { sub: 'henk', name: 'henk' },
          },
        ],
      }),
    ]);
  });
});
