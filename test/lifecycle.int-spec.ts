import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { HIGH_RISK, LOW_RISK, PROHIBITED } from './support/answers';
import { recordHistory } from './support/histories';
import { eventually, testConfig } from './support/harness';
import { useTestSystem } from './support/system';
import { DPIA_BODY, PEOPLE, SENSOR_ENTRY, type ProjectApi } from './support/project-api';

/** The gates, end to end over HTTP, with the test policy's second-scale deadlines. */
describe('project lifecycle', () => {
  let app: INestApplication;
  let db: DataSource;
  let temporal: Client;
  let api: ProjectApi;
  const department = `Veiligheid ${randomUUID().slice(0, 6)}`;

  useTestSystem(
    () => testConfig(),
    (system) => ({ db, temporal, app, api } = system),
  );

  const actions = async (projectId: string): Promise<string[]> =>
    (await db.query(`SELECT action FROM audit_event WHERE project_id = $1 ORDER BY seq`, [projectId])).map(
      (r: { action: string }) => r.action,
    );

  it('low risk: quick-scan, then the decision; the other gates are not required', async () => {
    const id = await api.register(department, 'Parkeersensoren Van Heekplein');
    const scanned = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    expect(scanned.status).toBe(200);
    expect(scanned.body.route.outcome).toMatchObject({ dpia: 'not-required', riskLevel: 'low', sensorRegister: true });
    expect(scanned.body.route.outcome.reasons.map((r: { reasonId: string }) => r.reasonId)).toContain(
      'sensor-register-entry',
    );
    expect(scanned.body.policy).toEqual({ id: expect.any(String), version: 1 });
    const states = Object.fromEntries(
      scanned.body.gates.map((g: { gate: string; state: string }) => [g.gate, g.state]),
    );
    expect(states).toEqual({
      'quick-scan': 'completed',
      dpia: 'not-required',
      'commission-reflection': 'not-required',
      'portfolio-decision': 'active',
      publication: 'pending',
      'council-information': 'not-required',
    });

    // The task moved to the portfolio holder's inbox.
    const inbox = await eventually(async () => {
      const tasks = await api.tasks(PEOPLE.alderman);
      return tasks.some((t) => t.project.id === id) ? tasks : undefined;
    });
    expect(inbox.find((t) => t.project.id === id)).toMatchObject({
      gate: 'portfolio-decision',
      step: 'decide',
      assigneeRole: 'portfolio-holder',
    });
    expect((await api.tasks(PEOPLE.owner)).some((t) => t.project.id === id)).toBe(false);

    const decided = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Geen persoonsgegevens, laag risico, nuttig voor de binnenstad.',
      adviceResponses: [],
    });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('in-use');
    expect(decided.body.decision).toMatchObject({ outcome: 'approved', by: { sub: PEOPLE.alderman.sub } });
    expect(
      decided.body.timers.some((t: { kind: string; fired: boolean }) => t.kind === 'reevaluation' && !t.fired),
    ).toBe(true);
    expect(await actions(id)).toEqual(
      expect.arrayContaining([
        'registered',
        'quick-scan-submitted',
        'gate-completed',
        'decision-taken',
        'reevaluation-scheduled',
      ]),
    );
    await recordHistory(temporal, 'low-risk-path', id);
  });

  it('high risk: DPIA, DPO advice, commission reflection, decision answering every advice, council information', async () => {
    const id = await api.register(department, "Camera's uitgaansgebied");
    const scanned = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    expect(scanned.status).toBe(200);
    expect(scanned.body.route.outcome).toMatchObject({
      dpia: 'required',
      commission: 'required',
      council: 'required',
      riskLevel: 'high',
    });
    expect(api.gate(scanned.body, 'dpia')).toMatchObject({
      state: 'active',
      step: 'submit-dpia',
      assigneeRole: 'case-owner',
    });

    // Incomplete DPIA: refused at the HTTP edge, and the gate stays where it was.
    const incomplete = await api.post(id, 'dpia', PEOPLE.owner, {
      document: DPIA_BODY.document,
      elements: { description: 'x' },
    });
    expect(incomplete.status).toBe(400);
    const submitted = await api.post(id, 'dpia', PEOPLE.owner, DPIA_BODY);
    expect(submitted.status).toBe(200);
    expect(api.gate(submitted.body, 'dpia')).toMatchObject({ step: 'dpo-advice', assigneeRole: 'dpo' });

    // The case owner cannot advise on their own project, even holding the DPO role.
    const selfAdvice = await api.post(
      id,
      'dpia/advice',
      { ...PEOPLE.owner, roles: ['case-owner', 'dpo'] },
      {
        advice: 'positive',
        summary: 'Prima.',
        priorConsultationRequired: false,
      },
    );
    expect(selfAdvice.status).toBe(403);
    expect(selfAdvice.body.type).toMatch(/segregation-of-duties$/);

    const advised = await api.post(id, 'dpia/advice', PEOPLE.dpo, {
      advice: 'positive-with-conditions',
      conditions: ['Bewaartermijn maximaal 28 dagen', 'Jaarlijkse evaluatie van de noodzaak'],
      summary: "De risico's zijn voldoende gemitigeerd onder voorwaarden.",
      priorConsultationRequired: false,
    });
    expect(advised.status).toBe(200);
    expect(api.gate(advised.body, 'dpia').state).toBe('completed');
    expect(api.gate(advised.body, 'commission-reflection')).toMatchObject({
      state: 'active',
      step: 'schedule-meeting',
    });

    const meeting = new Date(Date.now() + 1500).toISOString();
    const agenda = await api.post(id, 'commission/agenda', PEOPLE.secretary, { meetingDate: meeting });
    expect(agenda.status).toBe(200);
    expect(api.gate(agenda.body, 'commission-reflection')).toMatchObject({ state: 'waiting', step: 'await-meeting' });
    // The meeting passes; the secretary's task to record the reflection opens by itself.
    await eventually(
      async () => {
        const p = await api.get(id);
        return api.gate(p, 'commission-reflection').step === 'record-reflection' ? p : undefined;
      },
      20_000,
      'the reflection step after the meeting',
    );
    const reflected = await api.post(id, 'commission/reflection', PEOPLE.secretary, {
      summary: 'De commissie ziet het nut, maar vraagt aandacht voor demonstraties.',
      recommendations: ["Geen camera's gericht op het plein tijdens demonstraties"],
      publish: true,
    });
    expect(reflected.status).toBe(200);
    // The secretary's answer holds what the secretary may read (READ_SCOPE: not the DPO's advice); the project holds
    // both advices, as the auditor reads it.
    expect(reflected.body.advices.map((a: { id: string }) => a.id)).toEqual(['commission-reflection-0']);
    expect((await api.get(id)).advices.map((a: { id: string }) => a.id).sort()).toEqual([
      'commission-reflection-0',
      'dpo-advice-0',
    ]);

    // Comply or explain: a decision that leaves an advice unanswered is refused.
    const unanswered = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved-with-conditions',
      rationale: 'Nodig voor de openbare orde.',
      conditions: ['Bewaartermijn 28 dagen'],
      adviceResponses: [{ adviceId: 'dpo-advice-0', response: 'follow', explanation: '' }],
    });
    expect(unanswered.status).toBe(422);
    expect(unanswered.body.detail).toMatch(/commission-reflection-0/);

    const decided = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved-with-conditions',
      rationale: 'Nodig voor de openbare orde; de voorwaarden van FG en commissie worden overgenomen.',
      conditions: ['Bewaartermijn 28 dagen', 'Niet tijdens demonstraties'],
      adviceResponses: [
        { adviceId: 'dpo-advice-0', response: 'follow', explanation: '' },
        {
          adviceId: 'commission-reflection-0',
          response: 'deviate',
          explanation: 'Demonstraties vallen onder de burgemeester.',
        },
      ],
    });
    expect(decided.status).toBe(200);
    expect(decided.body.status).toBe('in-use');
    // Cameras in public space: the sensor register entry is published before the council is informed.
    expect(api.gate(decided.body, 'publication')).toMatchObject({ state: 'active', assigneeRole: 'case-owner' });
    expect((await api.post(id, 'register-entries', PEOPLE.owner, { entries: { sensor: SENSOR_ENTRY } })).status).toBe(
      200,
    );
    const entryPublished = await api.post(id, 'register-entries/review', PEOPLE.cio, { outcome: 'publish' });
    expect(entryPublished.status).toBe(200);
    expect(api.gate(entryPublished.body, 'council-information')).toMatchObject({
      state: 'active',
      assigneeRole: 'council-liaison',
    });

    const informed = await api.post(id, 'council-information', PEOPLE.liaison, {
      reference: 'RIB-2027-031',
      date: '2027-06-01',
      channel: 'raadsinformatiebrief',
    });
    expect(informed.status).toBe(200);
    expect(api.gate(informed.body, 'council-information').state).toBe('completed');
    expect(informed.body.openTasks).toEqual([]);

    const trail = await actions(id);
    const order = [
      'quick-scan-submitted',
      'dpia-submitted',
      'dpo-advice-given',
      'commission-scheduled',
      'commission-met',
      'reflection-recorded',
      'decision-taken',
      'council-informed',
    ];
    expect(order.map((a) => trail.indexOf(a))).toEqual([...order.map((a) => trail.indexOf(a))].sort((x, y) => x - y));
    for (const a of order) expect(trail).toContain(a);
    const dpiaEvent = await db.query(
      `SELECT document_hashes FROM audit_event WHERE project_id = $1 AND action = 'dpia-submitted'`,
      [id],
    );
    expect(dpiaEvent[0].document_hashes).toEqual(['a'.repeat(64)]);
    const published = await db.query(
      `SELECT kind FROM notification_outbox WHERE project_id = $1 AND kind = 'reflection-published'`,
      [id],
    );
    expect(published).toHaveLength(1);
    await recordHistory(temporal, 'high-risk-all-gates', id);
  });

  it('prohibited AI: the quick-scan stops the project and escalates to the CIO office', async () => {
    const id = await api.register(department, 'Emotieherkenning medewerkers');
    const res = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: PROHIBITED });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('stopped');
    expect(res.body.route.outcome.aiActClass).toBe('prohibited');
    expect(res.body.openTasks).toEqual([]);
    const escalations = await db.query(
      `SELECT kind, recipient_role FROM notification_outbox WHERE project_id = $1 AND recipient_role = 'cio-office' ORDER BY kind`,
      [id],
    );
    expect(escalations).toEqual([
      { kind: 'escalation', recipient_role: 'cio-office' },
      { kind: 'project-stopped', recipient_role: 'cio-office' },
    ]);
    const description = await eventually(async () => {
      const d = await temporal.workflow.getHandle(`project-${id}`).describe();
      return d.status.name === 'COMPLETED' ? d : undefined;
    });
    expect(description.status.name).toBe('COMPLETED');
    const after = await api.post(id, 'withdraw', PEOPLE.owner, { reason: 'te laat' });
    expect(after.status).toBe(409);
    await recordHistory(temporal, 'prohibited-ai-stopped', id);
  });

  it('reminds before the deadline, then climbs the escalation ladder in order, all recorded', async () => {
    const id = await api.register(department, 'Niemand vult de quickscan in');
    // Test policy: quick-scan due after 3 s, reminders 2 s and 1 s before, department head 2 s after, CIO 2 s later.
    const rows = await eventually(
      async () => {
        const r = await db.query(
          `SELECT kind, recipient_role, escalation_level, created_at FROM notification_outbox
         WHERE project_id = $1 AND gate = 'quick-scan' ORDER BY created_at, escalation_level, id`,
          [id],
        );
        return r.some((x: { escalation_level: number }) => x.escalation_level === 2) ? r : undefined;
      },
      30_000,
      'the second escalation',
    );
    const sequence = rows.map(
      (r: { kind: string; recipient_role: string; escalation_level: number }) =>
        `${r.kind}:${r.recipient_role}:${r.escalation_level}`,
    );
    expect(sequence).toEqual([
      'task-opened:case-owner:0',
      'reminder:case-owner:0',
      'reminder:case-owner:0',
      'escalation:department-head:1',
      'escalation:cio-office:2',
    ]);
    const trail = await actions(id);
    const firstReminder = trail.indexOf('reminder-sent');
    const escalated = trail.map((a, i) => (a === 'escalated' ? i : -1)).filter((i) => i >= 0);
    expect(firstReminder).toBeGreaterThan(-1);
    expect(escalated).toHaveLength(2);
    expect(escalated[0]).toBeGreaterThan(firstReminder);
    const project = await api.get(id);
    expect(api.gate(project, 'quick-scan').escalationLevel).toBe(2);
    // The same history over HTTP, as the auditor reads it.
    const history = await request(app.getHttpServer())
      .get(`/api/v1/projects/${id}/audit`)
      .set('Authorization', await api.as(PEOPLE.auditor))
      .expect(200);
    const escalations = history.body.filter((e: { action: string }) => e.action === 'escalated');
    expect(escalations.map((e: { payload: { level: number; to: string } }) => [e.payload.level, e.payload.to])).toEqual(
      [
        [1, 'department-head'],
        [2, 'cio-office'],
      ],
    );
    expect(history.body.map((e: { seq: number }) => e.seq)).toEqual(history.body.map((_: unknown, i: number) => i + 1));
    const inbox = await api.tasks(PEOPLE.owner);
    expect(inbox.find((t) => t.project.id === id)).toMatchObject({ overdue: true, escalationLevel: 2 });
    await recordHistory(temporal, 'reminders-and-escalations', id);
  });

  it('accepts exactly one of two decisions sent at once', async () => {
    const id = await api.register(department, 'Dubbel besluit');
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    const body = (outcome: string) => ({ outcome, rationale: `Besluit: ${outcome}`, adviceResponses: [] });
    const [a, b] = await Promise.all([
      api.post(id, 'decision', PEOPLE.alderman, body('approved')),
      api.post(id, 'decision', { ...PEOPLE.alderman, sub: 'tweede.wethouder' }, body('rejected')),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const trail = await actions(id);
    expect(trail.filter((x) => x === 'decision-taken')).toHaveLength(1);
    await recordHistory(temporal, 'two-decisions-at-once', id);
  });

  it('holds and resumes: deadlines keep the time they had left', async () => {
    const id = await api.register(department, 'Pauze');
    const before = api.gate(await api.get(id), 'quick-scan');
    const held = await api.post(id, 'hold', PEOPLE.owner, { reason: 'Wachten op budget' });
    expect(held.status).toBe(200);
    expect(held.body.status).toBe('on-hold');
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(409);
    await new Promise((r) => setTimeout(r, 4000));
    // No reminder or escalation fired while on hold, although the deadline passed.
    const during = await db.query(
      `SELECT count(*)::int AS n FROM notification_outbox WHERE project_id = $1 AND kind <> 'task-opened'`,
      [id],
    );
    expect(during[0].n).toBe(0);
    const resumed = await api.post(id, 'resume', PEOPLE.owner, { reason: 'Budget rond' });
    expect(resumed.status).toBe(200);
    expect(resumed.body.status).toBe('active');
    const shiftedBy = Date.parse(api.gate(resumed.body, 'quick-scan').dueAt) - Date.parse(before.dueAt);
    expect(shiftedBy).toBeGreaterThanOrEqual(3500);
    expect(shiftedBy).toBeLessThan(30_000);
    await recordHistory(temporal, 'hold-resume', id);
  });

  it('withdraws: the project ends, its tasks close and its workflow completes', async () => {
    const id = await api.register(department, 'Ingetrokken');
    const res = await api.post(id, 'withdraw', PEOPLE.owner, { reason: 'Project gaat niet door' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    expect(res.body.openTasks).toEqual([]);
    const d = await eventually(async () => {
      const x = await temporal.workflow.getHandle(`project-${id}`).describe();
      return x.status.name === 'COMPLETED' ? x : undefined;
    });
    expect(d.status.name).toBe('COMPLETED');
    await recordHistory(temporal, 'withdrawn', id);
  });

  it('returns a decision to the DPIA and comes back to the decision after new advice', async () => {
    const id = await api.register(department, 'Terug naar de DPIA');
    await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    await api.post(id, 'dpia', PEOPLE.owner, DPIA_BODY);
    await api.post(id, 'dpia/advice', PEOPLE.dpo, {
      advice: 'negative',
      summary: 'Onvoldoende maatregelen.',
      priorConsultationRequired: false,
    });
    await api.post(id, 'commission/request', PEOPLE.cio, { reason: 'al aangevraagd' });
    // Skip the commission quickly: a meeting that has just passed.
    await api.reflect(id, { summary: 'Zorgen over proportionaliteit.', recommendations: [], publish: false }, 300);
    const returned = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'returned',
      returnTo: 'dpia',
      rationale: 'Eerst de DPIA verbeteren.',
      adviceResponses: [
        { adviceId: 'dpo-advice-0', response: 'follow', explanation: '' },
        { adviceId: 'commission-reflection-0', response: 'follow', explanation: '' },
      ],
    });
    expect(returned.status).toBe(200);
    expect(api.gate(returned.body, 'dpia')).toMatchObject({ state: 'active', step: 'submit-dpia', cycle: 2 });
    expect(api.gate(returned.body, 'portfolio-decision').state).toBe('returned');
    expect(returned.body.advices).toEqual([]);
    await api.post(id, 'dpia', PEOPLE.owner, {
      ...DPIA_BODY,
      document: { ...DPIA_BODY.document, sha256: 'b'.repeat(64) },
    });
    await api.post(id, 'dpia/advice', PEOPLE.dpo, {
      advice: 'positive',
      summary: 'Nu in orde.',
      priorConsultationRequired: false,
    });
    const p = await api.get(id);
    expect(api.gate(p, 'commission-reflection')).toMatchObject({ state: 'active', step: 'schedule-meeting' });
    await recordHistory(temporal, 'returned-to-dpia', id);
  });

  it('waits for the DPA on prior consultation and escalates when its term runs out', async () => {
    const id = await api.register(department, 'Voorafgaande raadpleging');
    await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    await api.post(id, 'dpia', PEOPLE.owner, DPIA_BODY);
    const advised = await api.post(id, 'dpia/advice', PEOPLE.dpo, {
      advice: 'negative',
      summary: 'Hoog restrisico: de AP moet vooraf worden geraadpleegd.',
      priorConsultationRequired: true,
    });
    expect(advised.status).toBe(200);
    expect(api.gate(advised.body, 'dpia')).toMatchObject({ state: 'waiting', step: 'prior-consultation' });
    expect(advised.body.priorConsultation).toMatchObject({ extended: false, answer: null });
    const extended = await api.post(id, 'dpia/prior-consultation', PEOPLE.dpo, { extend: true });
    expect(extended.status).toBe(200);
    expect(extended.body.priorConsultation.extended).toBe(true);
    expect((await api.post(id, 'dpia/prior-consultation', PEOPLE.dpo, { extend: true })).status).toBe(422);
    const escalation = await eventually(
      async () => {
        const r = await db.query(
          `SELECT recipient_role, payload FROM notification_outbox WHERE project_id = $1 AND kind = 'escalation' AND gate = 'dpia'`,
          [id],
        );
        return r.length > 0 ? r : undefined;
      },
      30_000,
      'the expiry of the statutory term',
    );
    expect(escalation[0]).toMatchObject({
      recipient_role: 'cio-office',
      payload: expect.objectContaining({ reason: 'statutory-term-expired' }),
    });
    expect(await actions(id)).toEqual(
      expect.arrayContaining([
        'prior-consultation-started',
        'prior-consultation-extended',
        'prior-consultation-term-expired',
      ]),
    );
    const answered = await api.post(id, 'dpia/prior-consultation', PEOPLE.dpo, {
      answer: {
        outcome: 'advice',
        reference: 'AP z2027-0001',
        summary: 'De AP adviseert de bewaartermijn te verkorten.',
      },
    });
    expect(answered.status).toBe(200);
    expect(api.gate(answered.body, 'dpia').state).toBe('completed');
    expect(answered.body.advices.map((a: { id: string }) => a.id).sort()).toEqual([
      'dpa-prior-consultation-0',
      'dpo-advice-0',
    ]);
    await recordHistory(temporal, 'prior-consultation-expired', id);
  });

  it('lets the commission ask the case owner questions, with their own deadline', async () => {
    const id = await api.register(department, 'Vragen van de commissie');
    await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    await api.post(id, 'dpia', PEOPLE.owner, DPIA_BODY);
    await api.post(id, 'dpia/advice', PEOPLE.dpo, {
      advice: 'positive',
      summary: 'In orde.',
      priorConsultationRequired: false,
    });
    await api.post(id, 'commission/agenda', PEOPLE.secretary, {
      meetingDate: new Date(Date.now() + 60 * 60_000).toISOString(),
    });
    const asked = await api.post(id, 'commission/questions', PEOPLE.secretary, {
      questions: ['Waarom 28 dagen bewaren?', 'Wie heeft toegang?'],
    });
    expect(asked.status).toBe(200);
    expect(api.gate(asked.body, 'commission-reflection')).toMatchObject({
      step: 'answer-questions',
      assigneeRole: 'case-owner',
      assigneeSub: PEOPLE.owner.sub,
    });
    expect(asked.body.commission.questions).toHaveLength(2);
    const ownerInbox = await api.tasks(PEOPLE.owner);
    expect(ownerInbox.find((t) => t.project.id === id)).toMatchObject({
      gate: 'commission-reflection',
      step: 'answer-questions',
    });
    expect((await api.post(id, 'commission/answers', PEOPLE.owner, { answers: ['Eén antwoord'] })).status).toBe(422);
    const answered = await api.post(id, 'commission/answers', PEOPLE.owner, {
      answers: ['Wettelijke termijn.', 'Alleen de politie.'],
    });
    expect(answered.status).toBe(200);
    expect(api.gate(answered.body, 'commission-reflection')).toMatchObject({ state: 'waiting', step: 'await-meeting' });
    expect(answered.body.commission.questions.map((q: { answer: string }) => q.answer)).toEqual([
      'Wettelijke termijn.',
      'Alleen de politie.',
    ]);
    await recordHistory(temporal, 'commission-questions', id);
  });

  it('amends the scope: the quick-scan runs again and its new outcome reopens gates', async () => {
    const id = await api.register(department, 'Wordt groter');
    await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    expect(api.gate(await api.get(id), 'portfolio-decision').state).toBe('active');
    const amended = await api.post(id, 'amend', PEOPLE.owner, {
      reason: "Nu ook camera's",
      changes: { technologies: ['sensor', 'camera'] },
    });
    expect(amended.status).toBe(200);
    expect(api.gate(amended.body, 'quick-scan')).toMatchObject({ state: 'active', cycle: 2 });
    expect(api.gate(amended.body, 'portfolio-decision').state).toBe('pending');
    expect(amended.body.technologies).toEqual(['sensor', 'camera']);
    const rescanned = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    expect(rescanned.status).toBe(200);
    expect(api.gate(rescanned.body, 'dpia')).toMatchObject({ state: 'active', step: 'submit-dpia' });
    expect(api.gate(rescanned.body, 'commission-reflection').state).toBe('pending');
    await recordHistory(temporal, 'amended', id);
  });
});
