/* global crypto -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The ethics secretary releases the commission's recorded reflection for the public pages, or withdraws the release
 * (`POST` / `DELETE /api/v1/projects/{id}/reflection/publication`). Whether it is public is the project's
 * `commission.publication`, as the workflow recorded it.
 */
import { api } from '../api.js';
import { CLOSED_PROJECT_STATUSES } from '../domain/project.js';
import { moment, number } from '../format.js';
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
import { t } from '../i18n.js';
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
        `${t('meetings.publication.publicSince', { date: moment(publication.publishedAt) })} `,
        link('/openbaar/reflecties', t('meetings.publication.toPublicPages')),
      ),
    );
  } else if (isPublic) {
    state.push(p(t('meetings.publication.earlierPublic', { date: moment(publication.publishedAt) })));
  } else if (publication?.withdrawnAt) {
    state.push(p(t('meetings.publication.withdrawnOn', { date: moment(publication.withdrawnAt) })));
  } else {
    state.push(p(t('meetings.publication.notPublic')));
  }

  /** @type {import('../dom.js').Children[]} */
  const forms = [];
  if (closed) {
    state.push(p(t('meetings.publication.closed')));
  } else {
    if (!thisOnePublic && forPublication) forms.push(releaseForm(ctx, project));
    if (!thisOnePublic && !forPublication) state.push(p(t('meetings.publication.notForPublication')));
    if (isPublic) forms.push(withdrawForm(ctx, project));
  }

  return h(
    'section',
    { 'aria-labelledby': 'openbaarmaking' },
    heading(2, t('meetings.publication.heading'), { id: 'openbaarmaking' }),
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
          [{ field: null, message: t('meetings.publication.closedRefused') }],
          t('meetings.publication.failed'),
        );
      } else {
        showApiError(f, err);
      }
    }
  });
}

/** @param {ViewContext} ctx @param {Project} project */
function releaseForm(ctx, project) {
  const title = t('meetings.publication.release.title');
  const fields = [
    p(t('meetings.publication.release.what')),
    textareaField({
      name: 'question',
      label: t('meetings.publication.release.question'),
      required: true,
      rows: 3,
      description: t('meetings.publication.release.questionHint', { max: number(QUESTION_MAX) }),
    }),
    textareaField({
      name: 'publicSummary',
      label: t('meetings.publication.release.summary'),
      rows: 4,
      description: t('meetings.publication.release.summaryHint', { max: number(SUMMARY_MAX) }),
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
        if (!question) problems.push({ field: 'question', message: t('meetings.publication.release.questionMissing') });
        else if (question.length > QUESTION_MAX)
          problems.push({
            field: 'question',
            message: t('meetings.publication.release.questionTooLong', { max: QUESTION_MAX }),
          });
        if ((one.publicSummary ?? '').trim().length > SUMMARY_MAX)
          problems.push({
            field: 'publicSummary',
            message: t('meetings.publication.release.summaryTooLong', { max: SUMMARY_MAX }),
          });
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
      done: t('meetings.publication.release.done'),
    },
    ctx,
    project,
  );
  return f;
}

/** @param {ViewContext} ctx @param {Project} project */
function withdrawForm(ctx, project) {
  const title = t('meetings.publication.withdraw.title');
  const fields = [
    p(t('meetings.publication.withdraw.what')),
    textareaField({
      name: 'reason',
      label: t('meetings.publication.withdraw.reason'),
      required: true,
      rows: 3,
      description: t('meetings.publication.withdraw.reasonHint'),
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
        if (!reason) return [{ field: 'reason', message: t('meetings.publication.withdraw.reasonMissing') }];
        if (reason.length > REASON_MAX)
          return [{ field: 'reason', message: t('meetings.publication.withdraw.reasonTooLong', { max: REASON_MAX }) }];
        return [];
      },
      send: (one, key) =>
        api(`/api/v1/projects/${project.id}/reflection/publication`, {
          method: 'DELETE',
          body: { reason: (one.reason ?? '').trim() },
          headers: { 'Idempotency-Key': key },
        }),
      done: t('meetings.publication.withdraw.done'),
    },
    ctx,
    project,
  );
  return f;
}
