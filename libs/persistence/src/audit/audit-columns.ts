import { canonicalJson } from '@waardenpoort/domain';
import { types } from 'pg';
import { canonicalEventText } from './audit-chain';

/**
 * The select list of an audit_event row as `AuditRepository.verify` streams it: every column as the text
 * PostgreSQL prints for it, so that checking a row needs no Date, no array and (but for the payload) no JSON
 * parsing. It must run with `TimeZone = 'UTC'` and `DateStyle = 'ISO'`. Rows come as arrays in this order, see
 * AuditTextRow and COL.
 */
export const AUDIT_TEXT_COLUMNS = `id, project_id::text, seq::text, occurred_at::text, actor_sub, actor_name,
  array_to_json(actor_roles)::text, action, gate, payload::text, array_to_json(document_hashes)::text,
  policy_version::text, workflow_id, run_id, canonical, prev_hash, hash`;

/** A row of AUDIT_TEXT_COLUMNS (pg's rowMode 'array'). */
export type AuditTextRow = [
  id: string,
  /** lower case, as PostgreSQL prints a uuid */
  projectId: string,
  /** bigint */
  seq: string,
  /** timestamptz in ISO DateStyle in UTC: `2027-03-01 09:00:00.12+00`, trailing zeros of the fraction left off */
  occurredAt: string,
  actorSub: string | null,
  actorName: string | null,
  /** `array_to_json(actor_roles)`: `[]`, `["case-owner"]` */
  actorRoles: string,
  action: string,
  gate: string | null,
  /** jsonb as PostgreSQL prints it: JSON, but not canonical (keys by length, a space after `:` and `,`) */
  payload: string,
  /** `array_to_json(document_hashes)` */
  documentHashes: string,
  /** integer */
  policyVersion: string | null,
  workflowId: string | null,
  runId: string | null,
  canonical: string,
  prevHash: string,
  hash: string,
];

/** The place of each column in an AuditTextRow. */
export const COL = {
  id: 0,
  projectId: 1,
  seq: 2,
  occurredAt: 3,
  actorSub: 4,
  actorName: 5,
  actorRoles: 6,
  action: 7,
  gate: 8,
  payload: 9,
  documentHashes: 10,
  policyVersion: 11,
  workflowId: 12,
  runId: 13,
  canonical: 14,
  prevHash: 15,
  hash: 16,
} as const;

/** What `Date.prototype.toISOString` writes for the plain case: years 1000 to 9999, whole milliseconds. */
const PG_UTC_MS_INSTANT = /^([1-9]\d{3}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,3}))?\+00$/;

/**
 * `2027-03-01 09:00:00.12+00` → `2027-03-01T09:00:00.120Z`: what `toISOString` gives for the Date the pg driver
 * makes of that text. Null for anything but the plain case (microseconds, BC, years before 1000 or after 9999,
 * infinity, another time zone).
 */
export function isoInstantFromPgText(text: string): string | null {
  const m = PG_UTC_MS_INSTANT.exec(text);
  if (m === null) return null;
  return `${m[1]}T${m[2]}.${(m[3] ?? '').padEnd(3, '0')}Z`;
}

/**
 * Whether the readable columns of a stored event say exactly what its hashed `canonical` text says: whether
 * `canonicalEventText` of the columns, as the pg driver parses them, gives `canonical`. Columns that no canonical
 * text can hold do not (an instant finer than a millisecond, infinity, a payload number beyond what JavaScript
 * holds, an actor with a name but no sub).
 *
 * Audit verification asks this for every row, so it writes the text straight from the printed columns where it
 * can (`fastCanonicalText`) and parses them only where it cannot (`parsedCanonicalText`).
 */
export function columnsMatchCanonical(row: AuditTextRow): boolean {
  return (fastCanonicalText(row) ?? parsedCanonicalText(row)) === row[COL.canonical];
}

/**
 * `parsedCanonicalText(row)`, built from the printed columns with string operations only; null where that cannot
 * be done (an instant other than the plain case, an actor half missing, a payload number JavaScript cannot hold, a
 * seq canonicalEventText refuses).
 *
 * It writes the pieces `canonicalEventText` writes, in its key order (code unit order): strings quoted by
 * canonicalJson; the payload parsed as the driver parses jsonb (JSON.parse) and written by canonicalJson;
 * PostgreSQL's `array_to_json` of a text array and its integer and bigint output as they are, which is exactly what
 * canonicalJson writes for the array and the number the driver parses from them (PostgreSQL escapes the same
 * characters the same way; a lone surrogate, the one thing JSON.stringify escapes that PostgreSQL would not, cannot
 * be in PostgreSQL text; both ignore array bounds); a uuid needs no escaping. The unit spec holds it to
 * `parsedCanonicalText` on awkward values. (Building the string and comparing it whole is faster than comparing it
 * piece by piece with startsWith.)
 */
export function fastCanonicalText(row: AuditTextRow): string | null {
  const occurredAt = isoInstantFromPgText(row[COL.occurredAt]);
  if (occurredAt === null) return null;
  // canonicalEventText refuses other seqs (verify has checked it counts up from 1 before it gets here)
  const seq = Number(row[COL.seq]);
  if (!Number.isSafeInteger(seq) || seq < 1) return null;
  const sub = row[COL.actorSub];
  const name = row[COL.actorName];
  let actor: string;
  if (sub === null && name === null && row[COL.actorRoles] === '[]') actor = 'null';
  else if (sub === null || name === null) return null;
  else actor = `{"name":${canonicalJson(name)},"roles":${row[COL.actorRoles]},"sub":${canonicalJson(sub)}}`;
  let payload: string;
  try {
    payload = canonicalJson(JSON.parse(row[COL.payload]));
  } catch {
    return null; // 1e400 is valid jsonb, JSON.parse makes it Infinity, and canonicalJson refuses that
  }
  const gate = row[COL.gate];
  const workflowId = row[COL.workflowId];
  const runId = row[COL.runId];
  return (
    `{"action":${canonicalJson(row[COL.action])},"actor":${actor},"documentHashes":${row[COL.documentHashes]}` +
    `,"gate":${gate === null ? 'null' : canonicalJson(gate)},"id":${canonicalJson(row[COL.id])}` +
    `,"occurredAt":"${occurredAt}","payload":${payload},"policyVersion":${row[COL.policyVersion] ?? 'null'}` +
    `,"projectId":"${row[COL.projectId]}","runId":${runId === null ? 'null' : canonicalJson(runId)}` +
    `,"seq":${row[COL.seq]},"workflowId":${workflowId === null ? 'null' : canonicalJson(workflowId)}}`
  );
}

const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (text: string) => unknown;
/** A fraction of a second PostgreSQL prints with more than three digits (it leaves trailing zeros off). */
const FINER_THAN_MS = /\.\d{4,}/;

/**
 * `canonicalEventText` of the columns parsed as the pg driver parses them when it reads the table's own types
 * (timestamptz to Date, text[] and jsonb to arrays and objects, integer to number), or null when no canonical text
 * says what the columns say.
 */
export function parsedCanonicalText(row: AuditTextRow): string | null {
  const occurredAt = parseTimestamptz(row[COL.occurredAt]);
  // A Date holds milliseconds only: finer instants would be cut off unnoticed.
  if (!(occurredAt instanceof Date) || FINER_THAN_MS.test(row[COL.occurredAt])) return null;
  const sub = row[COL.actorSub];
  const name = row[COL.actorName];
  const roles = JSON.parse(row[COL.actorRoles]) as string[];
  if ((sub === null || name === null) && !(sub === null && name === null && roles.length === 0)) return null;
  const policyVersion = row[COL.policyVersion];
  try {
    return canonicalEventText({
      id: row[COL.id],
      projectId: row[COL.projectId],
      seq: Number(row[COL.seq]),
      occurredAt: occurredAt.toISOString(),
      actor: sub === null || name === null ? null : { sub, name, roles },
      action: row[COL.action],
      gate: row[COL.gate],
      payload: JSON.parse(row[COL.payload]) as Record<string, unknown>,
      documentHashes: JSON.parse(row[COL.documentHashes]) as string[],
      policyVersion: policyVersion === null ? null : Number.parseInt(policyVersion, 10),
      workflowId: row[COL.workflowId],
      runId: row[COL.runId],
    });
  } catch {
    return null; // an invalid Date (toISOString), a non-finite payload number (canonicalJson), seq 0
  }
}
