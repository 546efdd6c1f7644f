import {
  ADVICE_GROUP,
  FIELD_GROUPS,
  GATE_IDS,
  GATE_OUTCOME_GROUP,
  PROJECT_FIELD_GROUP,
  READ_SCOPE,
  ROLES,
  type FieldGroup,
} from '@waardenpoort/domain';
import type { AuditTimelineEntry } from '@waardenpoort/persistence';
import type { ProjectResponseDto } from '../projects/dto/project.response';
import { trimProject, trimTimeline } from './read-scope';

/** A project answer with something in every field group. */
function fullProject(): ProjectResponseDto {
  return {
    id: 'p1',
    title: 'T',
    caseOwner: { sub: 'anna', name: 'Anna' },
    gates: GATE_IDS.map((gate) => ({ gate, assigneeSub: 'someone', outcome: { of: gate } })),
    openTasks: [{ id: 't1', assigneeSub: 'someone' }],
    timers: [{ id: 'r1', recipientSub: 'someone' }],
    route: { outcome: {} },
    reassessment: { trigger: 'amendment' },
    advices: Object.keys(ADVICE_GROUP).map((kind) => ({ id: kind, kind, value: 'v' })),
    decision: { rationale: 'r' },
    commission: { questions: [] },
    priorConsultation: { answer: null },
  } as unknown as ProjectResponseDto;
}

describe('trimProject, derived from READ_SCOPE', () => {
  it.each(ROLES.map((r) => [r]))('%s: exactly the fields of its groups', (role) => {
    const groups = new Set<FieldGroup>(READ_SCOPE[role].fields);
    const out = trimProject(fullProject(), groups) as unknown as Record<string, unknown>;
    for (const [field, group] of Object.entries(PROJECT_FIELD_GROUP)) {
      expect({ field, present: field in out }).toEqual({ field, present: groups.has(group) });
    }
    const advices = out['advices'] as Array<{ kind: keyof typeof ADVICE_GROUP }>;
    expect(advices.map((a) => a.kind).sort()).toEqual(
      (Object.keys(ADVICE_GROUP) as Array<keyof typeof ADVICE_GROUP>).filter((k) => groups.has(ADVICE_GROUP[k])).sort(),
    );
    for (const g of out['gates'] as Array<Record<string, unknown>>) {
      const gate = g['gate'] as (typeof GATE_IDS)[number];
      expect({ gate, outcome: 'outcome' in g }).toEqual({ gate, outcome: groups.has(GATE_OUTCOME_GROUP[gate]) });
      expect('assigneeSub' in g).toBe(groups.has('people'));
    }
    for (const t of out['openTasks'] as Array<Record<string, unknown>>)
      expect('assigneeSub' in t).toBe(groups.has('people'));
    for (const t of out['timers'] as Array<Record<string, unknown>>)
      expect('recipientSub' in t).toBe(groups.has('people'));
    expect(out['title']).toBe('T');
    expect(out['caseOwner']).toEqual({ sub: 'anna', name: 'Anna' });
  });

  it('leaves a project whole for every group', () => {
    expect(trimProject(fullProject(), new Set(FIELD_GROUPS))).toEqual(fullProject());
  });
});

describe('trimTimeline', () => {
  const entry = (over: Partial<AuditTimelineEntry>): AuditTimelineEntry =>
    ({
      seq: 1,
      action: 'dpo-advice-given',
      gate: 'dpia',
      actor: { sub: 'fenna', name: 'Fenna', roles: ['dpo'] },
      payload: { advice: 'x' },
      hash: 'h',
      ...over,
    }) as AuditTimelineEntry;

  it('keeps every entry, without the payload of a group or the refusal the reader lacks', () => {
    const timeline = [
      entry({}),
      entry({ seq: 2, action: 'action-refused', gate: null, actor: { sub: 'bert', name: 'B', roles: [] } }),
    ];
    const out = trimTimeline(timeline, new Set<FieldGroup>(['summary', 'quickScan', 'decision']), 'anna');
    expect(out.map((e) => e.seq)).toEqual([1, 2]);
    expect(out.map((e) => 'payload' in e)).toEqual([false, false]);
    expect(out.map((e) => 'actor' in e)).toEqual([false, false]);
    expect(trimTimeline(timeline, new Set(FIELD_GROUPS), 'anna')).toEqual(timeline);
  });

  it('shows the advice the DPO gave to a reader of advices, and not the DPIA it was given on', () => {
    const timeline = [entry({ action: 'dpia-submitted', payload: { elements: { risks: 'r' } } }), entry({ seq: 2 })];
    const out = trimTimeline(timeline, new Set<FieldGroup>(READ_SCOPE['council-liaison'].fields), 'anna');
    expect(out.map((e) => 'payload' in e)).toEqual([false, true]);
  });
});
