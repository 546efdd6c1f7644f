/** The Ethics Commission's forms: agenda, questions and answers, the reflection. */
import { moment } from '../../format.js';
import { button, p } from '../../ui.js';
import { actions, checkboxField, formValues, lines, showFormErrors, textareaField, textField } from '../../forms.js';
import { taskForm } from './form.js';

/** @typedef {import('../../../../types/api').Project} Project */
/** @typedef {import('./form.js').Submit} Submit */

/** A date and a time in the browser's zone, as an ISO instant with that zone's offset. @param {string} date @param {string} time */
function localInstant(date, time) {
  const d = new Date(`${date}T${time.length === 5 ? `${time}:00` : time}`);
  if (Number.isNaN(d.getTime())) return null;
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const pad = (/** @type {number} */ n) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return `${date}T${time.length === 5 ? `${time}:00` : time}${sign}${pad(offset / 60)}:${pad(offset % 60)}`;
}

/** @param {Submit} submit @param {boolean} reschedule */
export function agendaForm(submit, reschedule) {
  const f = taskForm(
    'agenda-titel',
    reschedule ? 'Vergadering verplaatsen' : 'Agenderen',
    [
      textField({ name: 'datum', label: 'Datum van de vergadering', type: 'date', required: true }),
      textField({
        name: 'tijd',
        label: 'Aanvang',
        type: 'time',
        required: true,
        step: 1,
        description: 'Nederlandse tijd.',
      }),
      actions(button(reschedule ? 'Nieuwe datum vastleggen' : 'Op de agenda zetten', { type: 'submit' })),
    ],
    ({ one }) => {
      const at = one.datum && one.tijd ? localInstant(one.datum, one.tijd) : null;
      if (!at)
        return showFormErrors(f, [
          { field: one.datum ? 'tijd' : 'datum', message: 'Vul de datum en de aanvang van de vergadering in.' },
        ]);
      void submit(f, 'commission/agenda', { meetingDate: at }, (x) => (x === 'meetingDate' ? 'datum' : x));
    },
  );
  return f;
}

/** @param {Submit} submit */
export function questionsForm(submit) {
  const f = taskForm(
    'vragen-titel',
    'Vragen aan de projectleider',
    [
      textareaField({
        name: 'questions',
        label: 'Vragen van de commissie',
        description: 'Eén vraag per regel. De projectleider krijgt er een taak voor.',
      }),
      actions(button('Vragen stellen', { type: 'submit', variant: 'secondary' })),
    ],
    () => {
      const questions = lines(formValues(f).one.questions);
      if (questions.length === 0)
        return showFormErrors(f, [{ field: 'questions', message: 'Stel minstens één vraag.' }]);
      void submit(f, 'commission/questions', { questions });
    },
  );
  return f;
}

/** @param {Submit} submit */
export function reflectionForm(submit) {
  const f = taskForm(
    'reflectie-titel',
    'Reflectie van de Ethische Commissie',
    [
      textareaField({ name: 'summary', label: 'Reflectieverslag: observaties', required: true, rows: 6 }),
      textareaField({ name: 'recommendations', label: 'Aanbevelingen', description: 'Eén aanbeveling per regel.' }),
      checkboxField({
        name: 'publish',
        label: 'Publiceren op de gemeentelijke website',
        checked: true,
        description: 'Standaard worden reflecties gepubliceerd.',
      }),
      actions(button('Reflectie vastleggen', { type: 'submit' })),
    ],
    ({ one }) => {
      if (!(one.summary ?? '').trim())
        return showFormErrors(f, [{ field: 'summary', message: 'Vul het reflectieverslag in.' }]);
      void submit(f, 'commission/reflection', {
        summary: (one.summary ?? '').trim(),
        recommendations: lines(one.recommendations),
        publish: one.publish === 'true',
      });
    },
  );
  return f;
}

/** @param {Project} project @param {Submit} submit */
export function answersForm(project, submit) {
  const open = (project.commission?.questions ?? []).filter((q) => q.answer === null);
  const f = taskForm(
    'antwoorden-titel',
    'Antwoorden aan de Ethische Commissie',
    [
      open.map((q, i) =>
        textareaField({
          name: `answers.${i}`,
          label: q.text,
          required: true,
          description: `Gesteld op ${moment(q.askedAt)}.`,
        }),
      ),
      actions(button('Antwoorden versturen', { type: 'submit' })),
    ],
    ({ one }) => {
      const answers = open.map((_, i) => (one[`answers.${i}`] ?? '').trim());
      const problems = answers.flatMap((a, i) =>
        a ? [] : [{ field: `answers.${i}`, message: `Beantwoord vraag ${i + 1}.` }],
      );
      if (problems.length) return showFormErrors(f, problems);
      void submit(f, 'commission/answers', { answers });
    },
  );
  return f;
}

/** @param {Project} project @param {Submit} submit */
export function documentsForm(project, submit) {
  const meeting = project.commission?.meetingDate;
  const f = taskForm(
    'stukken-titel',
    'Stukken voor de Ethische Commissie',
    [
      meeting ? p(`Het project staat op de vergadering van ${moment(meeting)}.`) : null,
      textareaField({
        name: 'note',
        label: 'Toelichting voor het secretariaat',
        description: 'Optioneel: welke stukken u heeft aangeleverd en waar ze staan.',
      }),
      actions(button('Stukken zijn ingediend', { type: 'submit' })),
    ],
    ({ one }) => {
      const note = (one.note ?? '').trim();
      void submit(f, 'commission/documents', note ? { note } : {});
    },
  );
  return f;
}
