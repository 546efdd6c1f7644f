/**
 * Activating a draft with intent (issue 20), under its what-if on /beleid/wat-als, for the CIO office: what happens
 * to the running projects (none, those whose route changes, all; each with how many projects it selects), why, a
 * confirmation naming the version and the number of projects, then POST /api/v1/policy/activations and on to the
 * activation's page. A refusal (409, 422, 400) is shown in the form, which keeps what was typed.
 */
import { api, ApiError } from '../api.js';
import { h } from '../dom.js';
import { CLOSED_PROJECT_STATUSES } from '../domain/project.js';
import { counted, day, number, REROUTE_LABELS } from '../format.js';
import { actions, choiceGroup, clearFormErrors, setBusy, showFormErrors, textareaField } from '../forms.js';
import { language, locale, t } from '../i18n.js';
import { alert, button, heading, p } from '../ui.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('./policy-what-if.js').WhatIfAnswer} WhatIfAnswer */
/** @typedef {'none' | 'affected' | 'all'} Reroute */

/** The verdicts `affected` selects (REROUTED_VERDICTS in libs/domain/src/policy-activation.ts). */
const REROUTED = ['changed', 'needs-new-quick-scan'];
const CLOSED = new Set(/** @type {readonly string[]} */ (CLOSED_PROJECT_STATUSES));
const REASON_MAX = 2000;

/**
 * How many running projects each choice would select now. The what-if covers every project, closed ones too; the
 * activation never selects a closed project, so they are left out: by status in the list of affected projects, and
 * counted by status for `all`.
 * @param {WhatIfAnswer} a
 * @returns {Promise<Record<Reroute, number>>}
 */
async function selections(a) {
  const affected = a.projects.filter((x) => REROUTED.includes(x.verdict) && !CLOSED.has(x.status)).length;
  const closed = await Promise.all(
    [...CLOSED].map(async (status) => {
      const page = /** @type {import('../../../types/api').ProjectPage} */ (
        await api(`/api/v1/projects?status=${encodeURIComponent(status)}&pageSize=1`)
      );
      return page.total;
    }),
  );
  return { none: 0, affected, all: Math.max(0, a.totals.projects - closed.reduce((s, n) => s + n, 0)) };
}

/** @param {Reroute} choice @param {number} version @param {number} n */
function meaning(choice, version, n) {
  if (choice === 'none') return t('policy.activationForm.meaningNone', { version });
  if (choice === 'affected') return counted('policy.activationForm.meaningAffected', n, { version });
  return counted('policy.activationForm.meaningAll', n, { version });
}

/**
 * The problems of a refused activation, in the form's words; `errors` at their field, a policy path as text.
 * @param {unknown} err @param {number} version
 */
function problemsOf(err, version) {
  const e = err instanceof ApiError ? err : null;
  const fields = { reason: 'reason', reroute: 'reroute' };
  const listed = (e?.problem?.errors ?? []).flatMap((x) =>
    x.messages.map((m) => {
      const field = /** @type {Record<string, string>} */ (fields)[x.field] ?? null;
      return { field, message: field ? m : `${x.field}: ${m}` };
    }),
  );
  if (listed.length > 0) return listed;
  const detail = e?.problem?.detail ?? (err instanceof Error ? err.message : '');
  const what =
    e?.status === 409
      ? t('policy.activationForm.notNewer', { version })
      : e?.status === 403
        ? t('policy.activationForm.cioOnly')
        : e?.status === 0
          ? t('policy.activationForm.offline')
          : t('policy.activationForm.failedText');
  return [{ field: null, message: `${what} ${detail}`.trim() }];
}

/**
 * The "Activate" section under a draft's what-if.
 * @param {WhatIfAnswer} a @param {unknown} draft the policy document as sent to the what-if
 * @param {string} on the day the what-if was asked for, or '' for now
 * @param {ViewContext} ctx
 */
export async function activationSection(a, draft, on, ctx) {
  const version = a.draft.version;
  const title = a.draft.title[language] || a.draft.title.nl;
  const counts = await selections(a);
  const form = /** @type {HTMLFormElement} */ (
    h(
      'form',
      { class: 'utrecht-form wp-form wp-activation', novalidate: true, 'aria-labelledby': 'activeren-kop' },
      choiceGroup({
        name: 'reroute',
        type: 'radio',
        legend: t('policy.activationForm.rerouteLegend'),
        value: 'none',
        options: /** @type {Reroute[]} */ (['none', 'affected', 'all']).map((choice) => ({
          value: choice,
          label: REROUTE_LABELS[choice],
          description: meaning(choice, version, counts[choice]),
        })),
      }),
      textareaField({
        name: 'reason',
        label: t('policy.shared.reason'),
        description: t('policy.activationForm.reasonDescription', { max: number(REASON_MAX) }),
        required: true,
        rows: 4,
      }),
      actions(button(t('policy.activationForm.check'), { type: 'submit' })),
    )
  );
  const reasonInput = /** @type {HTMLTextAreaElement} */ (form.querySelector('textarea[name=reason]'));
  const confirmation = h('div', { class: 'wp-activation__confirm', hidden: true });

  /** @returns {Reroute} */
  const choice = () =>
    /** @type {Reroute} */ (
      /** @type {HTMLInputElement | null} */ (form.querySelector('input[name=reroute]:checked'))?.value ?? 'none'
    );
  const backToForm = () => {
    confirmation.setAttribute('hidden', '');
    confirmation.replaceChildren();
    form.removeAttribute('hidden');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(form);
    const reason = reasonInput.value.trim();
    if (!reason) return showFormErrors(form, [{ field: 'reason', message: t('policy.activationForm.reasonMissing') }]);
    if (reason.length > REASON_MAX)
      return showFormErrors(form, [
        { field: 'reason', message: t('policy.activationForm.reasonTooLong', { max: number(REASON_MAX) }) },
      ]);
    const c = choice();
    const n = counts[c];
    const confirm = button(t('policy.activationForm.activate', { version }), { class: 'wp-activation__go' });
    const back = button(t('policy.activationForm.back'), {
      variant: 'secondary',
      on: { click: () => (backToForm(), reasonInput.focus()) },
    });
    confirm.addEventListener('click', async () => {
      setBusy(/** @type {HTMLButtonElement} */ (confirm), true);
      try {
        const res = /** @type {{ id: string }} */ (
          await api('/api/v1/policy/activations', { method: 'POST', body: { policy: draft, reroute: c, reason } })
        );
        ctx.navigate(`/beleid/activaties/${res.id}`, {
          flash: { type: 'ok', text: t('policy.activationForm.activated', { version }) },
        });
      } catch (err) {
        backToForm();
        showFormErrors(form, problemsOf(err, version), t('policy.activationForm.failed'));
      }
    });
    confirmation.replaceChildren(
      heading(3, t('policy.activationForm.confirmHeading'), { id: 'bevestigen-kop', tabindex: '-1' }),
      p(
        c === 'none'
          ? t('policy.activationForm.confirmNone', { version, title })
          : counted('policy.activationForm.confirmMoved', n, {
              version,
              title,
              choice: REROUTE_LABELS[c].toLocaleLowerCase(locale),
            }),
      ),
      p(t('policy.activationForm.reasonIs'), ' ', h('q', null, reason)),
      actions(confirm, back),
    );
    form.setAttribute('hidden', '');
    confirmation.removeAttribute('hidden');
    /** @type {HTMLElement} */ (confirmation.querySelector('h3')).focus();
  });

  return h(
    'section',
    { class: 'wp-activation-section', 'aria-labelledby': 'activeren-kop' },
    heading(2, t('policy.activationForm.heading'), { id: 'activeren-kop' }),
    p(t('policy.activationForm.intro', { version })),
    on
      ? alert(
          'info',
          t('policy.activationForm.calculatedOn', { day: day(on) }),
          p(t('policy.activationForm.calculatedOnText')),
        )
      : null,
    form,
    confirmation,
  );
}
