import type { INestApplication } from '@nestjs/common';
import type { Role } from '@waardenpoort/domain';
import request from 'supertest';
import { eventually, token } from './harness';

export interface Person {
  sub: string;
  roles: Role[];
  name?: string;
  /** The department claim: what a department head reads (READ_SCOPE) */
  department?: string;
}

/** The people of the municipality, as the tests use them. */
export const PEOPLE = {
  owner: { sub: 'anna.jansen', roles: ['case-owner'], name: 'Anna Jansen' },
  privacy: { sub: 'pieter.privacy', roles: ['privacy-officer'], name: 'Pieter Privacy' },
  dpo: { sub: 'fenna.fg', roles: ['dpo'], name: 'Fenna de FG' },
  secretary: { sub: 'sam.secretaris', roles: ['ethics-secretary'], name: 'Sam Secretaris' },
  alderman: { sub: 'wim.wethouder', roles: ['portfolio-holder'], name: 'Wim Wethouder' },
  liaison: { sub: 'gerda.griffie', roles: ['council-liaison'], name: 'Gerda Griffie' },
  head: { sub: 'hans.hoofd', roles: ['department-head'], name: 'Hans Hoofd' },
  cio: { sub: 'carla.cio', roles: ['cio-office'], name: 'Carla CIO' },
  auditor: { sub: 'ad.auditor', roles: ['auditor'], name: 'Ad Auditor' },
} satisfies Record<string, Person>;

/** A thin HTTP client for the API as the people above use it. */
export class ProjectApi {
  constructor(private readonly app: INestApplication) {}

  async as(person: Person): Promise<string> {
    return `Bearer ${await token({
      sub: person.sub,
      roles: person.roles,
      name: person.name ?? person.sub,
      ...(person.department ? { department: person.department } : {}),
    })}`;
  }

  async register(department: string, title = 'Testproject', by: Person = PEOPLE.owner): Promise<string> {
    const res = await request(this.app.getHttpServer())
      .post('/api/v1/projects')
      .set('Authorization', await this.as(by))
      .send({
        title,
        summary: 'Een project dat de poorten doorloopt in de tests.',
        department,
        technologies: ['sensor'],
        plannedStart: '2027-05-01',
      })
      .expect(201);
    return res.body.id as string;
  }

  async post(projectId: string, path: string, by: Person, body: object): Promise<request.Response> {
    return request(this.app.getHttpServer())
      .post(`/api/v1/projects/${projectId}/${path}`)
      .set('Authorization', await this.as(by))
      .send(body);
  }

  async get(projectId: string, by: Person = PEOPLE.auditor): Promise<Record<string, any>> {
    const res = await request(this.app.getHttpServer())
      .get(`/api/v1/projects/${projectId}`)
      .set('Authorization', await this.as(by))
      .expect(200);
    return res.body as Record<string, any>;
  }

  async tasks(by: Person): Promise<Array<Record<string, any>>> {
    const res = await request(this.app.getHttpServer())
      .get('/api/v1/tasks')
      .set('Authorization', await this.as(by))
      .expect(200);
    return res.body as Array<Record<string, any>>;
  }

  /**
   * The publication gate walked as its route asks: the case owner submits an entry for each register the route names
   * (ALGORITHM_ENTRY, SENSOR_ENTRY, with `sensor`'s fields instead where given), the CIO office publishes them;
   * answers the project after publication.
   */
  async publishRegisterEntries(
    projectId: string,
    project: Record<string, any>,
    sensor: Record<string, unknown> = {},
  ): Promise<Record<string, any>> {
    const outcome = project.route.outcome as { algorithmRegister: string; sensorRegister: boolean };
    const entries = {
      ...(outcome.algorithmRegister !== 'none' ? { algorithm: ALGORITHM_ENTRY } : {}),
      ...(outcome.sensorRegister ? { sensor: { ...SENSOR_ENTRY, ...sensor } } : {}),
    };
    const submitted = await this.post(projectId, 'register-entries', PEOPLE.owner, { entries });
    if (submitted.status !== 200) throw new Error(`register entries: HTTP ${submitted.status} ${submitted.text}`);
    const published = await this.post(projectId, 'register-entries/review', PEOPLE.cio, { outcome: 'publish' });
    if (published.status !== 200) throw new Error(`register review: HTTP ${published.status} ${published.text}`);
    return published.body as Record<string, any>;
  }

  /**
   * The Ethics Commission meets on the project: the secretary puts it on a meeting `leadMs` from now, the reflection
   * step opens by itself once the meeting has passed, and the secretary records the reflection. Answers the project
   * after the reflection.
   */
  async reflect(
    projectId: string,
    reflection: { summary: string; recommendations: string[]; publish: boolean },
    leadMs = 1_500,
  ): Promise<Record<string, any>> {
    const meetingDate = new Date(Date.now() + leadMs).toISOString();
    const agenda = await this.post(projectId, 'commission/agenda', PEOPLE.secretary, { meetingDate });
    if (agenda.status !== 200) throw new Error(`commission agenda: HTTP ${agenda.status} ${agenda.text}`);
    await eventually(
      async () =>
        this.gate(await this.get(projectId), 'commission-reflection').step === 'record-reflection' ? true : undefined,
      20_000,
      'the reflection step after the meeting',
    );
    const reflected = await this.post(projectId, 'commission/reflection', PEOPLE.secretary, reflection);
    if (reflected.status !== 200) throw new Error(`reflection: HTTP ${reflected.status} ${reflected.text}`);
    return reflected.body as Record<string, any>;
  }

  gate(project: Record<string, any>, gate: string): Record<string, any> {
    return (project.gates as Array<Record<string, any>>).find((g) => g.gate === gate) as Record<string, any>;
  }
}

export const DPIA_BODY = {
  document: { reference: 'corsa://2027/DPIA-0042', sha256: 'a'.repeat(64), title: "DPIA camera's binnenstad" },
  elements: {
    description: "Vaste camera's in de binnenstad, beelden 28 dagen bewaard, doel: openbare orde.",
    necessity: 'Minder ingrijpende middelen (extra toezicht) bleken onvoldoende; beperkt tot uitgaansgebied.',
    risks: 'Inbreuk op privacy van bezoekers en bewoners; chilling effect op demonstraties.',
    measures: 'Privacy masking van woningen, bewaartermijn 28 dagen, toegang alleen voor politie-operators.',
  },
};

/** An algorithm register entry as a case owner submits it (what the case sets itself left out). */
export const ALGORITHM_ENTRY = {
  name: 'Beeldherkenning camera’s binnenstad',
  organization: 'Gemeente Enschede',
  description_short: 'Software herkent in camerabeelden mogelijke incidenten, zodat een operator sneller kan kijken.',
  category: ['Openbare orde en veiligheid'],
  contact_email: 'algoritmeregister@enschede.example',
  goal: '<p>Sneller ingrijpen bij incidenten in de binnenstad.</p>',
  human_intervention: '<p>Een operator beoordeelt elke melding voordat er iets gebeurt.</p>',
  provider: 'Intern ontwikkeld',
};

/** A sensor register entry as a case owner submits it (what the case sets itself left out). */
export const SENSOR_ENTRY = {
  name: 'Camera’s op het Stationsplein',
  sensor_type: 'Camera',
  organization: 'Gemeente Enschede',
  contact_email: 'sensorregister@enschede.example',
  personal_data: true,
  purpose: 'Toezicht op de openbare orde.',
  legal_ground: 'Gemeentewet art. 151c',
  mobility: 'Vast',
  location: { type: 'Point', coordinates: [6.8937, 52.2215] },
};
