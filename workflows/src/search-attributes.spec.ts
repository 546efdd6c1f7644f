import { TypedSearchAttributes } from '@temporalio/common';
import { initialSnapshot, type Policy, type ProjectSnapshot } from '@waardenpoort/domain';
import {
  CurrentGateKey,
  DepartmentKey,
  NextDeadlineKey,
  ProjectStatusKey,
  RiskLevelKey,
} from '@waardenpoort/contracts';
import { changedSearchAttributes, searchAttributesOf } from './search-attributes';

describe('changedSearchAttributes: a publish upserts only what differs from what the workflow has', () => {
  const snapshot = (over: Partial<ProjectSnapshot>): ProjectSnapshot => ({
    ...initialSnapshot(
      {
        projectId: '00000000-0000-4000-8000-000000000001',
        registration: {
          title: 'Slimme lantaarnpalen',
          summary: 'Sensoren meten drukte.',
          department: 'Stadsbeheer',
          technologies: ['sensor'],
          plannedStart: '2027-04-01',
        },
        caseOwner: { sub: 'anna', name: 'Anna', email: 'anna@enschede.example', roles: ['case-owner'] },
        registeredAt: '2026-11-30T10:00:00.000Z',
        policy: { id: 'test-policy', version: 1 } as unknown as Policy,
      },
      { workflowId: 'project-1', runId: 'run-1' },
    ),
    ...over,
  });
  const started = new TypedSearchAttributes([
    { key: ProjectStatusKey, value: 'active' },
    { key: CurrentGateKey, value: 'quick-scan' },
    { key: DepartmentKey, value: 'Stadsbeheer' },
    { key: NextDeadlineKey, value: new Date('2026-12-14T22:59:59.999Z') },
  ]);

  it('sends nothing when the start already carries every value (an absent attribute equals null)', () => {
    const s = snapshot({ status: 'active', currentGate: 'quick-scan', nextDeadline: '2026-12-14T22:59:59.999Z' });
    expect(changedSearchAttributes(searchAttributesOf(s), started)).toEqual([]);
  });

  it('sends exactly the attributes that changed, a removed one as null', () => {
    const moved = snapshot({ status: 'active', currentGate: 'dpia', nextDeadline: '2027-01-20T22:59:59.999Z' });
    expect(changedSearchAttributes(searchAttributesOf(moved), started)).toEqual([
      { key: CurrentGateKey, value: 'dpia' },
      { key: NextDeadlineKey, value: new Date('2027-01-20T22:59:59.999Z') },
    ]);
    const closed = snapshot({ status: 'withdrawn', currentGate: null, nextDeadline: null });
    expect(changedSearchAttributes(searchAttributesOf(closed), started).map((p) => [p.key.name, p.value])).toEqual([
      ['ProjectStatus', 'withdrawn'],
      ['CurrentGate', null],
      ['NextDeadline', null],
    ]);
  });

  it('compares against the values after earlier upserts', () => {
    const routed = snapshot({ currentGate: 'quick-scan', nextDeadline: '2026-12-14T22:59:59.999Z' });
    routed.route = { outcome: { riskLevel: 'high' } } as ProjectSnapshot['route'];
    const first = changedSearchAttributes(searchAttributesOf(routed), started);
    expect(first).toEqual([{ key: RiskLevelKey, value: 'high' }]);
    const after = started.updateCopy(first);
    expect(changedSearchAttributes(searchAttributesOf(routed), after)).toEqual([]);
  });
});
