/** The Ethics Commission's forms: agenda, questions and answers, the reflection. */
import { moment } from '../../format.js';
import { t } from '../../i18n.js';
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
    reschedule ? t('gateForms.commission.agenda.rescheduleTitle') : t('gateForms.commission.agenda.title'),
    [
      textField({ name: 'datum', label: t('gateForms.commission.agenda.date'), type: 'date', required: true }),
      textField({
        name: 'tijd',
        label: t('gateForms.commission.agenda.time'),
        type: 'time',
        required: true,
        step: 1,
        description: t('gateForms.commission.agenda.timeHelp'),
      }),
      actions(
        button(
          reschedule ? t('gateForms.commission.agenda.rescheduleSubmit') : t('gateForms.commission.agenda.submit'),
          { type: 'submit' },
        ),
      ),
    ],
    ({ one }) => {
      const at = one.datum && one.tijd ? localInstant(one.datum, one.tijd) : null;
      if (!at)
        return showFormErrors(f, [
          { field: one.datum ? 'tijd' : 'datum', message: t('gateForms.commission.agenda.missing') },
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
    t('gateForms.commission.questions.title'),
    [
      textareaField({
        name: 'questions',
        label: t('gateForms.commission.questions.label'),
        description: t('gateForms.commission.questions.help'),
      }),
      actions(button(t('gateForms.commission.questions.submit'), { type: 'submit', variant: 'secondary' })),
    ],
    () => {
      const questions = lines(formValues(f).one.questions);
      if (questions.length === 0)
        return showFormErrors(f, [{ field: 'questions', message: t('gateForms.commission.questions.missing') }]);
      void submit(f, 'commission/questions', { questions });
    },
  );
  return f;
}

/** @param {Submit} submit */
export function reflectionForm(submit) {
  const f = taskForm(
    'reflectie-titel',
    t('gateForms.commission.reflection.title'),
    [
      textareaField({
        name: 'summary',
        label: t('gateForms.commission.reflection.summary'),
        required: true,
        rows: 6,
      }),
      textareaField({
        name: 'recommendations',
        label: t('gateForms.commission.reflection.recommendations'),
        description: t('gateForms.commission.reflection.recommendationsHelp'),
      }),
      checkboxField({
        name: 'publish',
        label: t('gateForms.commission.reflection.publish'),
        checked: true,
        description: t('gateForms.commission.reflection.publishHelp'),
      }),
      actions(button(t('gateForms.commission.reflection.submit'), { type: 'submit' })),
    ],
    ({ one }) => {
      if (!(one.summary ?? '').trim())
        return showFormErrors(f, [{ field: 'summary', message: t('gateForms.commission.reflection.missing') }]);
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
    t('gateForms.commission.answers.title'),
    [
      open.map((q, i) =>
        textareaField({
          name: `answers.${i}`,
          label: q.text,
          required: true,
          description: t('gateForms.commission.answers.asked', { moment: moment(q.askedAt) }),
        }),
      ),
      actions(button(t('gateForms.commission.answers.submit'), { type: 'submit' })),
    ],
    ({ one }) => {
      const answers = open.map((_, i) => (one[`answers.${i}`] ?? '').trim());
      const problems = answers.flatMap((a, i) =>
        a ? [] : [{ field: `answers.${i}`, message: t('gateForms.commission.answers.missing', { n: i + 1 }) }],
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
    t('gateForms.commission.documents.title'),
    [
      meeting ? p(t('gateForms.commission.documents.meeting', { moment: moment(meeting) })) : null,
      textareaField({
        name: 'note',
        label: t('gateForms.commission.documents.note'),
        description: t('gateForms.commission.documents.noteHelp'),
      }),
      actions(button(t('gateForms.commission.documents.submit'), { type: 'submit' })),
    ],
    ({ one }) => {
      const note = (one.note ?? '').trim();
      void submit(f, 'commission/documents', note ? { note } : {});
    },
  );
  return f;
}
