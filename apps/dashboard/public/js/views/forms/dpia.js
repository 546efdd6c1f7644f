/* global crypto -- a browser global; tsc (apps/dashboard/tsconfig.json) checks its use */
/** The DPIA gate's forms: the DPIA, the DPO's advice, the prior consultation of the DPA. */
import { DPO_ADVICE_LABELS, moment } from '../../format.js';
import { button, p } from '../../ui.js';
import { actions, choiceGroup, lines, showFormErrors, textareaField, textField } from '../../forms.js';
import { SHA256_HEX } from '../../domain/project.js';
import { taskForm } from './form.js';

/** @typedef {import('../../../../types/api').Project} Project */
/** @typedef {import('./form.js').Submit} Submit */

/** @param {Submit} submit */
export function dpiaForm(submit) {
  const hash = textField({
    name: 'document.sha256',
    label: 'SHA-256 van het document',
    required: true,
    description:
      '64 tekens (0-9, a-f). Kies hieronder het document om hem te laten berekenen; het document zelf wordt niet verstuurd.',
    width: 'lg',
    autocomplete: 'off',
  });
  const file = textField({ name: 'bestand', label: 'Document (alleen om de SHA-256 te berekenen)', type: 'file' });
  const f = taskForm(
    'dpia-titel',
    'DPIA indienen',
    [
      p(
        'Het DPIA-document staat in het documentsysteem; hier legt u de verwijzing en de vingerafdruk vast, en de onderdelen die de AVG (art. 35 lid 7) vraagt.',
      ),
      textField({
        name: 'document.reference',
        label: 'Verwijzing naar het document',
        required: true,
        description: 'Bijvoorbeeld het zaak- of documentnummer: corsa://2027/DPIA-0042.',
        width: 'lg',
      }),
      textField({ name: 'document.title', label: 'Titel van het document', width: 'lg' }),
      textField({
        name: 'document.publicUrl',
        label: 'Openbare link naar de DPIA (als die gepubliceerd is)',
        description:
          'Een https-link naar de gepubliceerde DPIA of de openbare samenvatting. Het algoritmeregister verwijst ernaar.',
        width: 'lg',
        type: 'url',
        autocomplete: 'off',
      }),
      file,
      hash,
      textareaField({
        name: 'elements.description',
        label: 'a. Systematische beschrijving van de verwerking en de doeleinden',
        required: true,
      }),
      textareaField({ name: 'elements.necessity', label: 'b. Noodzaak en evenredigheid', required: true }),
      textareaField({
        name: 'elements.risks',
        label: 'c. Risico’s voor de rechten en vrijheden van betrokkenen',
        required: true,
      }),
      textareaField({
        name: 'elements.measures',
        label: 'd. Maatregelen om de risico’s aan te pakken',
        required: true,
      }),
      actions(button('DPIA indienen', { type: 'submit' })),
    ],
    ({ one }) => {
      const v = (/** @type {string} */ k) => (one[k] ?? '').trim();
      const problems = [];
      if (!v('document.reference'))
        problems.push({ field: 'document.reference', message: 'Vul de verwijzing naar het document in.' });
      if (!SHA256_HEX.test(v('document.sha256').toLowerCase()))
        problems.push({ field: 'document.sha256', message: 'De SHA-256 bestaat uit 64 tekens 0-9 en a-f.' });
      for (const [k, m] of [
        ['elements.description', 'Beschrijf de verwerking en de doeleinden.'],
        ['elements.necessity', 'Beschrijf de noodzaak en evenredigheid.'],
        ['elements.risks', 'Beschrijf de risico’s.'],
        ['elements.measures', 'Beschrijf de maatregelen.'],
      ]) {
        if (!v(k)) problems.push({ field: k, message: m });
      }
      if (problems.length) return showFormErrors(f, problems);
      void submit(f, 'dpia', {
        document: {
          reference: v('document.reference'),
          sha256: v('document.sha256').toLowerCase(),
          ...(v('document.title') ? { title: v('document.title') } : {}),
          ...(v('document.publicUrl') ? { publicUrl: v('document.publicUrl') } : {}),
        },
        elements: {
          description: v('elements.description'),
          necessity: v('elements.necessity'),
          risks: v('elements.risks'),
          measures: v('elements.measures'),
        },
      });
    },
  );
  const fileInput = /** @type {HTMLInputElement} */ (file.querySelector('input'));
  fileInput.classList.add('wp-file');
  fileInput.addEventListener('change', async () => {
    const chosen = fileInput.files?.[0];
    const hashInput = /** @type {HTMLInputElement} */ (hash.querySelector('input'));
    if (!chosen) return;
    if (!globalThis.crypto?.subtle) {
      hashInput.focus();
      return;
    }
    const digest = await crypto.subtle.digest('SHA-256', await chosen.arrayBuffer());
    hashInput.value = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const titleInput = /** @type {HTMLInputElement} */ (f.querySelector('[name="document.title"]'));
    if (!titleInput.value) titleInput.value = chosen.name;
  });
  return f;
}

/** @param {Submit} submit */
export function dpoAdviceForm(submit) {
  const f = taskForm(
    'advies-titel',
    'Advies van de functionaris gegevensbescherming',
    [
      choiceGroup({
        name: 'advice',
        legend: 'Uw advies',
        type: 'radio',
        required: true,
        options: Object.entries(DPO_ADVICE_LABELS).map(([value, text]) => ({ value, label: text })),
      }),
      textareaField({
        name: 'conditions',
        label: 'Voorwaarden',
        description: 'Eén voorwaarde per regel. Verplicht bij “positief onder voorwaarden”.',
      }),
      textareaField({ name: 'summary', label: 'Samenvatting van het advies', required: true, rows: 5 }),
      choiceGroup({
        name: 'priorConsultationRequired',
        legend:
          'Blijft er een hoog restrisico, zodat eerst de Autoriteit Persoonsgegevens moet worden geraadpleegd (AVG art. 36)?',
        type: 'radio',
        required: true,
        value: 'false',
        options: [
          { value: 'true', label: 'Ja, voorafgaande raadpleging is nodig' },
          { value: 'false', label: 'Nee' },
        ],
      }),
      actions(button('Advies vastleggen', { type: 'submit' })),
    ],
    ({ one }) => {
      const conditions = lines(one.conditions);
      const problems = [];
      if (!one.advice) problems.push({ field: 'advice', message: 'Kies uw advies.' });
      if (one.advice === 'positive-with-conditions' && conditions.length === 0)
        problems.push({ field: 'conditions', message: 'Noem minstens één voorwaarde.' });
      if (!(one.summary ?? '').trim()) problems.push({ field: 'summary', message: 'Vat uw advies samen.' });
      if (problems.length) return showFormErrors(f, problems);
      void submit(f, 'dpia/advice', {
        advice: one.advice,
        conditions,
        summary: (one.summary ?? '').trim(),
        priorConsultationRequired: one.priorConsultationRequired === 'true',
      });
    },
  );
  return f;
}

/** @param {Project} project @param {Submit} submit */
export function priorConsultationForms(project, submit) {
  const pc = project.priorConsultation;
  const info = pc
    ? p(
        `Raadpleging gestart op ${moment(pc.startedAt)}; de AP antwoordt uiterlijk ${moment(pc.dueAt)}${pc.extended ? ' (verlengd)' : ''}.`,
      )
    : null;
  const answer = taskForm(
    'ap-antwoord',
    'Antwoord van de Autoriteit Persoonsgegevens vastleggen',
    [
      choiceGroup({
        name: 'answer.outcome',
        legend: 'Antwoord',
        type: 'radio',
        required: true,
        options: [
          { value: 'no-objection', label: 'Geen bezwaar' },
          { value: 'advice', label: 'Schriftelijk advies' },
          { value: 'objection', label: 'Bezwaar' },
        ],
      }),
      textField({ name: 'answer.reference', label: 'Kenmerk van de brief', required: true, width: 'md' }),
      textareaField({ name: 'answer.summary', label: 'Samenvatting', required: true }),
      actions(button('Antwoord vastleggen', { type: 'submit' })),
    ],
    ({ one }) => {
      const problems = [];
      if (!one['answer.outcome']) problems.push({ field: 'answer.outcome', message: 'Kies het antwoord van de AP.' });
      if (!(one['answer.reference'] ?? '').trim())
        problems.push({ field: 'answer.reference', message: 'Vul het kenmerk in.' });
      if (!(one['answer.summary'] ?? '').trim())
        problems.push({ field: 'answer.summary', message: 'Vat het antwoord samen.' });
      if (problems.length) return showFormErrors(answer, problems);
      void submit(answer, 'dpia/prior-consultation', {
        answer: {
          outcome: one['answer.outcome'],
          reference: (one['answer.reference'] ?? '').trim(),
          summary: (one['answer.summary'] ?? '').trim(),
        },
      });
    },
  );
  const extend = taskForm(
    'ap-verlenging',
    'Verlenging door de AP',
    [
      p('De AP mag haar termijn één keer met zes weken verlengen.'),
      actions(
        button('Verlenging vastleggen', { type: 'submit', variant: 'secondary', disabled: pc?.extended ?? false }),
      ),
    ],
    () => {
      void submit(extend, 'dpia/prior-consultation', { extend: true });
    },
  );
  return [info, answer, extend].filter((x) => x !== null);
}
