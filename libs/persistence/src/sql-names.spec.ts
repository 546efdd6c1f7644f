import type { AuditAction } from '@waardenpoort/domain';
import { sqlAuditActions, sqlGate, sqlGateStates } from './sql-names';

describe('SQL names of the domain vocabularies', () => {
  it('writes each name as a string literal, comma-separated', () => {
    expect(sqlAuditActions('reminder-sent', 'escalated')).toBe(`'reminder-sent', 'escalated'`);
    expect(sqlGate('commission-reflection')).toBe(`'commission-reflection'`);
    expect(sqlGateStates(['active', 'returned'])).toBe(`'active', 'returned'`);
  });

  it('refuses what is not a lower-case name rather than quoting it', () => {
    // Only reachable past the types (a cast); the runtime check keeps a quote out of the statement all the same.
    expect(() => sqlAuditActions(`x' OR '1'='1` as AuditAction)).toThrow(/not a name/);
    expect(() => sqlAuditActions('' as AuditAction)).toThrow(/not a name/);
  });
});
