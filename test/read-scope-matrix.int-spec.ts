import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import {
  ADVICE_GROUP,
  canReadProject,
  GATE_OUTCOME_GROUP,
  PROJECT_FIELD_GROUP,
  READ_SCOPE,
  readableFieldGroups,
  ROLES,
  type FieldGroup,
  type GateId,
  type ProjectScopeFacts,
  type Reader,
  type Role,
} from '@waardenpoort/domain';
import { formatFeedPosition, ProjectReadModelRepository, WebhookFeedRepository } from '@waardenpoort/persistence';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HIGH_RISK, LOW_RISK } from './support/answers';
import { eventually, openDatabase, startApi, startTestWorker, testConfig, token } from './support/harness';
import { DPIA_BODY, PEOPLE, ProjectApi, type Person } from './support/project-api';

/**
 * Least privilege for reading: role × resource × field, generated from READ_SCOPE (libs/domain), against the real
 * API, worker, Temporal and PostgreSQL. Projects in two departments and three states (a plain one, one with a DPIA
 * and the commission, one before the commission only); for every reader and every read route the visible projects
 * and the fields present are what the table says, and nothing else.
 */
describe('read scope matrix (READ_SCOPE × read routes × fields)', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let db: DataSource;
  let api: ProjectApi;
  let base: string;
  let feedStart: string;
  let cases = 0;

  const tag = randomUUID().slice(0, 6);
  const deptA = `Openbare Ruimte ${tag}`;
  const deptB = `Sociaal Domein ${tag}`;
  const owner1: Person & { department?: string } = { sub: `anna-${tag}`, roles: ['case-owner'], name: 'Anna' };
  const owner2: Person = { sub: `bert-${tag}`, roles: ['case-owner'], name: 'Bert' };

  /** Readers: every role once (the case owner three times: owner of each, and of nothing), plus edge cases. */
  interface TestReader extends Reader {
    label: string;
    roles: Role[];
  }
  const readers: TestReader[] = [
    { label: 'case-owner (owner of plain and…)', sub: owner1.sub, roles: ['case-owner'] },
    { label: 'case-owner (owner of dpia and commission)', sub: owner2.sub, roles: ['case-owner'] },
    { label: 'case-owner of nothing (tried to act on plain)', sub: `carl-${tag}`, roles: ['case-owner'] },
    { label: 'department-head of A', sub: `hans-${tag}`, roles: ['department-head'], department: deptA },
    { label: 'department-head of B', sub: `henk-${tag}`, roles: ['department-head'], department: deptB },
    { label: 'department-head without department', sub: `hugo-${tag}`, roles: ['department-head'] },
    // A deputy of A in the organisation model, whose own department claim is B: reads A's projects as A's head does.
    {
      label: 'department-head of B, deputy of A in the organisation model',
      sub: `dora-${tag}`,
      roles: ['department-head'],
      department: deptB,
      ledDepartments: [deptA],
    },
    ...ROLES.filter((r) => r !== 'case-owner' && r !== 'department-head').map((role) => ({
      label: role,
      sub: `${role}-${tag}`,
      roles: [role],
    })),
    { label: 'case-owner + dpo (union)', sub: owner1.sub, roles: ['case-owner', 'dpo'] },
  ];

  /** The projects and the facts the scenario gives them (what the read model must have derived). */
  const projects: Record<'plain' | 'dpia' | 'commission' | 'registered', { id: string; facts: ProjectScopeFacts }> =
    {} as never;

  const bearer = async (r: Reader & { roles: Role[] }): Promise<string> =>
    `Bearer ${await token({ sub: r.sub, roles: r.roles, ...(r.department ? { department: r.department } : {}) })}`;

  beforeAll(async () => {
    config = testConfig();
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    feedStart = formatFeedPosition(await new WebhookFeedRepository(db).head());
    // The organisation model: A headed by Hans, with Dora as deputy (both in the directory first).
    const cio = { sub: `cio-org-${tag}`, roles: ['cio-office'] as Role[] };
    for (const p of [cio, ...readers.filter((r) => r.sub === `hans-${tag}` || r.sub === `dora-${tag}`)]) {
      await request(app.getHttpServer())
        .get('/api/v1/me')
        .set('Authorization', await bearer(p))
        .expect(200);
    }
    await request(app.getHttpServer())
      .put(`/api/v1/organisation/departments/${encodeURIComponent(deptA)}`)
      .set('Authorization', await bearer(cio))
      .send({
        nameNl: deptA,
        nameEn: deptA,
        headSub: `hans-${tag}`,
        deputySubs: [`dora-${tag}`],
        version: 0,
        reason: 'matrix',
      })
      .expect(201);

    // plain: low risk, department A, owner 1: quick-scan, then the decision.
    const plain = await api.register(deptA, `Parkeersensoren ${tag}`, owner1);
    expect((await api.post(plain, 'quick-scan', owner1, { answers: LOW_RISK })).status).toBe(200);
    // A refused attempt by another case owner gives them no read access.
    const carl = { sub: `carl-${tag}`, roles: ['case-owner'] as Role[] };
    expect([403, 409, 422]).toContain((await api.post(plain, 'hold', carl, { reason: 'niet van mij' })).status);

    // dpia: high risk (DPIA and commission required), department B, owner 2, the DPIA submitted.
    const dpia = await api.register(deptB, `Camera's binnenstad ${tag}`, owner2);
    expect((await api.post(dpia, 'quick-scan', owner2, { answers: HIGH_RISK })).status).toBe(200);
    expect((await api.post(dpia, 'dpia', owner2, DPIA_BODY)).status).toBe(200);

    // commission: low risk, department A, owner 2, a reflection requested: before the commission, no DPIA.
    const commission = await api.register(deptA, `Luchtkwaliteit ${tag}`, owner2);
    expect((await api.post(commission, 'quick-scan', owner2, { answers: LOW_RISK })).status).toBe(200);
    expect((await api.post(commission, 'commission/request', owner2, { reason: 'Gevoelig in de wijk' })).status).toBe(
      200,
    );

    const facts = (
      department: string,
      owner: string,
      dpiaFlag: boolean,
      commissionFlag: boolean,
    ): ProjectScopeFacts => ({
      department,
      caseOwnerSub: owner,
      participantSubs: [owner],
      dpia: dpiaFlag,
      commission: commissionFlag,
    });
    projects.plain = { id: plain, facts: facts(deptA, owner1.sub, false, false) };
    projects.dpia = { id: dpia, facts: facts(deptB, owner2.sub, true, true) };
    projects.commission = { id: commission, facts: facts(deptA, owner2.sub, false, true) };
    // registered: only the row the API writes when no worker answers (no workflow publishes it, so nothing
    // changes it while the test reads), department A, a case owner who is none of the readers. With a task addressed
    // to a role as a whole (the department head; no policy does so yet, the inbox must still hold): only a
    // department head who may read the project sees it.
    const registered = randomUUID();
    await new ProjectReadModelRepository(db).insertRegistered({
      projectId: registered,
      workflowId: `project-${registered}`,
      registration: {
        title: `Alleen geregistreerd ${tag}`,
        summary: 'Zonder workflow.',
        department: deptA,
        technologies: ['sensor'],
        plannedStart: '2027-05-01',
      },
      caseOwner: { sub: `dora-${tag}`, name: 'Dora', email: `dora-${tag}@enschede.example` },
      registeredAt: new Date().toISOString(),
    });
    await db.query(
      `INSERT INTO task (id, project_id, gate, cycle, step, assignee_role, assignee_sub, status, opened_at, due_at,
         escalation_level, department, project_on_hold)
       VALUES ($1, $2, 'portfolio-decision', 99, 'decide', 'department-head', NULL, 'open', now(),
               now() + interval '1 day', 0, $3, false)`,
      [`${registered}:matrix-role-task`, registered, deptA],
    );
    projects.registered = { id: registered, facts: facts(deptA, `dora-${tag}`, false, false) };
    // The workflows' publishes are in before any read below.
    await eventually(async () => {
      const p = await api.get(commission, PEOPLE.auditor);
      return p.gates.some(
        (g: { gate: string; state: string }) => g.gate === 'commission-reflection' && g.state === 'active',
      )
        ? p
        : undefined;
    });
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    process.stdout.write(`read scope matrix: ${cases} reader × route × project cases\n`);
  });

  const expectedVisible = (r: Reader): string[] =>
    Object.values(projects)
      .filter((p) => canReadProject(p.facts, r))
      .map((p) => p.id)
      .sort();

  it('derives the facts the table reads (department, DPIA, commission, who acts on it) in the read model', async () => {
    for (const p of Object.values(projects)) {
      const [row] = await db.query(
        `SELECT department, case_owner_sub, dpia_scope, commission_scope,
                ARRAY(SELECT sub FROM project_participant WHERE project_id = $1 ORDER BY sub) AS participants
           FROM project WHERE id = $1`,
        [p.id],
      );
      expect(row).toEqual({
        department: p.facts.department,
        case_owner_sub: p.facts.caseOwnerSub,
        dpia_scope: p.facts.dpia,
        commission_scope: p.facts.commission,
        participants: [...p.facts.participantSubs],
      });
    }
  });

  describe.each(readers.map((r) => [r.label, r] as const))('%s', (_label, reader) => {
    it('GET /api/v1/projects lists exactly the projects the table shows it (filtered in SQL, total included)', async () => {
      const auth = await bearer(reader);
      const seen: string[] = [];
      for (const department of [deptA, deptB]) {
        const res = await request(app.getHttpServer())
          .get('/api/v1/projects')
          .query({ department, pageSize: 100 })
          .set('Authorization', auth)
          .expect(200);
        expect(res.body.total).toBe(res.body.items.length);
        seen.push(...res.body.items.map((p: { id: string }) => p.id));
        for (const item of res.body.items as Array<Record<string, unknown>>) {
          const p = Object.values(projects).find((x) => x.id === item['id']);
          if (p) expectFields(item, readableFieldGroups(p.facts, reader));
        }
        cases += 1;
      }
      expect(seen.sort()).toEqual(expectedVisible(reader));
    });

    it('GET /api/v1/projects/:id: 200 with the fields of its groups, 404 outside its scope', async () => {
      const auth = await bearer(reader);
      for (const [name, p] of Object.entries(projects)) {
        const groups = readableFieldGroups(p.facts, reader);
        const res = await request(app.getHttpServer()).get(`/api/v1/projects/${p.id}`).set('Authorization', auth);
        cases += 1;
        expect({ project: name, status: res.status }).toEqual({ project: name, status: groups.size > 0 ? 200 : 404 });
        if (groups.size === 0) {
          // The same answer as for a project that does not exist: existence does not leak.
          const none = await request(app.getHttpServer())
            .get(`/api/v1/projects/${randomUUID()}`)
            .set('Authorization', auth)
            .expect(404);
          expect(Object.keys(res.body).sort()).toEqual(Object.keys(none.body).sort());
          expect(res.body.type).toBe(none.body.type);
          expect(JSON.stringify(res.body)).not.toContain('Camera');
          continue;
        }
        expectFields(res.body as Record<string, unknown>, groups);
      }
    });

    it('GET /api/v1/tasks shows only tasks of projects it may read', async () => {
      const res = await request(app.getHttpServer())
        .get('/api/v1/tasks')
        .set('Authorization', await bearer(reader))
        .expect(200);
      cases += 1;
      const ours = Object.values(projects).map((p) => p.id);
      const taskProjects = (res.body as Array<{ project: { id: string } }>)
        .map((t) => t.project.id)
        .filter((id) => ours.includes(id));
      for (const id of taskProjects) expect(expectedVisible(reader)).toContain(id);
      // Without the scope filter the role-addressed tasks would show: the DPO's advice task of the DPIA project to
      // the DPO (in scope), the decision tasks to the portfolio holder (all), none to a department head of A.
      if (reader.roles.length === 1 && reader.roles[0] === 'dpo') expect(taskProjects).toContain(projects.dpia.id);
      if (reader.roles.includes('department-head')) {
        expect(taskProjects.includes(projects.registered.id)).toBe(canReadProject(projects.registered.facts, reader));
      }
    });

    it('GET /api/v1/projects/:id/audit, /dossier and /route-proof: its role, then the same scope and trimming', async () => {
      const auth = await bearer(reader);
      for (const route of ['audit', 'dossier', 'route-proof'] as const) {
        for (const p of Object.values(projects)) {
          const res = await request(app.getHttpServer())
            .get(`/api/v1/projects/${p.id}/${route}`)
            .set('Authorization', auth);
          cases += 1;
          const roleAllowed = reader.roles.some((r) => r === 'auditor' || r === 'cio-office');
          const groups = readableFieldGroups(p.facts, reader);
          // The route proof shows the quick-scan's answers: only to a reader of the quick-scan.
          const readable = route !== 'route-proof' || groups.has('quickScan') ? 200 : 403;
          expect(res.status).toBe(!roleAllowed ? 403 : groups.size > 0 ? readable : 404);
          if (res.status === 200 && route === 'dossier') expectFields(res.body.project, groups);
        }
      }
    });

    it('GET /api/v1/events sends changes of exactly the projects it may read', async () => {
      const controller = new AbortController();
      const received: string[] = [];
      const done = (async () => {
        const res = await fetch(`${base}/api/v1/events`, {
          headers: { Authorization: await bearer(reader), 'Last-Event-ID': feedStart },
          signal: controller.signal,
        });
        expect(res.status).toBe(200);
        const decoder = new TextDecoder();
        let text = '';
        try {
          for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
            text += decoder.decode(chunk, { stream: true });
            for (const m of text.matchAll(/event: project\ndata: (.*)\n/g)) {
              const id = (JSON.parse(m[1]) as { id: string }).id;
              if (!received.includes(id)) received.push(id);
            }
          }
        } catch {
          // aborted
        }
      })();
      // The replay from before the scenario arrives at once; give it a generous moment.
      await new Promise((r) => setTimeout(r, 1_500));
      controller.abort();
      await done;
      cases += 1;
      // The registered-only project has no workflow and so no change to send.
      const ours = Object.values(projects).map((p) => p.id);
      expect(received.filter((id) => ours.includes(id)).sort()).toEqual(
        expectedVisible(reader).filter((id) => id !== projects.registered.id),
      );
    });
  });

  /** The fields of a project answer against its groups, generated from the table's field map. */
  function expectFields(body: Record<string, unknown>, groups: Set<FieldGroup>): void {
    const present = (field: string): boolean => field in body;
    for (const [field, group] of Object.entries(PROJECT_FIELD_GROUP)) {
      expect({ field, present: present(field) }).toEqual({ field, present: groups.has(group) });
    }
    for (const g of body['gates'] as Array<Record<string, unknown>>) {
      const gate = g['gate'] as GateId;
      expect({ gate, outcome: 'outcome' in g }).toEqual({ gate, outcome: groups.has(GATE_OUTCOME_GROUP[gate]) });
      expect({ gate, assigneeSub: 'assigneeSub' in g }).toEqual({ gate, assigneeSub: groups.has('people') });
    }
    for (const a of body['advices'] as Array<{ kind: keyof typeof ADVICE_GROUP }>) {
      expect(groups.has(ADVICE_GROUP[a.kind])).toBe(true);
    }
    for (const t of body['openTasks'] as Array<Record<string, unknown>>) {
      expect('assigneeSub' in t).toBe(groups.has('people'));
    }
    // Content, not only keys: the DPIA's text and the quick-scan's answers appear only with their group.
    const text = JSON.stringify(body);
    expect({ dpiaText: text.includes(DPIA_BODY.elements.risks) }).toEqual({
      dpiaText: groups.has('dpia') && text.includes(DPIA_BODY.elements.risks),
    });
    if (!groups.has('dpia')) expect(text).not.toContain(DPIA_BODY.elements.measures);
    if (!groups.has('quickScan')) expect(text).not.toContain('"answers"');
    // Every role that sees a project sees its summary.
    for (const field of ['id', 'title', 'department', 'status', 'gates', 'caseOwner'])
      expect(present(field)).toBe(true);
  }

  it('covers every role of the table', () => {
    const covered = new Set(readers.flatMap((r) => r.roles));
    expect([...covered].sort()).toEqual(Object.keys(READ_SCOPE).sort());
  });
});
