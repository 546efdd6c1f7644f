/* global crypto -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The ethics secretary releases the commission's recorded reflection for the public pages, or withdraws the release
 * (`POST` / `DELETE /api/v1/projects/{id}/reflection/publication`). Whether it is public is the project's
 * `commission.publication`, as the workflow recorded it.
 */
import { api } from '../api.js';
import { CLOSED_PROJECT_STATUSES } from '../domain/project.js';
import { moment } from '../format.js';
import { h } from '../dom.js';
import {
  actions,
  clearFormErrors,
  formValues,
  setBusy,
  showApiError,
  showFormErrors,
  textareaField,
} from '../forms.js';
import { hasRole } from '../session.js';
import { button, heading, link, p } from '../ui.js';
import { form } from './forms/form.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').Project} Project */

const QUESTION_MAX = 2_000;
const SUMMARY_MAX = 10_000;
const REASON_MAX = 2_000;

/**
 * The section on the project page, for an ethics secretary once the commission's reflection is recorded.
 * @param {ViewContext} ctx
 * @param {Project} project
 */
export function reflectionPublicationSection(ctx, project) {
  if (!hasRole(ctx.session, 'ethics-secretary')) return null;
  const reflection = project.advices.find((a) => a.kind === 'commission-reflection');
  if (!reflection) return null;
  const publication = project.commission?.publication ?? null;
  const isPublic = publication !== null && publication.withdrawnAt === null;
  const thisOnePublic = isPublic && publication.adviceId === reflection.id;
  const forPublication = project.gates.find((g) => g.gate === 'commission-reflection')?.outcome?.published === true;
  const closed = CLOSED_PROJECT_STATUSES.includes(project.status);

  /** @type {import('../dom.js').Children[]} */
  const state = [];
  if (thisOnePublic) {
    state.push(
      p(
        `De reflectie is openbaar sinds ${moment(publication.publishedAt)}. `,
        link('/openbaar/reflecties', "Naar de openbare pagina's"),
      ),
    );
  } else if (isPublic) {
    state.push(p(`Een eerdere reflectie van dit project is openbaar sinds ${moment(publication.publishedAt)}.`));
  } else if (publication?.withdrawnAt) {
    state.push(
      p(`De openbaarmaking is ingetrokken op ${moment(publication.withdrawnAt)}. De reflectie is niet openbaar.`),
    );
  } else {
    state.push(p('De reflectie is niet openbaar.'));
  }

  /** @type {import('../dom.js').Children[]} */
  const forms = [];
  if (closed) {
    state.push(p('Het project is afgesloten: openbaar maken of intrekken kan niet meer.'));
  } else {
    if (!thisOnePublic && forPublication) forms.push(releaseForm(ctx, project));
    if (!thisOnePublic && !forPublication)
      state.push(p('De commissie heeft deze reflectie vastgelegd als niet bestemd voor publicatie.'));
    if (isPublic) forms.push(withdrawForm(ctx, project));
  }

  return h(
    'section',
    { 'aria-labelledby': 'openbaarmaking' },
    heading(2, 'Openbaarmaking van de reflectie', { id: 'openbaarmaking' }),
    state,
    forms,
  );
}

/**
 * Checks and sends the form, then reloads the project page with `done`. One Idempotency-Key per filled-in form: a
 * second press or a retry after a network error applies the action once. The API stores a refusal with its key, so
 * a corrected attempt after one gets a new key.
 * @param {HTMLFormElement} f
 * @param {{ check: (values: Record<string, string>) => Array<{ field: string, message: string }>, send: (values: Record<string, string>, key: string) => Promise<unknown>, done: string }} spec
 * @param {ViewContext} ctx
 * @param {Project} project
 */
function wire(f, { check, send, done }, ctx, project) {
  let key = crypto.randomUUID();
  f.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(f);
    const { one } = formValues(f);
    const problems = check(one);
    if (problems.length) return showFormErrors(f, problems);
    const submit = /** @type {HTMLButtonElement} */ (f.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      await send(one, key);
      ctx.navigate(`/projecten/${project.id}`, { flash: { type: 'ok', text: done }, replace: true });
    } catch (err) {
      setBusy(submit, false);
      const e = /** @type {{ status?: number, problem?: { type?: string } | null }} */ (err);
      if (e.status !== undefined && e.status >= 400 && e.status < 500) key = crypto.randomUUID();
      if (e.status === 409 && (e.problem?.type ?? '').endsWith('/project-closed')) {
        showFormErrors(
          f,
          [
            {
              field: null,
              message:
                'Het project is afgesloten: de workflow neemt geen handelingen meer aan, dus openbaar maken of ' +
                'intrekken kan niet meer.',
            },
          ],
          'Het is niet gelukt',
        );
      } else {
        showApiError(f, err);
      }
    }
  });
}

/** @param {ViewContext} ctx @param {Project} project */
function releaseForm(ctx, project) {
  const title = 'Reflectie openbaar maken';
  const fields = [
    p(
      'Openbaar worden: de titel en afdeling van het project, de vraag en de inleiding hieronder, de observaties en ',
      'aanbevelingen van de reflectie zoals vastgelegd, en het besluit (uitkomst en datum) zodra de raad is ',
      'geïnformeerd. Niet openbaar: de quickscan, de DPIA, het advies van de FG, de motivering van het besluit en ',
      'namen van personen.',
    ),
    textareaField({
      name: 'question',
      label: 'De vraag aan de commissie, in woorden voor het publiek',
      required: true,
      rows: 3,
      description: `Komt op de openbare pagina. Hoogstens ${QUESTION_MAX.toLocaleString('nl-NL')} tekens.`,
    }),
    textareaField({
      name: 'publicSummary',
      label: 'Inleiding voor de openbare pagina (niet verplicht)',
      rows: 4,
      description: `Hoogstens ${SUMMARY_MAX.toLocaleString('nl-NL')} tekens.`,
    }),
  ];
  const f = form(
    'openbaar-maken',
    heading(3, title, { id: 'openbaar-maken' }),
    fields,
    actions(button(title, { type: 'submit' })),
  );
  wire(
    f,
    {
      check: (one) => {
        const problems = [];
        const question = (one.question ?? '').trim();
        if (!question) problems.push({ field: 'question', message: 'Geef de vraag aan de commissie.' });
        else if (question.length > QUESTION_MAX)
          problems.push({ field: 'question', message: `De vraag is langer dan ${QUESTION_MAX} tekens.` });
        if ((one.publicSummary ?? '').trim().length > SUMMARY_MAX)
          problems.push({ field: 'publicSummary', message: `De inleiding is langer dan ${SUMMARY_MAX} tekens.` });
        return problems;
      },
      send: (one, key) => {
        const publicSummary = (one.publicSummary ?? '').trim();
        return api(`/api/v1/projects/${project.id}/reflection/publication`, {
          method: 'POST',
          body: { question: (one.question ?? '').trim(), ...(publicSummary ? { publicSummary } : {}) },
          headers: { 'Idempotency-Key': key },
        });
      },
      done: "De reflectie is openbaar gemaakt. Zij staat nu op de openbare pagina's.",
    },
    ctx,
    project,
  );
  return f;
}

/** @param {ViewContext} ctx @param {Project} project */
function withdrawForm(ctx, project) {
  const title = 'Openbaarmaking intrekken';
  const fields = [
    p("De reflectie verdwijnt van de openbare pagina's en uit de feed. De audittrail bewaart beide stappen."),
    textareaField({
      name: 'reason',
      label: 'Reden van het intrekken',
      required: true,
      rows: 3,
      description: 'De reden komt in de audittrail, niet op de openbare pagina.',
    }),
  ];
  const f = form(
    'openbaarmaking-intrekken',
    heading(3, title, { id: 'openbaarmaking-intrekken' }),
    fields,
    actions(button(title, { type: 'submit', variant: 'secondary' })),
  );
  wire(
    f,
    {
      check: (one) => {
        const reason = (one.reason ?? '').trim();
        if (!reason) return [{ field: 'reason', message: 'Geef een reden.' }];
        if (reason.length > REASON_MAX)
          return [{ field: 'reason', message: `De reden is langer dan ${REASON_MAX} tekens.` }];
        return [];
      },
      send: (one, key) =>
        api(`/api/v1/projects/${project.id}/reflection/publication`, {
          method: 'DELETE',
          body: { reason: (one.reason ?? '').trim() },
          headers: { 'Idempotency-Key': key },
        }),
      done: "De openbaarmaking is ingetrokken. De reflectie staat niet meer op de openbare pagina's.",
    },
    ctx,
    project,
  );
  return f;
}
