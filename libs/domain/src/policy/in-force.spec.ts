import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { evaluateQuickScan } from './evaluate';
import { fillQuickScan } from './fill';
import { isAppliesFrom, ruleInForce, ruleInForceFrom, rulesComingIntoForce } from './in-force';
import type { Policy } from './types';
import { validatePolicy } from './validate';

const loaded = validatePolicy(
  parse(fs.readFileSync(path.resolve(__dirname, '../../../../policy/waardenpoort-policy.v1.yaml'), 'utf8')),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const policy: Policy = loaded.policy;
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('the moment a dated rule comes into force', () => {
  it('is the start of the day in Amsterdam, in winter time and in summer time', () => {
    // Winter time (UTC+1) still holds at midnight of the day summer time starts (28 March 2027, 02:00).
    expect(iso(ruleInForceFrom({ appliesFrom: '2027-03-28' }))).toBe('2027-03-27T23:00:00.000Z');
    expect(iso(ruleInForceFrom({ appliesFrom: '2027-03-29' }))).toBe('2027-03-28T22:00:00.000Z');
    expect(iso(ruleInForceFrom({ appliesFrom: '2027-08-02' }))).toBe('2027-08-01T22:00:00.000Z');
    // Summer time still holds at midnight of the day it ends (31 October 2027, 03:00).
    expect(iso(ruleInForceFrom({ appliesFrom: '2027-10-31' }))).toBe('2027-10-30T22:00:00.000Z');
    expect(iso(ruleInForceFrom({ appliesFrom: '2027-11-01' }))).toBe('2027-10-31T23:00:00.000Z');
    expect(iso(ruleInForceFrom({ appliesFrom: '2028-01-01' }))).toBe('2027-12-31T23:00:00.000Z');
  });

  it('is the instant itself when the rule names one with its offset, and never for an undated rule', () => {
    expect(iso(ruleInForceFrom({ appliesFrom: '2027-08-02T00:00:00+02:00' }))).toBe('2027-08-01T22:00:00.000Z');
    expect(iso(ruleInForceFrom({ appliesFrom: '2027-08-02T12:30:00Z' }))).toBe('2027-08-02T12:30:00.000Z');
    expect(ruleInForceFrom({})).toBeNull();
    expect(ruleInForce({}, 0)).toBe(true);
  });

  it('counts from that millisecond on', () => {
    const from = Date.parse('2027-08-01T22:00:00.000Z');
    expect(ruleInForce({ appliesFrom: '2027-08-02' }, from - 1)).toBe(false);
    expect(ruleInForce({ appliesFrom: '2027-08-02' }, from)).toBe(true);
    expect(ruleInForce({ appliesFrom: '2027-08-02' }, from + 86_400_000 * 365)).toBe(true);
  });
});

describe('isAppliesFrom', () => {
  it.each(['2027-08-02', '2028-02-29', '2027-08-02T00:00:00+02:00', '2027-08-02T00:00:00Z', '2027-08-02T00:00:00.25Z'])(
    'accepts %s',
    (v) => expect(isAppliesFrom(v)).toBe(true),
  );
  it.each([
    '2027-02-29',
    '2027-13-01',
    '2027-8-2',
    '2027-08-02T00:00:00',
    '2027-08-02T00:00Z',
    '2027-08-02t00:00:00z',
    '2027-08-02 00:00:00+02:00',
    '2027-08-02T24:00:00Z',
    ' 2027-08-02',
    '2027-08-02\n',
    '',
    20270802,
    null,
    '2'.repeat(1_000_000),
  ])('refuses %p', (v) => expect(isAppliesFrom(v)).toBe(false));
});

describe('a rule not yet in force', () => {
  const dated = structuredClone(policy);
  const camera = dated.rules.find((r) => r.id === 'ap-09-camera-surveillance');
  if (!camera) throw new Error('rule not in the policy');
  camera.appliesFrom = '2027-08-02';
  const answers = fillQuickScan(dated, {
    'personal-data': true,
    'data-subjects': 40_000,
    'public-space-sensors': true,
    cameras: 'fixed',
    'camera-observes-people': true,
    'systematic-monitoring': true,
    'publicly-accessible-area': true,
  });
  const fired = (on?: string): string[] =>
    evaluateQuickScan(dated, answers, on === undefined ? {} : { on }).reasons.map((r) => r.ruleId);

  it('does not fire before its day, fires from it, and counts when no date is given', () => {
    expect(fired('2027-08-01T21:59:59.999Z')).not.toContain('ap-09-camera-surveillance');
    expect(fired('2027-08-01T22:00:00.000Z')).toContain('ap-09-camera-surveillance');
    expect(fired()).toContain('ap-09-camera-surveillance');
    // The other rules are not affected by the date.
    const others = (ids: string[]): string[] => ids.filter((id) => id !== 'ap-09-camera-surveillance');
    expect(others(fired('2027-01-01T00:00:00Z'))).toEqual(others(fired()));
  });
});

describe('rulesComingIntoForce', () => {
  const rules = (...dates: Array<[string, string | undefined]>): Pick<Policy, 'rules'> => ({
    rules: dates.map(([id, appliesFrom]) => ({ ...policy.rules[0], id, appliesFrom })),
  });

  it('lists the rules dated after the moment, earliest first, the same instant in policy order', () => {
    const p = rules(
      ['late', '2028-01-01'],
      ['undated', undefined],
      ['early-instant', '2027-08-01T22:00:00Z'],
      ['past', '2026-01-01'],
      ['early-date', '2027-08-02'],
      ['noon', '2027-08-02T12:00:00+02:00'],
    );
    expect(rulesComingIntoForce(p, '2027-06-01T00:00:00Z')).toEqual([
      { ruleId: 'early-instant', appliesFrom: '2027-08-01T22:00:00Z', at: '2027-08-01T22:00:00.000Z' },
      { ruleId: 'early-date', appliesFrom: '2027-08-02', at: '2027-08-01T22:00:00.000Z' },
      { ruleId: 'noon', appliesFrom: '2027-08-02T12:00:00+02:00', at: '2027-08-02T10:00:00.000Z' },
      { ruleId: 'late', appliesFrom: '2028-01-01', at: '2027-12-31T23:00:00.000Z' },
    ]);
    // A rule in force at the very moment is not "coming": it applies already.
    expect(rulesComingIntoForce(p, '2027-08-01T22:00:00.000Z').map((r) => r.ruleId)).toEqual(['noon', 'late']);
    expect(rulesComingIntoForce(p, '2030-01-01T00:00:00Z')).toEqual([]);
  });
});
