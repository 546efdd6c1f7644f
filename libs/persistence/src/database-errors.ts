/**
 * Integrity violations that a retry can get past: a concurrent writer inserted the same key first (the code that
 * inserts treats a unique or exclusion violation as "already there" on its next attempt), or inserted a child
 * before its parent committed. Every other class-23 code (NOT NULL, CHECK, RESTRICT, the generic 23000) refuses
 * the data itself.
 */
const RETRYABLE_INTEGRITY_VIOLATIONS = new Set(['23505', '23P01', '23503']);

export interface PermanentDataError {
  sqlstate: string;
  message: string;
}

/**
 * Whether PostgreSQL refused the data itself, so that sending the same data again can never succeed: SQLSTATE class
 * 22 (data exception: a NUL in text, an untranslatable character, a number out of range, a malformed date) and class
 * 23 (integrity constraint violation) except the codes above. Connection loss, timeouts, serialization failures,
 * deadlocks and a database that is away are not: they are retried.
 */
export function permanentDataError(err: unknown): PermanentDataError | null {
  const e = err as { code?: unknown; message?: unknown; driverError?: { code?: unknown; message?: unknown } } | null;
  const code = e?.driverError?.code ?? e?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const permanent = code.startsWith('22') || (code.startsWith('23') && !RETRYABLE_INTEGRITY_VIOLATIONS.has(code));
  if (!permanent) return null;
  const message = e?.driverError?.message ?? e?.message;
  return { sqlstate: code, message: typeof message === 'string' ? message : 'refused by PostgreSQL' };
}
