import type { GateView, ProjectEvent, ProjectNotification, ProjectSnapshot, Transition } from '@waardenpoort/domain';
import {
  AuditRepository,
  canonicalEventText,
  computeEventHash,
  createDataSource,
  dropDatabase,
  ensureDatabase,
  GENESIS_HASH,
  NotificationOutboxRepository,
  runMigrations,
  TransitionRepository,
} from '@waardenpoort/persistence';
import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openDatabase, ownDatabase, ownerUrl, testConfig } from './support/harness';

const BASE = Date.parse('2027-03-01T09:00:00.000Z');
const DOC = 'a'.repeat(64);

function event(projectId: string, n: number, overrides: Partial<ProjectEvent> = {}): ProjectEvent {
  return {
    eventId: `project-${projectId}:${n}`,
    projectId,
    at: new Date(BASE + n * 60_000).toISOString(),
    actor: { sub: 'pim.privacy', name: 'Pim de Vries', email: 'pim@enschede.example', roles: ['privacy-officer'] },
    action: 'quick-scan-submitted',
    gate: 'quick-scan',
    // Keys out of order and nested on purpose: jsonb reorders them, the canonical text must not care.
    payload: { z: 1, a: { y: [1, 'twee', null, true], b: 0.5 }, rationale: `stap ${n}` },
    documentHashes: [DOC],
    policyVersion: 3,
    workflowId: `project-${projectId}`,
    runId: 'run-1',
    ...overrides,
  };
}

function events(projectId: string, from: number, to: number): ProjectEvent[] {
  return Array.from({ length: to - from + 1 }, (_, i) => event(projectId, from + i));
}

function notification(
  projectId: string,
  id: string,
  overrides: Partial<ProjectNotification> = {},
): ProjectNotification {
  return {
    notificationId: id,
    projectId,
    kind: 'task-opened',
    gate: 'quick-scan',
    recipientRole: 'case-owner',
    recipientSub: 'carla.smit',
    dueAt: '2027-03-15T17:00:00.000Z',
    at: '2027-03-01T09:00:00.000Z',
    escalationLevel: 0,
    payload: { title: 'Quickscan invullen' },
    ...overrides,
  };
}

function snapshot(projectId: string, version: number, gate: Partial<GateView> = {}): ProjectSnapshot {
  const at = new Date(BASE + version * 60_000).toISOString();
  return {
    projectId,
    workflowId: `project-${projectId}`,
    runId: 'run-1',
    version,
    registration: {
      title: 'Slimme lantaarnpalen',
      summary: 'Sensoren in lantaarnpalen tellen passanten.',
      department: 'Stadsbeheer',
      technologies: ['sensor'],
      plannedStart: '2027-09-01',
    },
    caseOwner: { sub: 'carla.smit', name: 'Carla Smit', email: 'carla@enschede.example', roles: ['case-owner'] },
    registeredAt: new Date(BASE).toISOString(),
    status: 'active',
    currentGate: 'quick-scan',
    gates: [
      {
        gate: 'quick-scan',
        state: 'active',
        assigneeRole: 'case-owner',
        assigneeSub: 'carla.smit',
        openedAt: new Date(BASE).toISOString(),
        dueAt: '2027-03-15T17:00:00.000Z',
        completedAt: null,
        cycle: 0,
        step: 'answer-quick-scan',
        escalationLevel: 0,
        outcome: null,
        ...gate,
      },
    ],
    nextDeadline: '2027-03-15T17:00:00.000Z',
    updatedAt: at,
    policy: { id: 'enschede', version: 3 },
    route: null,
    advices: [],
    decision: null,
    reflectionRequests: [],
    commission: null,
    priorConsultation: null,
    heldAt: null,
    cycle: 0,
    timers: [],
    eventCount: 0,
  };
}

interface StoredLink {
  seq: string;
  prev_hash: string;
  hash: string;
  canonical: string;
}

describe('audit trail and notification outbox', () => {
  let db: DataSource;
  let audit: AuditRepository;
  let outbox: NotificationOutboxRepository;
  let transitions: TransitionRepository;

  // The tamper tests break chains on purpose: a database of this suite's own keeps the shared one whole.
  let ownUrl: string;
  let dropOwn: () => Promise<void>;
  const ownConfig = () => testConfig({ DATABASE_URL: ownUrl });

  beforeAll(async () => {
    const own = await ownDatabase('audit');
    ownUrl = own.url;
    dropOwn = own.drop;
    db = await openDatabase(ownConfig());
    audit = new AuditRepository(db);
    outbox = new NotificationOutboxRepository(db);
    transitions = new TransitionRepository(db);
  });
  afterAll(async () => {
    await db?.destroy();
    await dropOwn?.();
  });

  async function links(projectId: string): Promise<StoredLink[]> {
    return db.query(
      `SELECT e.seq::text AS seq, prev_hash, hash, canonical FROM audit_event e WHERE project_id = $1 ORDER BY e.seq`,
      [projectId],
    );
  }

  /** Checks the chain independently of `verify`, straight from the definition: sha256(prev_hash + canonical). */
  function expectChain(rows: StoredLink[], length: number): void {
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length }, (_, i) => i + 1));
    let prev = GENESIS_HASH;
    for (const r of rows) {
      expect(r.prev_hash).toBe(prev);
      expect(r.hash).toBe(
        createHash('sha256')
          .update(prev + r.canonical)
          .digest('hex'),
      );
      prev = r.hash;
    }
  }

  describe('hash chain', () => {
    it('hashes canonical text that ignores key order and fields it does not cover', () => {
      const fields = {
        id: 'e1',
        projectId: '00000000-0000-4000-8000-000000000001',
        seq: 1,
        occurredAt: '2027-03-01T09:00:00.000Z',
        actor: { sub: 's', name: 'n', roles: ['auditor'] },
        action: 'a',
        gate: null,
        payload: { b: 2, a: 1 },
        documentHashes: [],
        policyVersion: null,
        workflowId: 'w',
        runId: 'r',
      };
      const text = canonicalEventText(fields);
      expect(text).toBe(
        '{"action":"a","actor":{"name":"n","roles":["auditor"],"sub":"s"},"documentHashes":[],"gate":null,' +
          '"id":"e1","occurredAt":"2027-03-01T09:00:00.000Z","payload":{"a":1,"b":2},"policyVersion":null,' +
          '"projectId":"00000000-0000-4000-8000-000000000001","runId":"r","seq":1,"workflowId":"w"}',
      );
      const withExtras = { ...fields, payload: { a: 1, b: 2 }, recordedAt: 'later', actor: { ...fields.actor, x: 1 } };
      expect(canonicalEventText(withExtras)).toBe(text);
      expect(computeEventHash(GENESIS_HASH, text)).toBe(
        createHash('sha256')
          .update('0'.repeat(64) + text)
          .digest('hex'),
      );
      expect(() => computeEventHash('ABC', text)).toThrow(/64 lower-case hex/);
      expect(() => canonicalEventText({ ...fields, seq: 0 })).toThrow(/invalid audit seq/);
    });
  });

  describe('append', () => {
    it('inserts an event once when the same events are appended again, and the chain stays valid', async () => {
      const p = randomUUID();
      expect(await audit.appendStandalone(events(p, 1, 3))).toBe(3);
      expect(await audit.appendStandalone(events(p, 1, 3))).toBe(0);
      // A retry that also carries a new event: only the new one gets a seq, and it is the next one, not 7.
      expect(await audit.appendStandalone(events(p, 1, 4))).toBe(1);
      // Duplicates inside one call count once.
      expect(await audit.appendStandalone([event(p, 5), event(p, 5)])).toBe(1);

      expectChain(await links(p), 5);
      await expect(audit.verify({ projectId: p })).resolves.toEqual({ ok: true, projects: 1, events: 5 });

      const timeline = await audit.timeline(p);
      expect(timeline.map((e) => e.eventId)).toEqual([1, 2, 3, 4, 5].map((n) => `project-${p}:${n}`));
      expect(timeline[0]).toEqual({
        eventId: `project-${p}:1`,
        projectId: p,
        seq: 1,
        occurredAt: new Date(BASE + 60_000).toISOString(),
        recordedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        actor: { sub: 'pim.privacy', name: 'Pim de Vries', roles: ['privacy-officer'] },
        action: 'quick-scan-submitted',
        gate: 'quick-scan',
        payload: { z: 1, a: { y: [1, 'twee', null, true], b: 0.5 }, rationale: 'stap 1' },
        documentHashes: [DOC],
        policyVersion: 3,
        workflowId: `project-${p}`,
        runId: 'run-1',
        prevHash: GENESIS_HASH,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      expect(timeline[1]?.prevHash).toBe(timeline[0]?.hash);
    });

    it('stores system events without an actor, and normalises instants and the project id', async () => {
      const p = randomUUID();
      const upper = p.toUpperCase();
      await audit.appendStandalone([
        event(p, 1, {
          projectId: upper,
          actor: null,
          gate: null,
          at: '2027-03-01T10:00:00+01:00',
          policyVersion: null,
        }),
      ]);
      const [row] = await audit.timeline(p);
      expect(row).toMatchObject({ projectId: p, actor: null, gate: null, occurredAt: '2027-03-01T09:00:00.000Z' });
      const [stored] = await db.query(`SELECT actor_sub, actor_name, actor_roles FROM audit_event WHERE id = $1`, [
        row?.eventId,
      ]);
      expect(stored).toEqual({ actor_sub: null, actor_name: null, actor_roles: [] });
      await expect(audit.verify({ projectId: upper })).resolves.toEqual({ ok: true, projects: 1, events: 1 });
    });

    it('gives every project its own 1..n sequence when appends to two projects interleave', async () => {
      const a = randomUUID();
      const b = randomUUID();
      expect(await audit.appendStandalone([event(a, 1), event(b, 1), event(a, 2), event(b, 2)])).toBe(4);
      expect(await audit.appendStandalone([event(b, 3), event(a, 3)])).toBe(2);
      expect(await audit.appendStandalone([event(a, 4)])).toBe(1);

      expectChain(await links(a), 4);
      expectChain(await links(b), 3);
      expect((await audit.timeline(a)).map((e) => e.eventId)).toEqual([1, 2, 3, 4].map((n) => `project-${a}:${n}`));
      expect((await audit.timeline(b)).map((e) => e.eventId)).toEqual([1, 2, 3].map((n) => `project-${b}:${n}`));
      await expect(audit.verify({ projectId: a })).resolves.toEqual({ ok: true, projects: 1, events: 4 });
      await expect(audit.verify({ projectId: b })).resolves.toEqual({ ok: true, projects: 1, events: 3 });
    });

    it('keeps the chain gapless under 10 concurrent transactions, also when they race on the same event', async () => {
      const p = randomUUID();
      const other = randomUUID();
      // A pool as large as the number of transactions, so they really overlap in PostgreSQL.
      const wide = createDataSource({ url: ownConfig().database.url, poolSize: 10, applicationName: 'audit-race' });
      await wide.initialize();
      try {
        const racing = new AuditRepository(wide);
        const counts = await Promise.all(
          Array.from({ length: 10 }, (_, i) => {
            const own = [event(p, 100 + 2 * i), event(p, 101 + 2 * i), event(other, 100 + i)];
            // Every transaction also carries the same event (a retry racing the original), and half of them name
            // the two projects in the opposite order, which must not deadlock.
            const batch = [event(p, 1), ...own];
            return wide.transaction((em) => racing.append(em, i % 2 === 0 ? batch : [...batch].reverse()));
          }),
        );
        expect(counts.reduce((x, y) => x + y, 0)).toBe(1 + 20 + 10);
      } finally {
        await wide.destroy();
      }
      expectChain(await links(p), 21);
      expectChain(await links(other), 10);
      expect((await audit.timeline(p)).map((e) => e.seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
      await expect(audit.verify({ projectId: p })).resolves.toEqual({ ok: true, projects: 1, events: 21 });
      await expect(audit.verify({ projectId: other })).resolves.toEqual({ ok: true, projects: 1, events: 10 });
    });

    it('refuses to append outside a transaction, where the lock would not hold', async () => {
      const p = randomUUID();
      await expect(audit.append(db.manager, [event(p, 1)])).rejects.toThrow(/needs an open transaction/);
      expect(await audit.timeline(p)).toEqual([]);
    });

    it('rolls back with the caller: nothing, not even a seq, is left of a failed transaction', async () => {
      const p = randomUUID();
      await audit.appendStandalone([event(p, 1)]);
      await expect(
        db.transaction(async (em) => {
          await audit.append(em, [event(p, 2)]);
          throw new Error('the caller fails after appending');
        }),
      ).rejects.toThrow(/caller fails/);
      await audit.appendStandalone([event(p, 3)]);
      expectChain(await links(p), 2);
      expect((await audit.timeline(p)).map((e) => e.eventId)).toEqual([`project-${p}:1`, `project-${p}:3`]);
    });
  });

  describe('append-only, enforced by PostgreSQL', () => {
    let p: string;
    let id: string;
    beforeAll(async () => {
      p = randomUUID();
      await audit.appendStandalone(events(p, 1, 2));
      id = `project-${p}:1`;
    });

    it('refuses UPDATE', async () => {
      await expect(db.query(`UPDATE audit_event SET action = 'rewritten' WHERE id = $1`, [id])).rejects.toThrow(
        'audit_event is append-only: UPDATE is not allowed',
      );
    });

    it('refuses DELETE', async () => {
      await expect(db.query(`DELETE FROM audit_event WHERE id = $1`, [id])).rejects.toThrow(
        'audit_event is append-only: DELETE is not allowed',
      );
    });

    it('refuses TRUNCATE', async () => {
      const qr = db.createQueryRunner();
      try {
        // In a transaction that is rolled back anyway: should the guard ever be missing, no other test loses data.
        await qr.startTransaction();
        await expect(qr.query(`TRUNCATE audit_event`)).rejects.toThrow(
          'audit_event is append-only: TRUNCATE is not allowed',
        );
      } finally {
        await qr.rollbackTransaction();
        await qr.release();
      }
    });

    it('left the rows untouched', async () => {
      expectChain(await links(p), 2);
      expect((await audit.timeline(p))[0]?.action).toBe('quick-scan-submitted');
    });
  });

  describe('tamper evidence', () => {
    /** What someone with the schema owner's rights could do: switch the guard off, change a row, switch it on. */
    async function tamper(sql: string, params: unknown[]): Promise<void> {
      await db.transaction(async (em) => {
        await em.query(`ALTER TABLE audit_event DISABLE TRIGGER USER`);
        await em.query(sql, params);
        await em.query(`ALTER TABLE audit_event ENABLE TRIGGER USER`);
      });
    }

    it('verifies the whole trail in batches, reporting progress', async () => {
      const [{ n, projects }] = await db.query(
        `SELECT count(*)::int AS n, count(DISTINCT project_id)::int AS projects FROM audit_event`,
      );
      const progress: Array<[number, number]> = [];
      // A batch size that is no divisor of any chain length, so batches end in the middle of chains.
      const result = await audit.verify({ batchSize: 7, onProgress: (done, total) => progress.push([done, total]) });
      expect(result).toEqual({ ok: true, projects, events: n });
      expect(progress.length).toBe(Math.floor(n / 7) + 1);
      expect(progress.every(([, total]) => total === n)).toBe(true);
      expect(progress[progress.length - 1]).toEqual([n, n]);
      // Three worker threads over three ranges of project ids, in one snapshot: the same answer.
      const parallelProgress: number[] = [];
      await expect(
        audit.verify({ batchSize: 7, parallel: 3, onProgress: (done) => parallelProgress.push(done) }),
      ).resolves.toEqual(result);
      expect(parallelProgress[parallelProgress.length - 1]).toBe(n);
    });

    it('reports the row whose canonical text was changed as the first broken, and other chains as fine', async () => {
      const t = randomUUID();
      const u = randomUUID();
      await audit.appendStandalone(events(t, 1, 5));
      await audit.appendStandalone(events(u, 1, 3));
      await tamper(
        `UPDATE audit_event SET payload = jsonb_set(payload, '{rationale}', '"iets anders"'),
           canonical = replace(canonical, '"stap 3"', '"iets anders"')
         WHERE project_id = $1 AND seq = 3`,
        [t],
      );
      const changed = (await links(t))[2];
      expect(changed?.canonical).toContain('iets anders');

      const whole = await audit.verify({ batchSize: 4 });
      expect(whole).toMatchObject({
        ok: false,
        firstBroken: { projectId: t, seq: 3, eventId: `project-${t}:3`, reason: 'hash-mismatch' },
      });
      // Side by side, the first broken row and the counts up to it are the ones a single pass finds.
      for (const parallel of [2, 5]) await expect(audit.verify({ batchSize: 4, parallel })).resolves.toEqual(whole);
      await expect(audit.verify({ projectId: t, batchSize: 2 })).resolves.toEqual({
        ok: false,
        projects: 1,
        events: 3,
        firstBroken: { projectId: t, seq: 3, eventId: `project-${t}:3`, reason: 'hash-mismatch' },
      });
      await expect(audit.verify({ projectId: u })).resolves.toEqual({ ok: true, projects: 1, events: 3 });
    });

    it('notices a readable column changed behind the hashed text', async () => {
      const p = randomUUID();
      await audit.appendStandalone(events(p, 1, 3));
      await tamper(`UPDATE audit_event SET payload = '{"z":1}' WHERE project_id = $1 AND seq = 2`, [p]);
      await expect(audit.verify({ projectId: p })).resolves.toMatchObject({
        ok: false,
        firstBroken: { projectId: p, seq: 2, reason: 'content-mismatch' },
      });

      const q = randomUUID();
      await audit.appendStandalone(events(q, 1, 3));
      await tamper(`UPDATE audit_event SET actor_name = 'Iemand anders' WHERE project_id = $1 AND seq = 3`, [q]);
      await expect(audit.verify({ projectId: q })).resolves.toMatchObject({
        ok: false,
        firstBroken: { projectId: q, seq: 3, reason: 'content-mismatch' },
      });
    });

    it('notices columns no canonical text can hold: sub-millisecond and infinite instants, huge numbers', async () => {
      // Read through the pg driver, the first used to look like the hashed text (a Date holds milliseconds only) and
      // the others made verify throw (Infinity has no toISOString; canonicalJson refuses a non-finite number).
      const p = randomUUID();
      await audit.appendStandalone(events(p, 1, 3));
      await tamper(
        `UPDATE audit_event SET occurred_at = occurred_at + interval '1 microsecond' WHERE project_id = $1 AND seq = 2`,
        [p],
      );
      await expect(audit.verify({ projectId: p })).resolves.toMatchObject({
        ok: false,
        events: 2,
        firstBroken: { projectId: p, seq: 2, reason: 'content-mismatch' },
      });

      const q = randomUUID();
      await audit.appendStandalone(events(q, 1, 3));
      await tamper(`UPDATE audit_event SET payload = '{"z": 1e400}' WHERE project_id = $1 AND seq = 3`, [q]);
      await expect(audit.verify({ projectId: q })).resolves.toMatchObject({
        ok: false,
        firstBroken: { projectId: q, seq: 3, reason: 'content-mismatch' },
      });

      const r = randomUUID();
      await audit.appendStandalone(events(r, 1, 3));
      await tamper(`UPDATE audit_event SET occurred_at = 'infinity' WHERE project_id = $1 AND seq = 1`, [r]);
      await expect(audit.verify({ projectId: r })).resolves.toMatchObject({
        ok: false,
        firstBroken: { projectId: r, seq: 1, reason: 'content-mismatch' },
      });
    });

    it('reads back awkward text and old instants as they were hashed, whatever the session time zone', async () => {
      // Quotes, backslashes, control characters, emoji, line separators and the keys around the payload: verify
      // compares PostgreSQL's printing of the columns (array_to_json, jsonb) with the hashed canonical text.
      const odd = 'a"b\\c\u0001\n\t é 😀 \u2028 ,"payload": ,"policyVersion":';
      const p = randomUUID();
      await audit.appendStandalone([
        event(p, 1, {
          actor: { sub: odd, name: odd, email: 'x@example.org', roles: [odd, ''] as never[] },
          action: odd as never,
          gate: 'g"\\\u0002' as never,
          payload: { [odd]: odd, nested: { payload: { policyVersion: [1e21, 1e-7, 0.1 + 0.2, -0] } } },
          documentHashes: [odd],
          workflowId: odd,
          runId: odd,
        }),
        // Before the year 1000: not the plain instant form verify compares as text, so decided on the parsed row.
        event(p, 2, { at: '0500-03-01T09:00:00.000Z' }),
        event(p, 3, { actor: null, gate: null, policyVersion: null, workflowId: null, runId: null }),
      ]);
      await expect(audit.verify({ projectId: p })).resolves.toEqual({ ok: true, projects: 1, events: 3 });

      const name = new URL(ownUrl).pathname.slice(1);
      await db.query(`ALTER DATABASE "${name}" SET timezone TO 'Asia/Kathmandu'`);
      const elsewhere = createDataSource({ url: ownUrl, poolSize: 1, applicationName: 'audit-time-zone' });
      try {
        await elsewhere.initialize();
        expect(await elsewhere.query(`SHOW timezone`)).toEqual([{ TimeZone: 'Asia/Kathmandu' }]);
        await expect(new AuditRepository(elsewhere).verify({ projectId: p })).resolves.toEqual({
          ok: true,
          projects: 1,
          events: 3,
        });
      } finally {
        if (elsewhere.isInitialized) await elsewhere.destroy();
        await db.query(`ALTER DATABASE "${name}" RESET timezone`);
      }
    });

    it('notices a stored hash written another way, even on the last row, where no next row links to it', async () => {
      // The hash is compared as the lower-case hex computeEventHash writes, not as a number or case-insensitively.
      const p = randomUUID();
      await audit.appendStandalone(events(p, 1, 3));
      await tamper(`UPDATE audit_event SET hash = upper(hash) WHERE project_id = $1 AND seq = 3`, [p]);
      await expect(audit.verify({ projectId: p })).resolves.toEqual({
        ok: false,
        projects: 1,
        events: 3,
        firstBroken: { projectId: p, seq: 3, eventId: `project-${p}:3`, reason: 'hash-mismatch' },
      });
    });

    it('notices a row rewritten with a recomputed hash at the row after it', async () => {
      const p = randomUUID();
      await audit.appendStandalone(events(p, 1, 4));
      const before = (await links(p))[1];
      if (!before) throw new Error('no row 2');
      const canonical = before.canonical.replace('"stap 2"', '"herschreven"');
      await tamper(
        `UPDATE audit_event SET payload = jsonb_set(payload, '{rationale}', '"herschreven"'), canonical = $2, hash = $3
         WHERE project_id = $1 AND seq = 2`,
        [p, canonical, computeEventHash(before.prev_hash, canonical)],
      );
      await expect(audit.verify({ projectId: p })).resolves.toMatchObject({
        ok: false,
        firstBroken: { projectId: p, seq: 3, eventId: `project-${p}:3`, reason: 'prev-hash-mismatch' },
      });
    });

    it('notices a removed row as a sequence gap', async () => {
      const p = randomUUID();
      await audit.appendStandalone(events(p, 1, 4));
      await tamper(`DELETE FROM audit_event WHERE project_id = $1 AND seq = 2`, [p]);
      await expect(audit.verify({ projectId: p })).resolves.toMatchObject({
        ok: false,
        events: 2,
        firstBroken: { projectId: p, seq: 3, reason: 'sequence-gap' },
      });
    });
  });

  describe('transition publish', () => {
    it('writes snapshot, events and notifications together, and a retried publish writes nothing new', async () => {
      const p = randomUUID();
      const t: Transition = {
        snapshot: snapshot(p, 1),
        events: events(p, 1, 2),
        notifications: [notification(p, `${p}:task:quick-scan:0`)],
      };
      const first = await transitions.publish(t);
      const [last] = await links(p).then((rows) => rows.slice(-1));
      // The head of the chain after the publish goes back to the workflow (its witness outside PostgreSQL).
      expect(first).toEqual({
        applied: true,
        eventsInserted: 2,
        notificationsInserted: 1,
        auditHead: { seq: 2, hash: last?.hash },
      });
      const [project] = await db.query(`SELECT state_version, current_gate FROM project WHERE id = $1`, [p]);
      expect(project).toEqual({ state_version: 1, current_gate: 'quick-scan' });
      const tasks = await db.query(`SELECT gate, status FROM task WHERE project_id = $1`, [p]);
      expect(tasks).toEqual([{ gate: 'quick-scan', status: 'open' }]);
      expect((await audit.timeline(p)).map((e) => e.seq)).toEqual([1, 2]);
      expect((await outbox.forProject(p)).map((n) => n.notificationId)).toEqual([`${p}:task:quick-scan:0`]);

      await expect(transitions.publish(t)).resolves.toEqual({
        applied: false,
        eventsInserted: 0,
        notificationsInserted: 0,
        auditHead: first.auditHead,
      });
      expect(await audit.timeline(p)).toHaveLength(2);
      expect(await outbox.forProject(p)).toHaveLength(1);
      await expect(audit.verify({ projectId: p })).resolves.toEqual({ ok: true, projects: 1, events: 2 });
    });

    it('records the events and notifications of a stale snapshot, but leaves the newer read model alone', async () => {
      const p = randomUUID();
      await transitions.publish({
        snapshot: snapshot(p, 5, { state: 'completed', assigneeRole: null, completedAt: '2027-03-02T09:00:00.000Z' }),
        events: [event(p, 5)],
        notifications: [],
      });
      const late: Transition = {
        snapshot: snapshot(p, 4),
        events: [event(p, 4)],
        notifications: [notification(p, `${p}:reminder:1`, { kind: 'reminder' })],
      };
      await expect(transitions.publish(late)).resolves.toMatchObject({
        applied: false,
        eventsInserted: 1,
        notificationsInserted: 1,
        auditHead: { seq: 2 },
      });
      const [project] = await db.query(`SELECT state_version FROM project WHERE id = $1`, [p]);
      expect(project).toEqual({ state_version: 5 });
      expect(await db.query(`SELECT id FROM task WHERE project_id = $1`, [p])).toEqual([]);
      // The trail is in recording order; occurred_at still tells when each thing happened.
      expect((await audit.timeline(p)).map((e) => [e.seq, e.eventId])).toEqual([
        [1, `project-${p}:5`],
        [2, `project-${p}:4`],
      ]);
    });

    it('writes nothing at all when one part of the transition fails', async () => {
      const p = randomUUID();
      const broken: Transition = {
        snapshot: snapshot(p, 1),
        events: events(p, 1, 2),
        notifications: [notification(p, `${p}:bad`, { dueAt: 'not a date' })],
      };
      await expect(transitions.publish(broken)).rejects.toThrow(/timestamp|time zone|date/i);
      expect(await db.query(`SELECT id FROM project WHERE id = $1`, [p])).toEqual([]);
      expect(await db.query(`SELECT id FROM task WHERE project_id = $1`, [p])).toEqual([]);
      expect(await audit.timeline(p)).toEqual([]);
      expect(await outbox.forProject(p)).toEqual([]);
    });

    it('refuses a transition that carries another project’s event', async () => {
      const p = randomUUID();
      const stray = randomUUID();
      await expect(
        transitions.publish({ snapshot: snapshot(p, 1), events: [event(stray, 1)], notifications: [] }),
      ).rejects.toThrow(/carries an item of/);
      expect(await audit.timeline(stray)).toEqual([]);
    });
  });

  describe('notification outbox', () => {
    it('dedupes by id, within a call, across calls and between racing transactions', async () => {
      const p = randomUUID();
      const first = notification(p, `${p}:b`);
      const second = notification(p, `${p}:a`, { kind: 'escalation', escalationLevel: 1, recipientRole: 'dpo' });
      const third = notification(p, `${p}:c`, { at: '2027-02-28T09:00:00.000Z', dueAt: null, recipientSub: null });
      expect(await db.transaction((em) => outbox.enqueue(em, [first, second, first]))).toBe(2);
      expect(await db.transaction((em) => outbox.enqueue(em, [second, first]))).toBe(0);
      const raced = await Promise.all([
        db.transaction((em) => outbox.enqueue(em, [third])),
        db.transaction((em) => outbox.enqueue(em, [third])),
      ]);
      expect(raced.sort()).toEqual([0, 1]);

      const queued = await outbox.forProject(p);
      // created_at first (the third is a day older), then the id breaks the tie between the other two.
      expect(queued.map((n) => n.notificationId)).toEqual([`${p}:c`, `${p}:a`, `${p}:b`]);
      expect(queued[1]).toEqual({
        notificationId: `${p}:a`,
        projectId: p,
        kind: 'escalation',
        gate: 'quick-scan',
        recipientRole: 'dpo',
        recipientSub: 'carla.smit',
        dueAt: '2027-03-15T17:00:00.000Z',
        createdAt: '2027-03-01T09:00:00.000Z',
        escalationLevel: 1,
        payload: { title: 'Quickscan invullen' },
        status: 'pending',
        attempts: 0,
        lastError: null,
        sentAt: null,
      });
      expect(queued[0]).toMatchObject({ dueAt: null, recipientSub: null });
    });

    it('only accepts the known delivery states', async () => {
      const p = randomUUID();
      await db.transaction((em) => outbox.enqueue(em, [notification(p, `${p}:x`)]));
      await expect(
        db.query(`UPDATE notification_outbox SET status = 'lost' WHERE id = $1`, [`${p}:x`]),
      ).rejects.toThrow(/CHK_notification_outbox_status/);
    });
  });

  describe('migration', () => {
    it('reverts cleanly and applies again', async () => {
      const url = new URL(ownerUrl(ownConfig().database.url));
      url.pathname = `${url.pathname}_down`;
      await ensureDatabase(url.toString());
      const ds = createDataSource({ url: url.toString(), poolSize: 1 });
      try {
        await runMigrations({ url: url.toString() });
        await ds.initialize();
        const objects = async (): Promise<unknown> =>
          (
            await ds.query(
              `SELECT to_regclass('audit_event') IS NOT NULL AS audit, to_regclass('notification_outbox') IS NOT NULL
                 AS outbox, EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'audit_event_append_only') AS fn`,
            )
          )[0];
        expect(await objects()).toEqual({ audit: true, outbox: true, fn: true });
        // Later migrations are reverted first, as `migration:revert` would have to.
        const applied = async (): Promise<boolean> =>
          (await ds.query(`SELECT 1 FROM typeorm_migrations WHERE name = 'AuditTrailAndOutbox1764400000000'`)).length >
          0;
        for (let guard = 0; (await applied()) && guard < 100; guard += 1) {
          await ds.undoLastMigration({ transaction: 'each' });
        }
        expect(await applied()).toBe(false);
        expect(await objects()).toEqual({ audit: false, outbox: false, fn: false });
        expect(await ds.query(`SELECT to_regclass('project') IS NOT NULL AS project`)).toEqual([{ project: true }]);
        await ds.runMigrations({ transaction: 'each' });
        expect(await objects()).toEqual({ audit: true, outbox: true, fn: true });
      } finally {
        if (ds.isInitialized) await ds.destroy();
        await dropDatabase(url.toString());
      }
    });
  });
});
