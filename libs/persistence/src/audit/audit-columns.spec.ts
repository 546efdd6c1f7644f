import { type AuditChainFields, canonicalEventText } from './audit-chain';
import {
  type AuditTextRow,
  COL,
  columnsMatchCanonical,
  fastCanonicalText,
  isoInstantFromPgText,
  parsedCanonicalText,
} from './audit-columns';

/** What PostgreSQL prints for a timestamptz in UTC (ISO DateStyle): trailing zeros of the fraction left off. */
function pgInstant(iso: string): string {
  const [, date, time, ms] = /^(.+)T(\d\d:\d\d:\d\d)\.(\d{3})Z$/.exec(iso) ?? [];
  const fraction = (ms ?? '').replace(/0+$/, '');
  return `${date} ${time}${fraction ? `.${fraction}` : ''}+00`;
}

/** How numeric prints what JavaScript writes with an exponent: 1e+21 → 1000000000000000000000, 1e-7 → 0.0000001. */
function pgNumber(n: number): string {
  const text = JSON.stringify(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign, lead, rest = '', exp] = m;
  const digits = `${lead}${rest}`;
  const point = 1 + Number(exp);
  return point >= digits.length
    ? `${sign}${digits}${'0'.repeat(point - digits.length)}`
    : `${sign}0.${'0'.repeat(-point)}${digits}`;
}

/** jsonb's text: keys by length then bytes, a space after `:` and `,`, numbers without exponent. */
function pgJsonb(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(pgJsonb).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => Buffer.byteLength(a) - Buffer.byteLength(b) || (a < b ? -1 : 1));
    return `{${keys.map((k) => `${JSON.stringify(k)}: ${pgJsonb((value as Record<string, unknown>)[k])}`).join(', ')}}`;
  }
  return typeof value === 'number' ? pgNumber(value) : JSON.stringify(value);
}

/** The row `verify` streams for an event appended with `fields`. */
function printed(fields: AuditChainFields): AuditTextRow {
  return [
    fields.id,
    fields.projectId,
    String(fields.seq),
    pgInstant(fields.occurredAt),
    fields.actor?.sub ?? null,
    fields.actor?.name ?? null,
    // array_to_json writes what JSON.stringify writes for text (the integration suite checks it on PostgreSQL)
    JSON.stringify(fields.actor?.roles ?? []),
    fields.action,
    fields.gate,
    pgJsonb(fields.payload),
    JSON.stringify(fields.documentHashes),
    fields.policyVersion === null ? null : String(fields.policyVersion),
    fields.workflowId,
    fields.runId,
    canonicalEventText(fields),
    '0'.repeat(64),
    'f'.repeat(64),
  ];
}

function withColumn<K extends keyof typeof COL>(row: AuditTextRow, column: K, value: AuditTextRow[(typeof COL)[K]]) {
  const copy = [...row] as AuditTextRow;
  (copy as unknown[])[COL[column]] = value;
  return copy;
}

const AWKWARD = 'a"b\\c\u0001\n\t é 😀 \u2028 </script> ,"payload": ,"policyVersion":';

const base: AuditChainFields = {
  id: '6f1c2d3e-0000-4000-8000-000000000001:7',
  projectId: '6f1c2d3e-0000-4000-8000-000000000001',
  seq: 7,
  occurredAt: '2027-03-01T09:00:00.120Z',
  actor: { sub: 'pim.privacy', name: 'Pim de Vries', roles: ['privacy-officer', 'auditor'] },
  action: 'quick-scan-answered',
  gate: 'quick-scan',
  payload: { z: 1, a: { y: [1, 'twee', null, true], b: 0.5 }, rationale: 'stap 7' },
  documentHashes: ['a'.repeat(64), 'b'.repeat(64)],
  policyVersion: 3,
  workflowId: 'project-6f1c2d3e-0000-4000-8000-000000000001',
  runId: 'run-1',
};

const variants: Array<[string, AuditChainFields]> = [
  ['a plain event', base],
  ['a system event', { ...base, actor: null, gate: null, policyVersion: null, workflowId: null, runId: null }],
  ['no roles, no documents', { ...base, actor: { sub: 's', name: 'n', roles: [] }, documentHashes: [] }],
  [
    'awkward strings everywhere',
    {
      ...base,
      id: AWKWARD,
      actor: { sub: AWKWARD, name: AWKWARD, roles: [AWKWARD, ''] },
      action: AWKWARD,
      gate: AWKWARD,
      documentHashes: [AWKWARD],
      workflowId: AWKWARD,
      runId: AWKWARD,
      payload: { [AWKWARD]: AWKWARD },
    },
  ],
  [
    'a payload with the keys that follow it, nested',
    {
      ...base,
      payload: { a: { payload: { policyVersion: 1 } }, policyVersion: 2, payload: [], projectId: 'x', seq: 3 },
    },
  ],
  [
    'payload numbers JavaScript writes its own way',
    { ...base, payload: { big: 1e21, small: 1e-7, third: 1 / 3, neg: -0, whole: 2 ** 53, frac: 0.1 + 0.2 } },
  ],
  ['an empty payload', { ...base, payload: {} }],
  ['whole seconds', { ...base, occurredAt: '2027-03-01T09:00:00.000Z' }],
  ['a negative policy version', { ...base, policyVersion: -1 }],
];

describe('audit columns against the hashed canonical text', () => {
  it('prints instants as toISOString does, for the plain case only', () => {
    expect(isoInstantFromPgText('2027-03-01 09:00:00.12+00')).toBe('2027-03-01T09:00:00.120Z');
    expect(isoInstantFromPgText('2027-03-01 09:00:00+00')).toBe('2027-03-01T09:00:00.000Z');
    expect(isoInstantFromPgText('2027-03-01 09:00:00.001+00')).toBe('2027-03-01T09:00:00.001Z');
    for (const other of [
      '2027-03-01 09:00:00.0001+00',
      '2027-03-01 10:00:00+01',
      '0500-03-01 09:00:00+00',
      '0001-03-01 09:00:00+00 BC',
      '10000-03-01 09:00:00+00',
      'infinity',
    ]) {
      expect([other, isoInstantFromPgText(other)]).toEqual([other, null]);
    }
  });

  it.each(variants)('match for %s, the fast way and the parsed way alike', (_, fields) => {
    const row = printed(fields);
    expect(parsedCanonicalText(row)).toBe(row[COL.canonical]);
    expect(fastCanonicalText(row)).toBe(row[COL.canonical]);
    expect(columnsMatchCanonical(row)).toBe(true);
  });

  /** Every column changed in a way a reader would see, but the hashed text not. */
  const tampers: Array<[string, (row: AuditTextRow) => AuditTextRow]> = [
    ['id', (r) => withColumn(r, 'id', `${r[COL.id]}x`)],
    ['project id', (r) => withColumn(r, 'projectId', '6f1c2d3e-0000-4000-8000-000000000002')],
    ['seq', (r) => withColumn(r, 'seq', '8')],
    ['occurred_at by a millisecond', (r) => withColumn(r, 'occurredAt', '2027-03-01 09:00:00.121+00')],
    ['occurred_at by a microsecond', (r) => withColumn(r, 'occurredAt', '2027-03-01 09:00:00.120001+00')],
    ['occurred_at to infinity', (r) => withColumn(r, 'occurredAt', 'infinity')],
    ['actor sub', (r) => withColumn(r, 'actorSub', 'iemand')],
    ['actor sub removed', (r) => withColumn(r, 'actorSub', null)],
    ['actor name', (r) => withColumn(r, 'actorName', 'Iemand anders')],
    ['actor roles', (r) => withColumn(r, 'actorRoles', '["auditor","privacy-officer"]')],
    ['actor removed', (r) => withColumn(withColumn(r, 'actorSub', null), 'actorName', null)],
    ['action', (r) => withColumn(r, 'action', 'rewritten')],
    ['gate', (r) => withColumn(r, 'gate', null)],
    ['payload value', (r) => withColumn(r, 'payload', r[COL.payload].replace('stap 7', 'stap 8'))],
    ['payload number', (r) => withColumn(r, 'payload', r[COL.payload].replace('"z": 1', '"z": 1.5'))],
    ['payload number beyond a double', (r) => withColumn(r, 'payload', '{"z": 1e400}')],
    ['payload key added', (r) => withColumn(r, 'payload', r[COL.payload].replace('{', '{"x": 0, '))],
    ['document hashes', (r) => withColumn(r, 'documentHashes', '[]')],
    ['policy version', (r) => withColumn(r, 'policyVersion', '4')],
    ['policy version removed', (r) => withColumn(r, 'policyVersion', null)],
    ['workflow id', (r) => withColumn(r, 'workflowId', 'project-x')],
    ['run id', (r) => withColumn(r, 'runId', null)],
  ];

  it.each(tampers)('notice a changed %s', (_, tamper) => {
    const row = tamper(printed(base));
    expect(columnsMatchCanonical(row)).toBe(false);
    // Where the fast way writes a text, it is the one the parsed way writes.
    const fast = fastCanonicalText(row);
    if (fast !== null) expect(fast).toBe(parsedCanonicalText(row));
  });

  it('decide what the fast way leaves open on the parsed columns', () => {
    // Before the year 1000 toISOString still writes four digits; the fast way leaves it to the parsed one.
    const early = printed({ ...base, occurredAt: '0500-03-01T09:00:00.000Z' });
    expect(early[COL.occurredAt]).toBe('0500-03-01 09:00:00+00');
    expect(fastCanonicalText(early)).toBeNull();
    expect(columnsMatchCanonical(early)).toBe(true);
    // A seq canonicalEventText refuses is no canonical text at all.
    const zero = printed(base);
    zero[COL.seq] = '0';
    zero[COL.canonical] = zero[COL.canonical].replace('"seq":7', '"seq":0');
    expect(fastCanonicalText(zero)).toBeNull();
    expect(columnsMatchCanonical(zero)).toBe(false);
    // A name without a sub (or the other way round) is no actor canonicalEventText can write.
    const half = withColumn(printed(base), 'actorSub', null);
    expect(fastCanonicalText(half)).toBeNull();
    expect(parsedCanonicalText(half)).toBeNull();
  });

  it('notice a canonical text that is not canonical, even when it says the same', () => {
    const row = printed(base);
    const spaced = withColumn(row, 'canonical', row[COL.canonical].replace('"seq":7', '"seq": 7'));
    const reordered = withColumn(
      row,
      'canonical',
      row[COL.canonical].replace('"a":{"b":0.5,"y":[1,"twee",null,true]}', '"a":{"y":[1,"twee",null,true],"b":0.5}'),
    );
    const longer = withColumn(row, 'canonical', `${row[COL.canonical]} `);
    for (const r of [spaced, reordered, longer]) {
      expect(r[COL.canonical]).not.toBe(row[COL.canonical]);
      expect(columnsMatchCanonical(r)).toBe(false);
    }
  });
});
