/**
 * Signing in, as this deployment does it (GET /api/v1/auth/config): with the municipality's identity provider
 * (OpenID Connect), or, in development, as a role (POST /api/v1/dev/token), or with a pasted token.
 */
import { api, ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { ROLE_LABELS, ROLES } from '../format.js';
import { t } from '../i18n.js';
import { signInConfig, startSignIn } from '../oidc.js';
import { sessionFromToken, signIn } from '../session.js';
import { alert, button, heading, lead, p } from '../ui.js';
import {
  actions,
  choiceGroup,
  clearFormErrors,
  formValues,
  setBusy,
  showApiError,
  showFormErrors,
  textareaField,
  textField,
} from '../forms.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').Role} Role */

/**
 * A name from its parts, as the municipality records names: given name, surname prefix (tussenvoegsel), surname.
 * @param {...string} parts
 */
const named = (...parts) => parts.join(' ');

/**
 * The people of the municipality, as the development sign-in offers them. A department head reads only the projects
 * of their department (the token's department claim).
 */
export const PEOPLE = /** @type {Array<{ sub: string, name: string, roles: Role[], department?: string }>} */ ([
  { sub: 'anna.jansen', name: 'Anna Jansen', roles: ['case-owner'] },
  { sub: 'pieter.devries', name: named('Pieter', 'de', 'Vries'), roles: ['privacy-officer'] },
  { sub: 'fenna.bos', name: 'Fenna Bos', roles: ['dpo'] },
  { sub: 'sam.smit', name: 'Sam Smit', roles: ['ethics-secretary'] },
  { sub: 'jan.meijer', name: 'Jan Meijer', roles: ['portfolio-holder'] },
  { sub: 'gerda.mulder', name: 'Gerda Mulder', roles: ['council-liaison'] },
  { sub: 'hans.deboer', name: named('Hans', 'de', 'Boer'), roles: ['department-head'], department: 'Openbare Ruimte' },
  { sub: 'carla.visser', name: 'Carla Visser', roles: ['cio-office'] },
  { sub: 'ad.kok', name: 'Ad Kok', roles: ['auditor'] },
]);

/** @param {string | null} back */
export function safeReturn(back) {
  return back && back.startsWith('/') && !back.startsWith('//') && !back.startsWith('/aanmelden') ? back : '/';
}

/** @param {ViewContext} ctx */
export async function signInView(ctx) {
  const back = safeReturn(ctx.query.get('terug'));
  const config = await signInConfig();
  if (config.method === 'oidc') return providerSignIn(back);
  const done = (/** @type {string} */ name) =>
    ctx.navigate(back, { flash: { type: 'ok', text: t('signIn.signedInAs', { name }) }, replace: true });

  const personForm = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'aanmelden-persoon' },
    heading(2, t('signIn.person.heading'), { id: 'aanmelden-persoon' }),
    choiceGroup({
      name: 'persoon',
      legend: t('signIn.person.legend'),
      type: 'radio',
      value: PEOPLE[0].sub,
      options: [
        ...PEOPLE.map((person) => ({
          value: person.sub,
          label: t(person.department ? 'signIn.person.optionInDepartment' : 'signIn.person.option', {
            name: person.name,
            roles: person.roles.map((r) => ROLE_LABELS[r]).join(', '),
            department: person.department ?? '',
          }),
        })),
        { value: 'anders', label: t('signIn.person.other') },
      ],
    }),
    h(
      'div',
      { class: 'wp-other-person', id: 'iemand-anders', hidden: true },
      textField({
        name: 'sub',
        label: t('signIn.person.username'),
        description: t('signIn.person.usernameHint'),
        autocomplete: 'username',
        width: 'md',
      }),
      textField({ name: 'naam', label: t('signIn.person.name'), autocomplete: 'name', width: 'md' }),
      choiceGroup({
        name: 'rollen',
        legend: t('signIn.person.roles'),
        type: 'checkbox',
        options: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
      }),
    ),
    actions(button(t('signIn.person.submit'), { type: 'submit' })),
  );
  const other = /** @type {HTMLElement} */ (personForm.querySelector('#iemand-anders'));
  personForm.addEventListener('change', () => {
    other.hidden = formValues(personForm).one.persoon !== 'anders';
  });
  personForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(personForm);
    const { one, many } = formValues(personForm);
    const chosen = PEOPLE.find((x) => x.sub === one.persoon);
    const body = chosen ?? { sub: (one.sub ?? '').trim(), name: (one.naam ?? '').trim(), roles: many.rollen ?? [] };
    if (!chosen) {
      const problems = [];
      if (!body.sub) problems.push({ field: 'sub', message: t('signIn.person.usernameMissing') });
      if (!body.name) problems.push({ field: 'naam', message: t('signIn.person.nameMissing') });
      if (body.roles.length === 0) problems.push({ field: 'rollen', message: t('signIn.person.rolesMissing') });
      if (problems.length) return showFormErrors(personForm, problems);
    }
    const submit = /** @type {HTMLButtonElement} */ (personForm.querySelector('button[type=submit]'));
    setBusy(submit, true);
    try {
      const res = /** @type {{ token: string, name: string }} */ (
        await api('/api/v1/dev/token', { method: 'POST', body })
      );
      await signIn(res.token);
      done(res.name);
    } catch (err) {
      setBusy(submit, false);
      if (err instanceof ApiError && err.status === 404) {
        showFormErrors(personForm, [
          {
            field: null,
            message: t('signIn.person.noDevelopmentTokens'),
          },
        ]);
      } else {
        showApiError(personForm, err, (f) => (f === 'name' ? 'naam' : f === 'roles' ? 'rollen' : f));
      }
    }
  });

  const tokenForm = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'aanmelden-token' },
    heading(2, t('signIn.token.heading'), { id: 'aanmelden-token' }),
    textareaField({
      name: 'token',
      label: t('signIn.token.label'),
      description: t('signIn.token.hint'),
      rows: 3,
    }),
    actions(button(t('signIn.token.submit'), { type: 'submit', variant: 'secondary' })),
  );
  tokenForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(tokenForm);
    const token = (formValues(tokenForm).one.token ?? '').trim();
    const session = sessionFromToken(token);
    if (!session) return showFormErrors(tokenForm, [{ field: 'token', message: t('signIn.token.invalid') }]);
    if (session.expiresAt <= Date.now())
      return showFormErrors(tokenForm, [{ field: 'token', message: t('signIn.token.expired') }]);
    await signIn(token);
    done(session.name);
  });

  return {
    title: t('signIn.title'),
    body: [
      heading(1, t('signIn.title')),
      lead(t('signIn.lead')),
      p(config.method === 'development' ? t('signIn.developmentIntro') : t('signIn.tokenIntro')),
      ...(config.method === 'development' ? [personForm] : []),
      tokenForm,
    ],
  };
}

/**
 * The one way in where the municipality's identity provider signs people in: its own sign-in page (with its
 * multi-factor and single sign-on), then back here.
 * @param {string} back
 * @returns {Promise<import('../main.js').ViewResult>}
 */
async function providerSignIn(back) {
  const go = button(t('signIn.provider.button'), {
    on: {
      click: async () => {
        setBusy(go, true);
        try {
          await startSignIn(back);
        } catch (err) {
          setBusy(go, false);
          replace(
            problem,
            alert('error', t('signIn.provider.unavailable'), p(err instanceof Error ? err.message : String(err)), {
              role: 'alert',
            }),
          );
        }
      },
    },
  });
  const problem = h('div', null);
  return {
    title: t('signIn.title'),
    body: [heading(1, t('signIn.title')), lead(t('signIn.lead')), p(t('signIn.provider.intro')), problem, actions(go)],
  };
}
