import { pendingGateView } from './lifecycle';
import { GATE_IDS } from './gates';
import type { ProjectSnapshot } from './project';
import {
  ADVICE_GROUP,
  canReadProject,
  eventPayloadGroup,
  FIELD_GROUPS,
  inProjectScope,
  participantsOf,
  PROJECT_SCOPES,
  projectScopesOf,
  READ_SCOPE,
  readableFieldGroups,
  ROLES_SEEING_ALL,
  scopeFlagsOf,
  type ProjectScopeFacts,
} from './read-scope';
import { ROLES } from './roles';

const plain: ProjectScopeFacts = {
  department: 'Openbare Ruimte',
  caseOwnerSub: 'anna',
  participantSubs: ['anna', 'piet'],
  dpia: false,
  commission: false,
};

describe('READ_SCOPE, the table', () => {
  it('gives every role a rule that shows at least the summary of what it sees', () => {
    for (const role of ROLES) {
      expect(PROJECT_SCOPES).toContain(READ_SCOPE[role].projects);
      expect(READ_SCOPE[role].fields).toContain('summary');
      for (const g of READ_SCOPE[role].fields) expect(FIELD_GROUPS).toContain(g);
    }
  });

  it('lets the portfolio holder, council liaison, CIO office and auditor see every project', () => {
    expect([...ROLES_SEEING_ALL].sort()).toEqual(['auditor', 'cio-office', 'council-liaison', 'portfolio-holder']);
  });

  it('lets the auditor and the CIO office read every field group, refused attempts included', () => {
    expect([...READ_SCOPE.auditor.fields].sort()).toEqual([...FIELD_GROUPS].sort());
    expect([...READ_SCOPE['cio-office'].fields].sort()).toEqual([...FIELD_GROUPS].sort());
    for (const role of ROLES.filter((r) => r !== 'auditor' && r !== 'cio-office')) {
      expect({ role, refusals: READ_SCOPE[role].fields.includes('refusals') }).toEqual({ role, refusals: false });
    }
  });

  it('keeps the DPIA content from the department head, ethics secretary and council liaison', () => {
    for (const role of ['department-head', 'ethics-secretary', 'council-liaison'] as const) {
      expect(READ_SCOPE[role].fields).not.toContain('dpia');
    }
    for (const role of ['department-head', 'dpo', 'privacy-officer'] as const) {
      expect(READ_SCOPE[role].fields).not.toContain('commission');
    }
  });

  it('gives the council liaison each advice the decision answered, not the DPIA it was given on', () => {
    expect(READ_SCOPE['council-liaison'].fields).toContain('dpiaAdvice');
    expect(ADVICE_GROUP['dpo-advice']).toBe('dpiaAdvice');
    expect(ADVICE_GROUP['dpa-prior-consultation']).toBe('dpiaAdvice');
    // Whoever reads the DPIA reads the advices given on it.
    for (const role of ROLES.filter((r) => READ_SCOPE[r].fields.includes('dpia')))
      expect({ role, advice: READ_SCOPE[role].fields.includes('dpiaAdvice') }).toEqual({ role, advice: true });
    expect(eventPayloadGroup('dpo-advice-given', 'dpia')).toBe('dpiaAdvice');
    expect(eventPayloadGroup('prior-consultation-answered', 'dpia')).toBe('dpiaAdvice');
    expect(eventPayloadGroup('dpia-submitted', 'dpia')).toBe('dpia');
    expect(eventPayloadGroup('action-refused', 'dpia')).toBe('refusals');
    expect(eventPayloadGroup('registered', null)).toBeNull();
    expect(eventPayloadGroup('no-such-action', 'dpia')).toBe('dpia');
  });
});

describe('project scopes', () => {
  const reader = { sub: 'anna', roles: [], department: 'Openbare Ruimte' };

  it.each([
    ['all', plain, true],
    ['acting', plain, true],
    ['acting', { ...plain, caseOwnerSub: 'bert', participantSubs: ['bert'] }, false],
    ['acting', { ...plain, caseOwnerSub: 'bert', participantSubs: ['bert', 'anna'] }, true],
    ['department', plain, true],
    ['department', { ...plain, department: 'Sociaal Domein' }, false],
    ['dpia', plain, false],
    ['dpia', { ...plain, dpia: true }, true],
    ['commission', plain, false],
    ['commission', { ...plain, commission: true }, true],
  ] as const)('%s over %o: %p', (scope, facts, expected) => {
    expect(inProjectScope(scope, facts, reader)).toBe(expected);
  });

  it('shows a department head without a department no project at all (fail closed)', () => {
    for (const department of [undefined, null, '']) {
      const head = { sub: 'hans', roles: ['department-head' as const], department };
      expect(canReadProject(plain, head)).toBe(false);
      expect(canReadProject({ ...plain, department: '' }, head)).toBe(false);
    }
    expect(canReadProject(plain, { sub: 'hans', roles: ['department-head'], department: 'Openbare Ruimte' })).toBe(
      true,
    );
  });

  it('shows a deputy (or head) in the organisation model the projects of the departments they lead', () => {
    const deputy = {
      sub: 'dora',
      roles: ['department-head' as const],
      department: 'Elders',
      ledDepartments: ['Openbare Ruimte'],
    };
    expect(canReadProject(plain, deputy)).toBe(true);
    expect(canReadProject({ ...plain, department: 'Elders' }, deputy)).toBe(true);
    expect(canReadProject({ ...plain, department: 'Derde' }, deputy)).toBe(false);
    // Only through the department-head role's scope.
    expect(canReadProject(plain, { ...deputy, roles: ['privacy-officer'] })).toBe(false);
  });

  it('shows a reader without roles nothing', () => {
    expect(readableFieldGroups({ ...plain, dpia: true, commission: true }, { sub: 'anna', roles: [] }).size).toBe(0);
  });

  it('gives a person with several roles the union: per project, the groups of the roles that see it', () => {
    const both = { sub: 'anna', roles: ['case-owner' as const, 'dpo' as const] };
    // Own plain project: the case owner's groups.
    expect([...readableFieldGroups(plain, both)].sort()).toEqual([...READ_SCOPE['case-owner'].fields].sort());
    // Somebody else's DPIA project: the DPO's groups only.
    const other = { ...plain, caseOwnerSub: 'bert', participantSubs: ['bert'], dpia: true };
    expect([...readableFieldGroups(other, both)].sort()).toEqual([...READ_SCOPE.dpo.fields].sort());
    // Somebody else's plain project: nothing.
    expect(canReadProject({ ...other, dpia: false }, both)).toBe(false);
    expect(projectScopesOf(both)).toEqual(['acting', 'dpia']);
  });
});

describe('scope facts of a snapshot', () => {
  const snapshot = (over: Partial<ProjectSnapshot> = {}): ProjectSnapshot =>
    ({
      caseOwner: { sub: 'anna', name: 'Anna', email: '', roles: ['case-owner'] },
      gates: GATE_IDS.map(pendingGateView),
      route: null,
      advices: [],
      decision: null,
      reflectionRequests: [],
      timers: [],
      ...over,
    }) as unknown as ProjectSnapshot;
  const route = (dpia: string, commission: string, dpiaOptIn = false): ProjectSnapshot['route'] =>
    ({ outcome: { dpia, commission }, answers: {}, dpiaOptIn, decidedAt: '' }) as unknown as ProjectSnapshot['route'];

  it.each([
    ['before the quick-scan', snapshot(), { dpia: false, commission: false }],
    ['DPIA required', snapshot({ route: route('required', 'not-required') }), { dpia: true, commission: false }],
    [
      'DPIA recommended, not opted in',
      snapshot({ route: route('recommended', 'no') }),
      { dpia: false, commission: false },
    ],
    [
      'DPIA recommended, opted in',
      snapshot({ route: route('recommended', 'no', true) }),
      { dpia: true, commission: false },
    ],
    ['commission required', snapshot({ route: route('not-required', 'required') }), { dpia: false, commission: true }],
    [
      'a reflection requested',
      snapshot({
        route: route('not-required', 'no'),
        reflectionRequests: [{ by: { sub: 'x', name: 'x', roles: [] }, at: '', reason: 'r' }],
      }),
      { dpia: false, commission: true },
    ],
    [
      'a DPIA gate once opened, no longer required',
      snapshot({
        route: route('not-required', 'no'),
        gates: GATE_IDS.map((g) => ({ ...pendingGateView(g), cycle: g === 'dpia' ? 1 : 0 })),
      }),
      { dpia: true, commission: false },
    ],
  ])('%s', (_name, s, expected) => {
    expect(scopeFlagsOf(s)).toEqual(expected);
  });

  it('treats a snapshot carried over without reflection requests as having none', () => {
    const s = snapshot();
    delete (s as Partial<ProjectSnapshot>).reflectionRequests;
    expect(scopeFlagsOf(s)).toEqual({ dpia: false, commission: false });
  });

  it('names the owner, assignees, advisers, decider and requesters as participants', () => {
    const by = (sub: string): { sub: string; name: string; roles: [] } => ({ sub, name: sub, roles: [] });
    const s = snapshot({
      gates: GATE_IDS.map((g) => ({ ...pendingGateView(g), assigneeSub: g === 'dpia' ? 'piet' : null })),
      advices: [{ by: by('fenna') }] as unknown as ProjectSnapshot['advices'],
      decision: { by: by('wim') } as unknown as ProjectSnapshot['decision'],
      reflectionRequests: [{ by: by('carla'), at: '', reason: '' }],
    });
    expect(participantsOf(s).sort()).toEqual(['anna', 'carla', 'fenna', 'piet', 'wim']);
  });
});
