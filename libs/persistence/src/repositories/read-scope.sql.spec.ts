import { PROJECT_SCOPES, READ_SCOPE, ROLES, type ProjectScope } from '@waardenpoort/domain';
import { positional, readScopeSql, standInProjectsSql } from './read-scope.sql';

describe('readScopeSql: READ_SCOPE as an SQL condition', () => {
  const sql = (
    roles: (typeof ROLES)[number][],
    department?: string | null,
  ): { text: string | null; params: unknown[] } => {
    const params: unknown[] = [];
    const text = readScopeSql({ sub: 'anna', roles, department }, 'p', positional(params));
    return { text, params };
  };

  it('adds no condition for a role that sees every project, alone or with others', () => {
    for (const role of ROLES.filter((r) => READ_SCOPE[r].projects === 'all')) {
      expect(sql([role]).text).toBeNull();
      expect(sql(['case-owner', role]).text).toBeNull();
    }
  });

  it('selects nothing for a caller without roles', () => {
    expect(sql([]).text).toBe('FALSE');
  });

  it('has one condition per scope of the table', () => {
    const expected: Record<ProjectScope, string | null> = {
      all: null,
      acting: `p.id IN (SELECT pp.project_id FROM project_participant pp WHERE pp.sub = $1 UNION ALL ${standInProjectsSql('$1')})`,
      department: 'p.department = $1',
      dpia: 'p.dpia_scope',
      commission: 'p.commission_scope',
    };
    for (const role of ROLES) {
      expect({ role, sql: sql([role], 'Openbare Ruimte').text }).toEqual({
        role,
        sql: expected[READ_SCOPE[role].projects],
      });
    }
    expect(PROJECT_SCOPES.length).toBe(Object.keys(expected).length);
  });

  it('selects nothing for a department head without a department (fail closed)', () => {
    expect(sql(['department-head']).text).toBe('FALSE');
    expect(sql(['department-head'], '').text).toBe('FALSE');
    expect(sql(['department-head'], 'Sociaal Domein')).toEqual({
      text: 'p.department = $1',
      params: ['Sociaal Domein'],
    });
  });

  it('adds the departments the organisation model names a head or deputy of', () => {
    const params: unknown[] = [];
    const reader = { sub: 'dora', roles: ['department-head' as const], department: 'B', ledDepartments: ['A'] };
    expect(readScopeSql(reader, 'p', positional(params))).toBe('p.department = ANY($1::text[])');
    expect(params).toEqual([['B', 'A']]);
    const onlyLed: unknown[] = [];
    expect(readScopeSql({ ...reader, department: null }, 'p', positional(onlyLed))).toBe('p.department = $1');
    expect(onlyLed).toEqual(['A']);
  });

  it('ORs the scopes of several roles, binding each value once', () => {
    expect(sql(['case-owner', 'dpo', 'ethics-secretary'])).toEqual({
      text:
        `(p.id IN (SELECT pp.project_id FROM project_participant pp WHERE pp.sub = $1 UNION ALL ${standInProjectsSql('$1')}) ` +
        'OR p.dpia_scope OR p.commission_scope)',
      params: ['anna'],
    });
  });
});
