import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { parse } from 'yaml';
import { HIGH_RISK, LOW_RISK, TEST_POLICY_FILE } from './support/answers';
import { eventually, ownDatabase, startApi, startTestWorker, temporalClient, testConfig } from './support/harness';
import { requestReassessment } from '@waardenpoort/contracts';
import { recordHistory, recordPolicy } from './support/histories';
import { PEOPLE, ProjectApi } from './support/project-api';

/**
 * Re-assessment (issue 20): a project's route is compared with a new one when its case owner amends it and when a
 * dated rule of its policy comes into force (by the workflow's own durable timer, a few seconds ahead here), and
 * only the gates that now apply reopen. Activating versions changes the deployment, so the suite has its own database.
 */
describe('re-assessment when facts or rules change', () => {
  let config: AppConfig;
  let app: INestApplication;
  let worker: RunningWorker;
  let temporal: Client;
  let api: ProjectApi;
  let dropOwn: () => Promise<void>;
  const department = 'Stadsbeheer';

  beforeAll(async () => {
    const own = await ownDatabase('reassessment');
    dropOwn = own.drop;
    config = testConfig({ DATABASE_URL: own.url });
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    temporal = await temporalClient(config);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await temporal?.connection.close();
    await dropOwn?.();
  });

  const http = () => request(app.getHttpServer());
  const trail = async (id: string): Promise<Array<{ action: string; payload: Record<string, any> }>> =>
    (
      await http()
        .get(`/api/v1/projects/${id}/audit`)
        .set('Authorization', await api.as(PEOPLE.auditor))
        .expect(200)
    ).body;
  const decide = (id: string) =>
    api.post(id, 'decision', PEOPLE.alderman, { outcome: 'approved', rationale: 'Afgewogen.', adviceResponses: [] });
  /** A LOW_RISK project (quick-scan, decision) decided and in use. */
  const inUse = async (title: string): Promise<string> => {
    const id = await api.register(department, title);
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    const decided = await decide(id);
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('in-use');
    return id;
  };
  it('an amendment compares routes: unchanged, the decision stands; a stronger one reopens only what now applies', async () => {
    const id = await inUse('Tellers in de binnenstad');
    const amended = await api.post(id, 'amend', PEOPLE.owner, {
      reason: 'Een straat erbij',
      changes: { title: 'Tellers+' },
    });
    expect(amended.status).toBe(200);
    expect(amended.body.status).toBe('in-use');
    expect(api.gate(amended.body, 'quick-scan')).toMatchObject({ state: 'active', cycle: 2 });
    expect(api.gate(amended.body, 'portfolio-decision').state).toBe('completed');
    const same = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    expect(same.status).toBe(200);
    expect(same.body.status).toBe('in-use');
    expect(same.body.decision).toMatchObject({ outcome: 'approved' });
    let events = await trail(id);
    expect(events.filter((e) => e.action === 'route-reassessed').map((e) => e.payload)).toEqual([
      expect.objectContaining({ trigger: 'amendment', changed: false, reopened: [], decisionRetaken: false }),
    ]);

    await api.post(id, 'amend', PEOPLE.owner, { reason: "Nu met camera's", changes: { technologies: ['camera'] } });
    const stronger = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    expect(stronger.status).toBe(200);
    expect(stronger.body.status).toBe('active');
    expect(api.gate(stronger.body, 'dpia')).toMatchObject({ state: 'active', step: 'submit-dpia' });
    expect(api.gate(stronger.body, 'commission-reflection').state).toBe('pending');
    expect(api.gate(stronger.body, 'portfolio-decision').state).toBe('pending');
    events = await trail(id);
    const last = events.filter((e) => e.action === 'route-reassessed').at(-1);
    expect(last?.payload).toMatchObject({ trigger: 'amendment', changed: true, decisionRetaken: true });
    expect(last?.payload.reopened).toEqual(expect.arrayContaining(['dpia', 'commission-reflection']));
    await recordHistory(temporal, 'reassessed-after-amendment', id);
  });

  it('the Update of a re-routing moves the project to the version in force with a new quick-scan, once per activation', async () => {
    const id = await inUse('Wegdekmeting');
    const handle = temporal.workflow.getHandle(`project-${id}`);
    const cio = { ...PEOPLE.cio, email: 'carla@enschede.example', roles: ['cio-office' as const] };
    const payload = {
      actor: cio,
      activationId: 'act-7',
      policy: { id: 'waardenpoort-test', version: 1 },
      scope: 'all' as const,
      verdict: 'unchanged',
    };
    const refused = handle.executeUpdate(requestReassessment, {
      args: [{ ...payload, actor: { ...cio, roles: ['case-owner' as const] } }],
      updateId: 'reassess-refused',
    });
    await expect(refused).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/requesting a re-assessment needs one of the roles cio-office/) },
    });
    const first = await handle.executeUpdate(requestReassessment, { args: [payload], updateId: 'reassess-act-7' });
    const again = await handle.executeUpdate(requestReassessment, { args: [payload], updateId: 'reassess-act-7' });
    expect(again.eventCount).toBe(first.eventCount);
    const project = await api.get(id);
    expect(project.status).toBe('in-use');
    expect(api.gate(project, 'quick-scan')).toMatchObject({ state: 'active', cycle: 2 });
    expect((await api.tasks(PEOPLE.owner)).some((t) => t.project.id === id && t.gate === 'quick-scan')).toBe(true);
    const actions = (await trail(id)).map((e) => e.action);
    expect(actions.filter((a) => a === 'reassessment-requested')).toHaveLength(1);
    expect(actions.slice(-3)).toEqual(['reassessment-requested', 'reassessment-started', 'step-opened']);
    const same = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    expect(same.body.status).toBe('in-use');
    await recordHistory(temporal, 'reassessed-after-activation', id);
  });

  it('a rule dated a few seconds ahead: the timer re-assesses a project decided before it, and the route proof holds', async () => {
    // Version 2: from a moment a few seconds from now, parking sensors in public space need a DPIA.
    const doc = parse(readFileSync(TEST_POLICY_FILE, 'utf8')) as Record<string, any>;
    const appliesFrom = new Date(Date.now() + 25_000).toISOString();
    doc.version = 2;
    doc.rules.push({
      id: 'dated-sensor-dpia',
      when: { equals: { question: 'public-space-sensors', value: true } },
      then: { dpia: 'required' },
      reason: {
        id: 'dated-sensor-dpia',
        text: { nl: 'Vanaf de ingangsdatum: een DPIA.', en: 'From the date it applies: a DPIA.' },
      },
      source: { id: doc.rules[0].source.id },
      appliesFrom,
    });
    await http()
      .post('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send(doc)
      .expect(201);

    const id = await inUse('Parkeersensoren');
    const before = await api.get(id);
    expect(before.route.outcome.dpia).toBe('not-required');
    expect(before.timers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'rule-in-force', ruleId: 'dated-sensor-dpia', fired: false }),
      ]),
    );

    const after = await eventually(
      async () => {
        const p = await api.get(id);
        return api.gate(p, 'dpia').state === 'active' ? p : undefined;
      },
      90_000,
      'the DPIA to reopen when the dated rule comes into force',
    );
    expect(after.status).toBe('active');
    expect(after.route.outcome.dpia).toBe('required');
    expect(api.gate(after, 'portfolio-decision').state).toBe('pending');
    const events = await trail(id);
    const actions = events.map((e) => e.action);
    const reassessed = actions.indexOf('route-reassessed');
    expect(reassessed).toBeGreaterThan(actions.indexOf('decision-taken'));
    expect(actions.lastIndexOf('step-opened')).toBeGreaterThan(reassessed);
    expect(events[reassessed]?.payload).toMatchObject({
      trigger: 'rule-in-force',
      ruleId: 'dated-sensor-dpia',
      changed: true,
      decisionRetaken: true,
    });
    expect(Date.parse(events[reassessed]?.payload.evaluatedAt)).toBeGreaterThanOrEqual(Date.parse(appliesFrom));

    // The quick-scan before the rule's day and the re-assessment on it both follow from their rules.
    const proof = await http()
      .get(`/api/v1/projects/${id}/route-proof`)
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    expect(proof.body.verdict).toBe('holds');
    await recordHistory(temporal, 'reassessed-rule-in-force', id);
    const stored = await http()
      .get('/api/v1/policy/versions/2')
      .set('Authorization', await api.as(PEOPLE.cio))
      .expect(200);
    recordPolicy('reassessed-rule-in-force', stored.body.policy);
  });
});
