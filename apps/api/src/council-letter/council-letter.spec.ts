import { loadPolicyFile } from '@waardenpoort/persistence';
import { FIELD_GROUPS, type FieldGroup } from '@waardenpoort/domain';
import { join } from 'node:path';
import { readDocx, readPdf } from '../../../../test/support/letters';
import { composeLetter, safeText, type LetterProject } from './letter-content';
import { letterFilename } from './council-letter.service';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';

const policy = loadPolicyFile(join(__dirname, '../../../../policy/waardenpoort-policy.v1.yaml'));
const template = policy.councilLetter!;
const ALL = new Set<FieldGroup>(FIELD_GROUPS);
const LIAISON = new Set<FieldGroup>(['summary', 'quickScan', 'commission', 'decision']);
const by = { sub: 'wim', name: 'Wim Wethouder', roles: [] };

function project(overrides: Partial<LetterProject> = {}): LetterProject {
  return {
    id: '0f8fad5b-d9cb-469f-a165-70867728950e',
    title: 'Slimme lantaarnpalen',
    summary: 'Lantaarnpalen die drukte meten.',
    department: 'Openbare Ruimte',
    technologies: ['sensor', 'camera'],
    plannedStart: '2027-04-01',
    gates: [
      { gate: 'dpia', state: 'completed' },
      { gate: 'commission-reflection', state: 'completed' },
      { gate: 'council-information', state: 'active' },
    ],
    policy: { id: 'waardenpoort', version: 1 },
    route: {
      answers: {},
      dpiaOptIn: false,
      decidedAt: '2027-03-01T10:00:00Z',
      outcome: {
        dpia: 'required',
        iama: 'not-recommended',
        aiActClass: 'not-applicable',
        commission: 'required',
        council: 'required',
        riskLevel: 'high',
        algorithmRegister: 'none',
        sensorRegister: true,
        policy: { id: 'waardenpoort', version: 1 },
        reasons: [
          {
            ruleId: 'r',
            reasonId: 'camera-public-space',
            text: { nl: "Camera's in de openbare ruimte.", en: 'Cameras in public space.' },
            source: {
              id: 'avg-35',
              kind: 'law',
              citation: 'AVG art. 35 lid 3 sub c',
              title: { nl: 'Gegevensbeschermingseffectbeoordeling', en: 'DPIA' },
            },
            effects: { dpia: 'required' },
          },
        ],
      },
    },
    advices: [
      {
        id: 'dpo-advice-0',
        kind: 'dpo-advice',
        gate: 'dpia',
        value: 'positive-with-conditions',
        conditions: ['Bewaartermijn maximaal 28 dagen'],
        summary: 'Voldoende gemitigeerd.',
        by,
        at: '2027-03-02T10:00:00Z',
      },
    ],
    decision: {
      outcome: 'approved-with-conditions',
      rationale: 'Nodig voor de openbare orde.',
      conditions: ['Niet tijdens demonstraties'],
      returnTo: null,
      adviceResponses: [{ adviceId: 'dpo-advice-0', response: 'deviate', explanation: 'Veertien dagen volstaat.' }],
      by,
      at: '2027-03-10T10:00:00Z',
    },
    ...overrides,
  };
}

const compose = (p: LetterProject, groups = ALL, lang: 'nl' | 'en' = 'nl') =>
  composeLetter({
    project: p,
    groups,
    template,
    templatePolicy: { id: 'waardenpoort', version: 7 },
    lang,
    now: new Date('2027-03-11T09:00:00Z'),
  });
const textOf = (l: ReturnType<typeof compose>): string =>
  [
    l.title,
    l.draftNotice,
    ...l.meta.map((m) => `${m.label}: ${m.value}`),
    ...l.blocks.map((b) =>
      b.kind === 'fields'
        ? b.rows.map((r) => `${r.label}: ${r.value}`).join('\n')
        : b.kind === 'list'
          ? b.items.join('\n')
          : b.text,
    ),
    l.footer,
  ].join('\n');

describe('the council letter', () => {
  it('says each fact of the case: rule and source, advice and its answer, decision, condition, template version', () => {
    const text = textOf(compose(project()));
    for (const fact of [
      'Slimme lantaarnpalen',
      "Camera's in de openbare ruimte. (Bron: AVG art. 35 lid 3 sub c, Gegevensbeschermingseffectbeoordeling)",
      'Advies: positief onder voorwaarden',
      'Bewaartermijn maximaal 28 dagen',
      'Antwoord in het besluit: afgeweken (leg uit)',
      'Toelichting: Veertien dagen volstaat.',
      'Besluit: goedgekeurd onder voorwaarden',
      'Genomen door: Wim Wethouder',
      'Niet tijdens demonstraties',
      'Sjabloon: beleid waardenpoort versie 7',
      'Route bepaald op 1 maart 2027, beleid waardenpoort versie 1.',
      'Er is geen reflectie van de Ethische Commissie vastgelegd.',
    ])
      expect(text).toContain(fact);
  });

  it('says in Dutch what the case does not have', () => {
    const text = textOf(
      compose(
        project({
          gates: [
            { gate: 'dpia', state: 'not-required' },
            { gate: 'commission-reflection', state: 'not-required' },
          ],
          advices: [],
          decision: { ...project().decision!, outcome: 'approved', conditions: [], adviceResponses: [] },
        }),
      ),
    );
    expect(text).toContain('Geen DPIA vereist.');
    expect(text).toContain('Geen reflectie van de Ethische Commissie vereist of gevraagd.');
    expect(text).toContain('Aan het besluit zijn geen voorwaarden verbonden.');
  });

  it("leaves out the DPO's advice for a reader without the dpia field group, and says so", () => {
    const p = project({ advices: [] }); // trimmed as trimProject trims it for the council liaison
    const text = textOf(compose(p, LIAISON));
    expect(text).not.toContain('Voldoende gemitigeerd');
    expect(text).toContain('valt buiten wat uw rol mag lezen');
    // The decision's answer is in the decision group, which the liaison reads.
    expect(text).toContain('Toelichting: Veertien dagen volstaat.');
  });

  it('fills placeholders once: a title that looks like a placeholder stays as written', () => {
    const text = textOf(compose(project({ title: '{{department}} <script>' })));
    expect(text).toContain('over het project {{department}} <script> van de afdeling Openbare Ruimte');
  });

  it('shows bidirectional controls instead of letting them reorder the line', () => {
    expect(safeText('abc\u202Edef\u200F')).toBe('abc[U+202E]def[U+200F]');
  });

  it('is in English on request', () => {
    expect(textOf(compose(project(), ALL, 'en'))).toContain('Template: policy waardenpoort version 7');
  });

  it('names its file in ASCII', () => {
    expect(letterFilename('Camera\'s uitgaansgebied ë/"\r', 'x', 'pdf')).toBe(
      'raadsinformatiebrief-camera-s-uitgaansgebied-e.pdf',
    );
    expect(letterFilename('\u202E<>', 'abc', 'docx')).toBe('raadsinformatiebrief-abc.docx');
  });

  it('renders to docx and PDF that say the same, Dutch letters intact', async () => {
    const letter = compose(project({ title: 'Reëvaluatie van ĳsbaan-sensoren' }));
    const docx = await readDocx(await renderDocx(letter));
    const pdf = readPdf(await renderPdf(letter));
    for (const text of [docx.text, pdf.text]) {
      expect(text).toContain('Reëvaluatie van ĳsbaan-sensoren');
      expect(text).toContain('geïnformeerd');
      expect(text).toContain('beleid waardenpoort versie 7');
    }
    expect(docx.coreXml).toContain('waardenpoort v7');
    expect(pdf.info.Keywords).toContain('waardenpoort v7');
  });
});
