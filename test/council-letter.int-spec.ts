import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import request from 'supertest';
import { parse } from 'yaml';
import { HIGH_RISK, LOW_RISK, TEST_POLICY_FILE } from './support/answers';
import { ownDatabase, testConfig } from './support/harness';
import { readDocx, readPdf } from './support/letters';
import { DPIA_BODY, PEOPLE, type Person, type ProjectApi } from './support/project-api';
import { startTestSystem, type TestSystem } from './support/system';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PDF = 'application/pdf';

/** Collects a binary answer whole (supertest buffers only text and JSON by itself). */
function binary(res: request.Response, done: (err: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

/**
 * The draft council information letter, end to end: a project carried to its decision over HTTP, the letter downloaded
 * as Word and PDF and read back (mammoth, PDF.js), with the template of the policy version in force. Activating a
 * policy version changes the whole deployment, so this suite runs on a database of its own.
 */
describe('the council information letter', () => {
  let system: TestSystem | undefined;
  let app: INestApplication;
  let api: ProjectApi;
  let dropOwn: (() => Promise<void>) | undefined;
  const department = `Veiligheid ${randomUUID().slice(0, 6)}`;
  let decided: string;
  let hostile: string;
  let undecided: string;

  const HOSTILE_TITLE = `<script>alert('x')</script> \u200Fעברית ${'Lantaarnpaal'.repeat(12)}`;
  const HOSTILE_SUMMARY = 'Samenvatting met \u202Eomgekeerde\u202C tekst & <b>opmaak</b>.';

  const letter = async (id: string, by: Person, query = '', accept?: string): Promise<request.Response> => {
    const req = request(app.getHttpServer())
      .get(`/api/v1/projects/${id}/council-letter${query}`)
      .set('Authorization', await api.as(by));
    if (accept) void req.set('Accept', accept);
    return req.buffer(true).parse(binary);
  };

  /** Registration to decision on the high-risk route (all five gates), as lifecycle.int-spec walks it. */
  async function toDecision(title: string, summary?: string, decide = true): Promise<string> {
    const res = await request(app.getHttpServer())
      .post('/api/v1/projects')
      .set('Authorization', await api.as(PEOPLE.owner))
      .send({
        title,
        summary: summary ?? 'Vaste camera’s in het uitgaansgebied.',
        department,
        technologies: ['camera'],
        plannedStart: '2027-05-01',
      })
      .expect(201);
    const id = res.body.id as string;
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK })).status).toBe(200);
    expect((await api.post(id, 'dpia', PEOPLE.owner, DPIA_BODY)).status).toBe(200);
    const advised = await api.post(id, 'dpia/advice', PEOPLE.dpo, {
      advice: 'positive-with-conditions',
      conditions: ['Bewaartermijn maximaal 28 dagen'],
      summary: "De risico's zijn voldoende gemitigeerd onder voorwaarden.",
      priorConsultationRequired: false,
    });
    expect(advised.status).toBe(200);
    await api.reflect(id, {
      summary: 'De commissie ziet het nut, maar vraagt aandacht voor demonstraties.',
      recommendations: ["Geen camera's gericht op het plein tijdens demonstraties"],
      publish: true,
    });
    if (!decide) return id;
    const decision = await api.post(id, 'decision', PEOPLE.alderman, {
      outcome: 'approved-with-conditions',
      rationale: 'Nodig voor de openbare orde; de voorwaarden van de FG worden overgenomen.',
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
    expect(decision.status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    const own = await ownDatabase('letter');
    dropOwn = own.drop;
    system = await startTestSystem(testConfig({ DATABASE_URL: own.url }));
    ({ app, api } = system);
    [decided, hostile, undecided] = await Promise.all([
      toDecision("Camera's uitgaansgebied"),
      toDecision(HOSTILE_TITLE, HOSTILE_SUMMARY),
      toDecision('Camera’s zonder besluit', undefined, false),
    ]);
  });

  afterAll(async () => {
    await system?.stop();
    await dropOwn?.();
  });

  it('gives the liaison a Word draft that says the project, the rule, each advice and its answer, the decision', async () => {
    const route = (await api.get(decided)).route;
    const reason = route.outcome.reasons.find(
      (r: { reasonId: string }) => r.reasonId === 'dpia-ap-camera-surveillance',
    );
    expect(reason).toBeDefined();

    const res = await letter(decided, PEOPLE.liaison, '?format=docx');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(DOCX);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="raadsinformatiebrief-camera-s-uitgaansgebied.docx"',
    );
    expect(res.headers['cache-control']).toBe('no-store');
    const { text, coreXml } = await readDocx(res.body as Buffer);
    for (const fact of [
      'Raadsinformatiebrief',
      'CONCEPT',
      "Ethische toets van het project Camera's uitgaansgebied",
      `Afdeling: ${department}`,
      `${reason.text.nl} (Bron: ${reason.source.citation}`,
      'Advies van de functionaris gegevensbescherming (FG) over de DPIA',
      'Antwoord in het besluit: opgevolgd (pas toe)',
      'Reflectie van de Ethische Commissie',
      'De commissie ziet het nut, maar vraagt aandacht voor demonstraties.',
      'Antwoord in het besluit: afgeweken (leg uit)',
      'Toelichting: Demonstraties vallen onder de burgemeester.',
      'Besluit: goedgekeurd onder voorwaarden',
      'Genomen door: Wim Wethouder',
      'Niet tijdens demonstraties',
      'Sjabloon: beleid waardenpoort-test versie 1',
      'Route bepaald op',
    ])
      expect(text).toContain(fact);
    // READ_SCOPE: the liaison reads every advice (group dpiaAdvice), not the DPIA it was given on.
    expect(text).toContain("De risico's zijn voldoende gemitigeerd onder voorwaarden.");
    expect(text).toContain('Bewaartermijn maximaal 28 dagen');
    for (const dpiaText of Object.values(DPIA_BODY.elements)) expect(text).not.toContain(dpiaText);
    expect(text).not.toContain('valt buiten wat uw rol mag lezen');
    expect(coreXml).toContain('waardenpoort-test v1');
  });

  it('gives the CIO office a PDF by the Accept header, with the DPO advice it may read, fonts embedded', async () => {
    const res = await letter(decided, PEOPLE.cio, '', `${PDF}, ${DOCX};q=0.5`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(PDF);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="raadsinformatiebrief-camera-s-uitgaansgebied\.pdf"$/,
    );
    const body = res.body as Buffer;
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toMatch(/\/FontFile2/); // a TrueType font embedded, not a reference
    const pdf = readPdf(body);
    for (const fact of [
      "Camera's uitgaansgebied",
      "De risico's zijn voldoende gemitigeerd onder voorwaarden.",
      'Bewaartermijn maximaal 28 dagen',
      'goedgekeurd onder voorwaarden',
      'Niet tijdens demonstraties',
      'geïnformeerd',
      'beleid waardenpoort-test versie 1',
    ])
      expect(pdf.text).toContain(fact);
    expect(pdf.info.Keywords).toContain('waardenpoort-test v1');
    // Without Accept (or */*), Word.
    expect((await letter(decided, PEOPLE.alderman)).headers['content-type']).toBe(DOCX);
    expect((await letter(decided, PEOPLE.owner, '?lang=en', '*/*')).headers['content-type']).toBe(DOCX);
  });

  it('renders hostile text in the title and summary as text, in both formats', async () => {
    const docxRes = await letter(hostile, PEOPLE.liaison, '?format=docx');
    expect(docxRes.status).toBe(200);
    expect(docxRes.headers['content-disposition']).toMatch(
      /^attachment; filename="raadsinformatiebrief-script-alert-x-script-[a-z-]+\.docx"$/,
    );
    const docx = await readDocx(docxRes.body as Buffer);
    expect(docx.documentXml).toContain('&lt;script&gt;alert');
    expect(docx.documentXml).not.toContain('<script>');
    expect(docx.text).toContain("<script>alert('x')</script> [U+200F]עברית Lantaarnpaal");
    expect(docx.text).toContain('Samenvatting met [U+202E]omgekeerde[U+202C] tekst & <b>opmaak</b>.');
    expect(docx.text).not.toMatch(/[\u200f\u202e]/);

    const pdfRes = await letter(hostile, PEOPLE.liaison, '?format=pdf');
    expect(pdfRes.status).toBe(200);
    const pdf = readPdf(pdfRes.body as Buffer);
    expect(pdf.text).toContain("<script>alert('x')</script>");
    expect(pdf.text).toContain('[U+202E]omgekeerde');
    // The 144-letter word is broken over lines, not cut off: every letter is there.
    expect(pdf.text.replace(/\s+/g, '')).toContain('Lantaarnpaal'.repeat(12));
  });

  it('answers outside the read scope with the 404 of every project route, and refuses roles that draft no letters', async () => {
    const stranger: Person = { sub: `bert.${randomUUID().slice(0, 6)}`, roles: ['case-owner'], name: 'Bert Buiten' };
    const res = await letter(decided, stranger, '?format=pdf');
    const detail = await request(app.getHttpServer())
      .get(`/api/v1/projects/${decided}`)
      .set('Authorization', await api.as(stranger));
    expect(detail.status).toBe(404);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse((res.body as Buffer).toString()).type).toBe(detail.body.type);
    // A role whose rule does not draft letters: refused whatever the project.
    expect((await letter(decided, PEOPLE.dpo)).status).toBe(403);
    expect((await letter(randomUUID(), PEOPLE.liaison)).status).toBe(404);
  });

  it('refuses a bad format, an unacceptable Accept and unknown parameters with a problem naming the field', async () => {
    const bad = await letter(decided, PEOPLE.liaison, '?format=odt');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse((bad.body as Buffer).toString());
    expect(problem.errors.map((e: { field: string }) => e.field)).toContain('format');

    const lang = JSON.parse((await letter(decided, PEOPLE.liaison, '?lang=fr')).body.toString());
    expect(lang.errors.map((e: { field: string }) => e.field)).toContain('lang');
    expect((await letter(decided, PEOPLE.liaison, '?colour=red')).status).toBe(400);

    const json = await letter(decided, PEOPLE.liaison, '', 'application/json');
    expect(json.status).toBe(406);
    expect(json.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('has no letter before the decision, nor for a route without the council (409)', async () => {
    const early = await letter(undecided, PEOPLE.liaison, '?format=pdf');
    expect(early.status).toBe(409);
    expect(JSON.parse((early.body as Buffer).toString()).type).toMatch(/no-decision-yet$/);

    const low = await api.register(department, 'Parkeersensoren');
    await api.post(low, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    const res = await letter(low, PEOPLE.liaison, '?format=docx');
    expect(res.status).toBe(409);
    expect(JSON.parse((res.body as Buffer).toString()).type).toMatch(/council-information-not-required$/);
  });

  it('refuses a template that breaks the schema field by field; a new version’s template is used at once', async () => {
    const doc = parse(readFileSync(TEST_POLICY_FILE, 'utf8')) as Record<string, any>;
    doc.version = 2;
    doc.councilLetter.subject.nl = 'Brief over {{projectOwnerEmail}}';
    delete doc.councilLetter.headings.route.en;
    const refused = await request(app.getHttpServer())
      .post('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send(doc)
      .expect(422);
    const fields = refused.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['/councilLetter/subject/nl', '/councilLetter/headings/route']));

    doc.councilLetter.subject.nl = 'Raadsinformatie over {{projectTitle}} (sjabloon {{policyVersion}})';
    doc.councilLetter.headings.route.en = 'The route';
    await request(app.getHttpServer())
      .post('/api/v1/policy/versions')
      .set('Authorization', await api.as(PEOPLE.cio))
      .send(doc)
      .expect(201);
    const res = await letter(decided, PEOPLE.liaison, '?format=docx');
    const { text } = await readDocx(res.body as Buffer);
    expect(text).toContain("Raadsinformatie over Camera's uitgaansgebied (sjabloon 2)");
    expect(text).toContain('Sjabloon: beleid waardenpoort-test versie 2');
    // The route keeps the version that decided it.
    expect(text).toMatch(/Route bepaald op .*, beleid waardenpoort-test versie 1\./);
  });
});
