import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { testConfig } from './support/harness';
import { PEOPLE, type Person, type ProjectApi } from './support/project-api';
import { startTestSystem, type TestSystem } from './support/system';

/** RFC 4180 as a spreadsheet reads it: quoted cells may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

/**
 * Task lists (issue 19): everyone's own task list as CSV, in the read scope of GET /api/v1/tasks, and a department
 * head's view of the open tasks of their department's projects, as JSON and CSV.
 */
describe('task lists', () => {
  let app: INestApplication;
  let api: ProjectApi;
  let system: TestSystem | undefined;
  const tag = randomUUID().slice(0, 8);
  const deptA = `Wijk, Noord ${tag}`;
  const deptB = `Wijk Zuid ${tag}`;
  const anna: Person = { sub: `anna.${tag}`, roles: ['case-owner'], name: 'Anna Jansen' };
  const bob: Person = { sub: `bob.${tag}`, roles: ['case-owner'], name: 'Bob Bakker' };
  const headA: Person = { sub: `hanna.${tag}`, roles: ['department-head'], name: 'Hanna Hoofd', department: deptA };
  const headB: Person = { sub: `henk.${tag}`, roles: ['department-head'], name: 'Henk Hoofd', department: deptB };
  // A formula as a title: a spreadsheet must show it, never run it.
  const formula = `=HYPERLINK("https://evil.example";"klik") ${tag}`;
  let annas: string;
  let bobs: string;

  beforeAll(async () => {
    system = await startTestSystem(testConfig());
    ({ app, api } = system);
    annas = await api.register(deptA, formula, anna);
    bobs = await api.register(deptB, `Bobs project ${tag}`, bob);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const get = async (path: string, by: Person, accept?: string) => {
    const req = request(app.getHttpServer())
      .get(path)
      .set('Authorization', await api.as(by));
    return accept ? req.set('Accept', accept) : req;
  };

  it('gives each person their own task list as CSV: Dutch or English headers, a BOM, formulas defused', async () => {
    const res = await get('/api/v1/tasks.csv', anna);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="waardenpoort-taken-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const body = (res.body as Buffer | undefined)?.length ? (res.body as Buffer).toString('utf8') : res.text;
    expect(body.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(body.slice(1));
    expect(rows[0]).toEqual([
      'Taak',
      'Fase',
      'Project',
      'Afdeling',
      'Voor rol',
      'Toegewezen aan',
      'Geopend (Nederlandse tijd)',
      'Termijn (Nederlandse tijd)',
      'Te laat',
      'Escalatieniveau',
      'Link',
      'Project-id',
      'Taak-id',
    ]);
    // One row per task of GET /api/v1/tasks, in its order.
    const json = await api.tasks(anna);
    expect(rows.slice(1).map((r) => r[12])).toEqual(json.map((t) => t.id));
    const mine = rows.find((r) => r[11] === annas);
    expect(mine).toBeDefined();
    // The formula stays text: a leading apostrophe, so no cell of the file starts with =.
    expect(mine?.[2]).toBe(`'${formula}`);
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
    expect(mine?.[3]).toBe(deptA);
    expect(mine?.[0]).toBe('De ethische quickscan invullen');
    expect(mine?.[4]).toBe('Projectleider / opdrachtgever');
    expect(mine?.[5]).toBe(anna.sub);
    expect(mine?.[7]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(['ja', 'nee']).toContain(mine?.[8]);
    expect(mine?.[10]).toMatch(new RegExp(`/projecten/${annas}/taak/answer-quick-scan$`));
    // READ_SCOPE: Bob's project is not Anna's to read.
    expect(body).not.toContain(bobs);

    const en = await get('/api/v1/tasks.csv?lang=en', anna);
    expect(en.status).toBe(200);
    expect(en.headers['content-disposition']).toMatch(/filename="waardenpoort-tasks-/);
    const enRows = parseCsv((en.text ?? '').replace(/^\uFEFF/, ''));
    expect(enRows[0]?.slice(0, 4)).toEqual(['Task', 'Stage', 'Project', 'Department']);
    expect(enRows.find((r) => r[11] === annas)?.[0]).toBe('Fill in the ethical quick-scan');

    const bad = await get('/api/v1/tasks.csv?lang=de', anna);
    expect(bad.status).toBe(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.stringify(bad.body)).toContain('lang');
  });

  it('shows a department head the open tasks of their department, not another’s, without other people’s names', async () => {
    const res = await get('/api/v1/tasks/department', headA);
    expect(res.status).toBe(200);
    expect(res.body.department).toBe(deptA);
    const ids = (res.body.tasks as Array<{ project: { id: string } }>).map((t) => t.project.id);
    expect(ids).toContain(annas);
    expect(ids).not.toContain(bobs);
    const task = (res.body.tasks as Array<Record<string, any>>).find((t) => t.project.id === annas);
    expect(task).toMatchObject({
      gate: 'quick-scan',
      assigneeRole: 'case-owner',
      dueAt: expect.any(String),
      overdue: expect.any(Boolean),
      escalationLevel: expect.any(Number),
      project: { id: annas, title: formula, department: deptA },
    });
    // READ_SCOPE gives a department head roles, not who else is assigned (`people`).
    expect(task).not.toHaveProperty('assigneeSub');

    const other = await get('/api/v1/tasks/department', headB);
    const otherIds = (other.body.tasks as Array<{ project: { id: string } }>).map((t) => t.project.id);
    expect(otherIds).toContain(bobs);
    expect(otherIds).not.toContain(annas);

    // CSV by query or by Accept header, with the same rows.
    for (const csv of [
      await get('/api/v1/tasks/department?format=csv', headA),
      await get('/api/v1/tasks/department', headA, 'text/csv'),
    ]) {
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toMatch(/filename="waardenpoort-afdelingstaken-/);
      const rows = parseCsv(csv.text.replace(/^\uFEFF/, ''));
      expect(rows.slice(1).map((r) => r[12])).toEqual((res.body.tasks as Array<{ id: string }>).map((t) => t.id));
      const row = rows.find((r) => r[11] === annas);
      expect(row?.[2]).toBe(`'${formula}`);
      expect(row?.[5]).toBe('');
    }
  });

  it('adds the departments the organisation model names them deputy of', async () => {
    // Henk heads B by his token's claim; the CIO office makes him deputy of A in the organisation model.
    await get('/api/v1/me', headA);
    await get('/api/v1/me', headB);
    const put = await request(app.getHttpServer())
      .put(`/api/v1/organisation/departments/${encodeURIComponent(deptA)}`)
      .set('Authorization', await api.as(PEOPLE.cio))
      .send({
        nameNl: deptA,
        nameEn: deptA,
        headSub: headA.sub,
        deputySubs: [headB.sub],
        version: 0,
        reason: 'Henk neemt waar voor Hanna',
      });
    expect(put.status).toBe(201);
    const res = await get('/api/v1/tasks/department', headB);
    expect(res.status).toBe(200);
    expect(res.body.department).toBe(deptB);
    expect([...(res.body.departments as string[])].sort()).toEqual([deptA, deptB].sort());
    const ids = (res.body.tasks as Array<{ project: { id: string } }>).map((t) => t.project.id);
    expect(ids).toEqual(expect.arrayContaining([annas, bobs]));
  });

  it('refuses every role but the department head, and shows nothing to a head without a department', async () => {
    for (const who of [anna, PEOPLE.cio, PEOPLE.auditor]) {
      const res = await get('/api/v1/tasks/department', who);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const nowhere: Person = { sub: `harm.${tag}`, roles: ['department-head'], name: 'Harm Hoofd' };
    const res = await get('/api/v1/tasks/department', nowhere);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ department: null, departments: [], tasks: [] });
    const bad = await get('/api/v1/tasks/department?format=xml', headA);
    expect(bad.status).toBe(400);
  });
});
