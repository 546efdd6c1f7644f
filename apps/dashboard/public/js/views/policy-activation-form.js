/**
 * Activating a draft with intent (issue 20), under its what-if on /beleid/wat-als, for the CIO office: what happens
 * to the running projects (none, those whose route changes, all; each with how many projects it selects), why, a
 * confirmation naming the version and the number of projects, then POST /api/v1/policy/activations and on to the
 * activation's page. A refusal (409, 422, 400) is shown in the form, which keeps what was typed.
 */
import { api, ApiError } from '../api.js';
import { h } from '../dom.js';
import { CLOSED_PROJECT_STATUSES } from '../domain/project.js';
import { day, number, plural, REROUTE_LABELS } from '../format.js';
import { actions, choiceGroup, clearFormErrors, setBusy, showFormErrors, textareaField } from '../forms.js';
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
  if (choice === 'none')
    return `Lopende projecten houden de versie waarop ze staan; alleen nieuwe quickscans volgen versie ${version}. Selecteert geen projecten.`;
  if (choice === 'affected')
    return `Een nieuwe quickscan voor de projecten met een andere route of met vragen die versie ${version} nieuw stelt. Selecteert ${plural(n, 'project', 'projecten')}.`;
  return `Een nieuwe quickscan voor ieder lopend project, ook als er nog geen quickscan is. Selecteert ${plural(n, 'project', 'projecten')}.`;
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
      ? `Versie ${version} is niet nieuwer dan de hoogste versie tot nu toe. Verhoog het versienummer in het concept en reken het opnieuw door.`
      : e?.status === 403
        ? 'Alleen het CIO Office activeert beleid.'
        : e?.status === 0
          ? 'De server is niet bereikbaar.'
          : 'Het activeren is niet gelukt.';
  return [{ field: null, message: `${what} ${detail}`.trim() }];
}

/**
 * The "Activeren" section under a draft's what-if.
 * @param {WhatIfAnswer} a @param {unknown} draft the policy document as sent to the what-if
 * @param {string} on the day the what-if was asked for, or '' for now
 * @param {ViewContext} ctx
 */
export async function activationSection(a, draft, on, ctx) {
  const version = a.draft.version;
  const counts = await selections(a);
  const form = /** @type {HTMLFormElement} */ (
    h(
      'form',
      { class: 'utrecht-form wp-form wp-activation', novalidate: true, 'aria-labelledby': 'activeren-kop' },
      choiceGroup({
        name: 'reroute',
        type: 'radio',
        legend: 'Wat gebeurt er met de lopende projecten?',
        value: 'none',
        options: /** @type {Reroute[]} */ (['none', 'affected', 'all']).map((choice) => ({
          value: choice,
          label: REROUTE_LABELS[choice],
          description: meaning(choice, version, counts[choice]),
        })),
      }),
      textareaField({
        name: 'reason',
        label: 'Reden',
        description: `Waarom deze versie, en waarom deze keuze. Verplicht; wordt bewaard bij de activering en in de audittrail (hoogstens ${number(REASON_MAX)} tekens).`,
        required: true,
        rows: 4,
      }),
      actions(button('Controleren', { type: 'submit' })),
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
    if (!reason) return showFormErrors(form, [{ field: 'reason', message: 'Geef een reden voor deze activering.' }]);
    if (reason.length > REASON_MAX)
      return showFormErrors(form, [
        { field: 'reason', message: `De reden is te lang: hoogstens ${number(REASON_MAX)} tekens.` },
      ]);
    const c = choice();
    const n = counts[c];
    const confirm = button(`Versie ${version} activeren`, { class: 'wp-activation__go' });
    const back = button('Terug naar de keuze', {
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
          flash: { type: 'ok', text: `Versie ${version} is geactiveerd.` },
        });
      } catch (err) {
        backToForm();
        showFormErrors(form, problemsOf(err, version), 'Het activeren is niet gelukt');
      }
    });
    confirmation.replaceChildren(
      heading(3, 'Bevestigen', { id: 'bevestigen-kop', tabindex: '-1' }),
      p(
        `U activeert versie ${version}: ${a.draft.title.nl}. Die geldt daarna voor iedere nieuwe quickscan. `,
        c === 'none'
          ? 'Geen lopend project wordt verplaatst.'
          : `${plural(n, 'lopend project krijgt', 'lopende projecten krijgen')} een nieuwe quickscan (${REROUTE_LABELS[c].toLowerCase()}).`,
      ),
      p('Reden: ', h('q', null, reason)),
      actions(confirm, back),
    );
    form.setAttribute('hidden', '');
    confirmation.removeAttribute('hidden');
    /** @type {HTMLElement} */ (confirmation.querySelector('h3')).focus();
  });

  return h(
    'section',
    { class: 'wp-activation-section', 'aria-labelledby': 'activeren-kop' },
    heading(2, 'Activeren', { id: 'activeren-kop' }),
    p(
      `Zet versie ${version} in werking. Kies wat er met de lopende projecten gebeurt; de aantallen komen uit de doorrekening hierboven (afgesloten projecten tellen niet mee).`,
    ),
    on
      ? alert(
          'info',
          `Doorgerekend op ${day(on)}`,
          p('De activering rekent met het moment van activeren; de aantallen kunnen daarvan afwijken.'),
        )
      : null,
    form,
    confirmation,
  );
}
