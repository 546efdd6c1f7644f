import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  hash,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalJson } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';

/**
 * Signed checkpoints of the audit trail, kept outside PostgreSQL: every so often the head (last seq and hash) of
 * every chain, committed to by a Merkle root and signed with an Ed25519 key that is not in the database. Someone
 * who owns the database can rewrite rows and recompute every hash, but cannot make a chain agree again with a head
 * that was checkpointed before, nor sign a checkpoint that says otherwise.
 *
 * One JSON file per checkpoint, `checkpoint-000000001.json`, ... Each names its sequence number and the hash of the
 * one before it (`prev`), so a removed file is a gap, and carries only the heads that moved since the previous
 * one (the first carries all): the set of heads at checkpoint n is the sum of files 1..n, and its Merkle root is
 * in file n.
 */
const CHECKPOINT_FORMAT = 'waardenpoort-audit-checkpoint/1';
const FILE = /^checkpoint-(\d{9})\.json$/;

export interface ChainHead {
  projectId: string;
  seq: number;
  hash: string;
}

export interface CheckpointBody {
  format: typeof CHECKPOINT_FORMAT;
  seq: number;
  /** sha256 of the previous checkpoint file's canonical JSON (signature included); null for the first */
  prev: string | null;
  createdAt: string;
  /** Chains (projects, and the system chain) covered */
  chains: number;
  /** Events covered: the sum of the heads' seqs */
  events: number;
  /** Merkle root over every chain head in project id order (see merkleRoot) */
  root: string;
  /** The heads that moved since the previous checkpoint, [projectId, seq, hash], in project id order */
  heads: Array<[string, number, string]>;
  /** First 16 hex characters of sha256 over the public key (SPKI DER) */
  keyId: string;
}

export interface Checkpoint extends CheckpointBody {
  /** Ed25519 over the canonical JSON of the body, base64 */
  signature: string;
}

export type CheckpointBreakReason =
  | 'checkpoint-missing'
  | 'checkpoint-unreadable'
  | 'checkpoint-signature-invalid'
  | 'checkpoint-chain-broken'
  | 'checkpoint-root-mismatch';

/** A head some witness vouches for: the row with this seq must have this hash. */
export interface WitnessPin {
  seq: number;
  hash: string;
  /** Who vouches: `workflow` or `checkpoint <n>` */
  witness: string;
}
/** Per project id, its pins in seq order. */
export type WitnessPins = Map<string, WitnessPin[]>;

export interface CheckpointLog {
  count: number;
  latest: { seq: number; createdAt: string; root: string; chains: number; events: number; file: string } | null;
  /** The first checkpoint that does not hold; the ones before it are used */
  broken: { checkpoint: number; file: string; reason: CheckpointBreakReason; detail: string } | null;
  /** The heads at the latest valid checkpoint */
  heads: Map<string, { seq: number; hash: string }>;
  /** Every head of every valid checkpoint */
  pins: WitnessPins;
  /** sha256 of the latest valid file's canonical JSON: the next one's `prev` */
  latestDigest: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Merkle root

/** Leaf and node hashes are domain-separated (RFC 6962), so a node can never pass for a leaf. */
function merkleRoot(heads: readonly ChainHead[]): string {
  if (heads.length === 0) return hash('sha256', '', 'hex');
  let level = heads.map((h) => hash('sha256', `\u0000${h.projectId}:${h.seq}:${h.hash}`, 'hex'));
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const right = level[i + 1];
      // An odd node goes up as it is (as in RFC 6962's unbalanced trees).
      next.push(right === undefined ? level[i] : hash('sha256', `\u0001${level[i]}${right}`, 'hex'));
    }
    level = next;
  }
  return level[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Keys

export interface CheckpointKeySource {
  signingKey: { pem: string } | { file: string } | null;
  publicKey: string | null;
  /** Where a development key is kept (generated when missing); null: none may be generated */
  devKeyFile: string | null;
}

export interface CheckpointKeys {
  privateKey: KeyObject | null;
  publicKey: KeyObject;
  keyId: string;
}

function parseKey(text: string, kind: 'private' | 'public'): KeyObject {
  const trimmed = text.trim();
  const key = trimmed.startsWith('-----BEGIN')
    ? kind === 'private'
      ? createPrivateKey(trimmed)
      : createPublicKey(trimmed)
    : kind === 'private'
      ? createPrivateKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'pkcs8' })
      : createPublicKey({ key: Buffer.from(trimmed, 'base64'), format: 'der', type: 'spki' });
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the audit checkpoint ${kind} key is not an Ed25519 key`);
  return key;
}

function keyIdOf(publicKey: KeyObject): string {
  return hash('sha256', publicKey.export({ type: 'spki', format: 'der' }), 'hex').slice(0, 16);
}

/**
 * The checkpoint keys from configuration. Without a configured key, a development key is read from (or generated
 * into) `devKeyFile`; where that is null too (production) there is no private key and `requirePrivate` fails.
 */
export function loadCheckpointKeys(source: CheckpointKeySource, requirePrivate: boolean): CheckpointKeys {
  let privateKey: KeyObject | null = null;
  if (source.signingKey && 'pem' in source.signingKey) privateKey = parseKey(source.signingKey.pem, 'private');
  else if (source.signingKey) privateKey = parseKey(readFileSync(source.signingKey.file, 'utf8'), 'private');
  else if (source.devKeyFile) {
    if (!existsSync(source.devKeyFile)) {
      mkdirSync(dirname(source.devKeyFile), { recursive: true });
      const { privateKey: generated } = generateKeyPairSync('ed25519');
      try {
        writeFileSync(source.devKeyFile, generated.export({ type: 'pkcs8', format: 'pem' }), {
          mode: 0o600,
          flag: 'wx',
        });
      } catch (err) {
        // The API and the worker of `npm start` may both get here first: the one that wrote it wins.
        if ((err as { code?: string }).code !== 'EEXIST') throw err;
      }
    }
    privateKey = parseKey(readFileSync(source.devKeyFile, 'utf8'), 'private');
  }
  if (requirePrivate && !privateKey) {
    throw new Error(
      'audit checkpoints need a signing key: set AUDIT_CHECKPOINT_KEY or AUDIT_CHECKPOINT_KEY_FILE (production never generates one)',
    );
  }
  const publicKey = source.publicKey
    ? parseKey(source.publicKey, 'public')
    : privateKey
      ? createPublicKey(privateKey)
      : null;
  if (!publicKey)
    throw new Error('audit checkpoints cannot be verified without a key: set AUDIT_CHECKPOINT_PUBLIC_KEY');
  if (privateKey && source.publicKey && keyIdOf(createPublicKey(privateKey)) !== keyIdOf(publicKey)) {
    throw new Error('AUDIT_CHECKPOINT_PUBLIC_KEY is not the public half of the signing key');
  }
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading and verifying the log

export function checkpointFileName(seq: number): string {
  return `checkpoint-${String(seq).padStart(9, '0')}.json`;
}

function bodyOf(c: Checkpoint): CheckpointBody {
  const { signature: _signature, ...body } = c;
  return body;
}

/**
 * Reads every checkpoint in `dir` in sequence order and checks each: the sequence has no gap, each file is signed
 * by `publicKey`, names the one before it, and only moves heads forward; the latest root is recomputed from the
 * heads. Stops at the first that does not hold (reported in `broken`); what came before it is still returned.
 */
export function readCheckpoints(dir: string, publicKey: KeyObject): CheckpointLog {
  const log: CheckpointLog = {
    count: 0,
    latest: null,
    broken: null,
    heads: new Map(),
    pins: new Map(),
    latestDigest: null,
  };
  if (!existsSync(dir)) return log;
  const files = readdirSync(dir)
    .map((f) => ({ f, m: FILE.exec(f) }))
    .filter((x): x is { f: string; m: RegExpExecArray } => x.m !== null)
    .map(({ f, m }) => ({ file: f, seq: Number(m[1]) }))
    .sort((a, b) => a.seq - b.seq);
  const keyId = keyIdOf(publicKey);
  let latestBody: CheckpointBody | null = null;
  for (const [i, { file, seq }] of files.entries()) {
    const fail = (reason: CheckpointBreakReason, detail: string): CheckpointLog => {
      log.broken = { checkpoint: Math.min(seq, i + 1), file, reason, detail };
      return finish();
    };
    // A removed file: the next one's number is not the one expected.
    if (seq !== i + 1) return fail('checkpoint-missing', `checkpoint ${i + 1} is missing (next found: ${file})`);
    let c: Checkpoint;
    try {
      c = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Checkpoint;
    } catch (err) {
      return fail('checkpoint-unreadable', (err as Error).message);
    }
    if (c.format !== CHECKPOINT_FORMAT || c.seq !== seq || !Array.isArray(c.heads) || typeof c.signature !== 'string')
      return fail('checkpoint-unreadable', `${file} is not a checkpoint of this format and number`);
    const body = canonicalJson(bodyOf(c));
    let signed = false;
    try {
      signed = c.keyId === keyId && verify(null, Buffer.from(body), publicKey, Buffer.from(c.signature, 'base64'));
    } catch {
      signed = false;
    }
    if (!signed) return fail('checkpoint-signature-invalid', `${file} is not signed by key ${keyId}`);
    if (c.prev !== log.latestDigest) return fail('checkpoint-chain-broken', `${file} does not follow the one before`);
    for (const [projectId, headSeq, headHash] of c.heads) {
      const before = log.heads.get(projectId);
      if (before && before.seq > headSeq)
        return fail('checkpoint-chain-broken', `${file} moves the head of ${projectId} back`);
      log.heads.set(projectId, { seq: headSeq, hash: headHash });
      const pins = log.pins.get(projectId);
      const pin = { seq: headSeq, hash: headHash, witness: `checkpoint ${seq}` };
      if (pins) pins.push(pin);
      else log.pins.set(projectId, [pin]);
    }
    log.count = seq;
    log.latestDigest = hash('sha256', canonicalJson(c), 'hex');
    latestBody = c;
    log.latest = { seq, createdAt: c.createdAt, root: c.root, chains: c.chains, events: c.events, file };
  }
  return finish();

  function finish(): CheckpointLog {
    // One root to recompute: the latest's. The ones before are signed and linked, and each head they carried is
    // checked against the rows as a pin.
    if (latestBody && !log.broken) {
      const heads = sortedHeads(log.heads);
      if (merkleRoot(heads) !== latestBody.root || heads.length !== latestBody.chains) {
        log.broken = {
          checkpoint: latestBody.seq,
          file: checkpointFileName(latestBody.seq),
          reason: 'checkpoint-root-mismatch',
          detail: 'the heads of checkpoints 1..n do not give the root of checkpoint n',
        };
      }
    }
    return log;
  }
}

function sortedHeads(map: Map<string, { seq: number; hash: string }>): ChainHead[] {
  return [...map.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([projectId, h]) => ({ projectId, seq: h.seq, hash: h.hash }));
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** The head of every chain, as it is now (one snapshot). */
async function currentChainHeads(dataSource: DataSource): Promise<ChainHead[]> {
  const rows = await dataSource.query<Array<{ project_id: string; seq: string; hash: string }>>(
    `SELECT DISTINCT ON (project_id) project_id::text AS project_id, seq::text AS seq, hash
       FROM audit_event ORDER BY project_id, seq DESC`,
  );
  return rows.map((r) => ({ projectId: r.project_id, seq: Number(r.seq), hash: r.hash }));
}

export class CheckpointRefused extends Error {}

/**
 * Writes the next checkpoint when a chain head moved since the latest one; returns it, or null when nothing moved.
 * Refuses (CheckpointRefused) to extend a log that does not verify, or to checkpoint a chain that no longer
 * contains its previously checkpointed head: a new signature must never bless a rewritten history. Several
 * writers (worker replicas) may race: the file is created with link(2), which fails when the number is taken, and
 * the loser tries again on the next interval.
 */
export async function writeCheckpoint(options: {
  dataSource: DataSource;
  dir: string;
  keys: CheckpointKeys;
  now?: Date;
}): Promise<Checkpoint | null> {
  const { dataSource, dir, keys } = options;
  if (!keys.privateKey) throw new CheckpointRefused('no signing key');
  const log = readCheckpoints(dir, keys.publicKey);
  if (log.broken) {
    throw new CheckpointRefused(`the checkpoint log does not verify (${log.broken.reason}: ${log.broken.detail})`);
  }
  const heads = await currentChainHeads(dataSource);
  const moved = heads.filter((h) => {
    const before = log.heads.get(h.projectId);
    return !before || before.seq !== h.seq || before.hash !== h.hash;
  });
  if (log.count > 0 && moved.length === 0) return null;
  const now = new Set(heads.map((h) => h.projectId));
  const gone = [...log.heads.keys()].find((p) => !now.has(p));
  if (gone) throw new CheckpointRefused(`the chain of ${gone} was checkpointed and has no rows now`);
  // Every moved head must still have its checkpointed one before it.
  const previous = moved.filter((h) => log.heads.has(h.projectId));
  if (previous.length > 0) {
    const ids = previous.map((h) => h.projectId);
    const seqs = previous.map((h) => log.heads.get(h.projectId)?.seq ?? 0);
    const rows = await dataSource.query<Array<{ project_id: string; hash: string }>>(
      `SELECT e.project_id::text AS project_id, e.hash FROM audit_event e
         JOIN unnest($1::uuid[], $2::bigint[]) AS p(id, seq) ON e.project_id = p.id AND e.seq = p.seq`,
      [ids, seqs],
    );
    const found = new Map(rows.map((r) => [r.project_id, r.hash]));
    for (const h of previous) {
      if (found.get(h.projectId) !== log.heads.get(h.projectId)?.hash) {
        throw new CheckpointRefused(`the chain of ${h.projectId} no longer contains its checkpointed head`);
      }
      if (h.seq < (log.heads.get(h.projectId)?.seq ?? 0)) {
        throw new CheckpointRefused(`the chain of ${h.projectId} is shorter than checkpointed`);
      }
    }
  }
  const body: CheckpointBody = {
    format: CHECKPOINT_FORMAT,
    seq: log.count + 1,
    prev: log.latestDigest,
    createdAt: (options.now ?? new Date()).toISOString(),
    chains: heads.length,
    events: heads.reduce((n, h) => n + h.seq, 0),
    root: merkleRoot(heads),
    heads: moved.map((h) => [h.projectId, h.seq, h.hash]),
    keyId: keys.keyId,
  };
  const signature = sign(null, Buffer.from(canonicalJson(body)), keys.privateKey).toString('base64');
  const checkpoint: Checkpoint = { ...body, signature };
  mkdirSync(dir, { recursive: true });
  const final = join(dir, checkpointFileName(body.seq));
  const tmp = `${final}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(checkpoint)}\n`, { mode: 0o644 });
  try {
    linkSync(tmp, final);
  } catch (err) {
    if ((err as { code?: string }).code === 'EEXIST') {
      throw new CheckpointRefused(`checkpoint ${body.seq} was written by another writer meanwhile`);
    }
    throw err;
  } finally {
    unlinkSync(tmp);
  }
  return checkpoint;
}
