/**
 * Signing in, as this deployment does it (GET /api/v1/auth/config): with the municipality's identity provider
 * (OpenID Connect), or, in development, as a role (POST /api/v1/dev/token), or with a pasted token.
 */
import { api, ApiError } from '../api.js';
import { h, replace } from '../dom.js';
import { ROLE_LABELS, ROLES } from '../format.js';
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
 * The people of the municipality, as the development sign-in offers them. A department head reads only the projects
 * of their department (the token's department claim).
 */
export const PEOPLE = /** @type {Array<{ sub: string, name: string, roles: Role[], department?: string }>} */ ([
  { sub: 'anna.jansen', name: 'Anna Jansen', roles: ['case-owner'] },
  { sub: 'pieter.devries', name: 'Pieter de Vries', roles: ['privacy-officer'] },
  { sub: 'fenna.bos', name: 'Fenna Bos', roles: ['dpo'] },
  { sub: 'sam.smit', name: 'Sam Smit', roles: ['ethics-secretary'] },
  { sub: 'jan.meijer', name: 'Jan Meijer', roles: ['portfolio-holder'] },
  { sub: 'gerda.mulder', name: 'Gerda Mulder', roles: ['council-liaison'] },
  { sub: 'hans.deboer', name: 'Hans de Boer', roles: ['department-head'], department: 'Openbare Ruimte' },
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
    ctx.navigate(back, { flash: { type: 'ok', text: `U bent aangemeld als ${name}.` }, replace: true });

  const personForm = h(
    'form',
    { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': 'aanmelden-persoon' },
    heading(2, 'Kies wie u bent', { id: 'aanmelden-persoon' }),
    choiceGroup({
      name: 'persoon',
      legend: 'Persoon en rol',
      type: 'radio',
      value: PEOPLE[0].sub,
      options: [
        ...PEOPLE.map((person) => ({
          value: person.sub,
          label: `${person.name} – ${person.roles.map((r) => ROLE_LABELS[r]).join(', ')}${person.department ? ` (${person.department})` : ''}`,
        })),
        { value: 'anders', label: 'Iemand anders (hieronder invullen)' },
      ],
    }),
    h(
      'div',
      { class: 'wp-other-person', id: 'iemand-anders', hidden: true },
      textField({
        name: 'sub',
        label: 'Gebruikersnaam',
        description: 'Letters, cijfers, punt, streepje of @.',
        autocomplete: 'username',
        width: 'md',
      }),
      textField({ name: 'naam', label: 'Naam', autocomplete: 'name', width: 'md' }),
      choiceGroup({
        name: 'rollen',
        legend: 'Rollen',
        type: 'checkbox',
        options: ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] })),
      }),
    ),
    actions(button('Aanmelden', { type: 'submit' })),
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
      if (!body.sub) problems.push({ field: 'sub', message: 'Vul een gebruikersnaam in.' });
      if (!body.name) problems.push({ field: 'naam', message: 'Vul een naam in.' });
      if (body.roles.length === 0) problems.push({ field: 'rollen', message: 'Kies minstens één rol.' });
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
            message:
              'Aanmelden met een ontwikkeltoken kan hier niet. Plak hieronder een token van de identity provider.',
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
    heading(2, 'Of: aanmelden met een token', { id: 'aanmelden-token' }),
    textareaField({
      name: 'token',
      label: 'Token (JWT)',
      description: 'Bijvoorbeeld uit: npm run -s token -- --sub anna --roles case-owner',
      rows: 3,
    }),
    actions(button('Aanmelden met token', { type: 'submit', variant: 'secondary' })),
  );
  tokenForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearFormErrors(tokenForm);
    const token = (formValues(tokenForm).one.token ?? '').trim();
    const session = sessionFromToken(token);
    if (!session) return showFormErrors(tokenForm, [{ field: 'token', message: 'Dit is geen geldig token.' }]);
    if (session.expiresAt <= Date.now())
      return showFormErrors(tokenForm, [{ field: 'token', message: 'Dit token is verlopen.' }]);
    await signIn(token);
    done(session.name);
  });

  return {
    title: 'Aanmelden',
    body: [
      heading(1, 'Aanmelden'),
      lead('Waardenpoort begeleidt de ethische afweging bij data- en technologieprojecten van de gemeente Enschede.'),
      p(
        config.method === 'development'
          ? 'In deze ontwikkelomgeving meldt u zich aan als een van de rollen in het proces. U blijft aangemeld tot u het tabblad sluit.'
          : 'Meld u aan met een token van de identity provider. U blijft aangemeld tot u het tabblad sluit of het token verloopt.',
      ),
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
  const go = button('Aanmelden met uw gemeenteaccount', {
    on: {
      click: async () => {
        setBusy(go, true);
        try {
          await startSignIn(back);
        } catch (err) {
          setBusy(go, false);
          replace(
            problem,
            alert('error', 'Aanmelden kan nu niet', p(err instanceof Error ? err.message : String(err)), {
              role: 'alert',
            }),
          );
        }
      },
    },
  });
  const problem = h('div', null);
  return {
    title: 'Aanmelden',
    body: [
      heading(1, 'Aanmelden'),
      lead('Waardenpoort begeleidt de ethische afweging bij data- en technologieprojecten van de gemeente Enschede.'),
      p(
        'U meldt zich aan met het account waarmee u ook op uw werkplek aanmeldt. Daarna komt u hier terug. Welke taken en projecten u ziet, hangt af van de rollen die de gemeente u heeft gegeven.',
      ),
      problem,
      actions(go),
    ],
  };
}
