import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = /^checkpoint-\d{9}\.json$/;

/**
 * When the newest checkpoint in `dir` was made (its `createdAt`), or null when there is none. Reads only that one
 * file and does not verify it: this is for monitoring whether checkpoints keep coming. Whether the log holds is
 * `readCheckpoints`' question (GET /api/v1/audit/verify); a log that does not hold makes the writer refuse, so no
 * newer checkpoint comes and this time stays behind.
 */
export function latestCheckpointTime(dir: string): Date | null {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => FILE.test(f));
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw err;
  }
  // Nine digits, zero-padded: the names sort as their numbers.
  const newest = files.sort().at(-1);
  if (!newest) return null;
  const body = JSON.parse(readFileSync(join(dir, newest), 'utf8')) as { createdAt?: unknown };
  const at = typeof body.createdAt === 'string' ? new Date(body.createdAt) : null;
  return at && Number.isFinite(at.getTime()) ? at : null;
}
