/**
 * The pages around a sign-in at the municipality's identity provider: the return from it (/aanmelden/terug), the
 * page for an account without a role here (/geen-toegang), and the page after signing out there (/afgemeld).
 */
import { completeSignIn, SignInError, signOutAtProvider } from '../oidc.js';
import { storeSession, whoIs } from '../session.js';
import { alert, button, buttonLink, dataList, heading, link, p } from '../ui.js';
import { actions, setBusy } from '../forms.js';
import { safeReturn } from './sign-in.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../main.js').ViewResult} ViewResult */

/**
 * @param {string} reason
 * @param {string | null} code
 * @returns {ViewResult}
 */
function failed(reason, code) {
  return {
    title: 'Aanmelden is niet gelukt',
    body: [
      heading(1, 'Aanmelden is niet gelukt'),
      alert('error', 'U bent niet aangemeld', p(reason), { role: 'alert' }),
      ...(code ? [p(`Foutcode voor de helpdesk: ${code}.`)] : []),
      actions(buttonLink('/aanmelden', 'Opnieuw aanmelden')),
    ],
  };
}

/** @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function signInReturnView(ctx) {
  /** @type {Awaited<ReturnType<typeof completeSignIn>>} */
  let result;
  try {
    result = await completeSignIn(new URL(globalThis.location.href));
  } catch (err) {
    if (err instanceof SignInError) return failed(err.message, err.code);
    return failed(`De identity provider is niet bereikbaar of antwoordde niet zoals verwacht (${String(err)}).`, null);
  }
  const { tokens, back } = result;
  /** @type {import('../../../types/api').Me} */
  let me;
  try {
    me = await whoIs(tokens.access_token);
  } catch (err) {
    return failed(
      `De identity provider heeft u aangemeld, maar Waardenpoort weigert het token: ${err instanceof Error ? err.message : String(err)}`,
      'token-refused',
    );
  }
  const now = Date.now();
  const session = storeSession({
    method: 'oidc',
    token: tokens.access_token,
    ...(tokens.refresh_token ? { refreshToken: tokens.refresh_token } : {}),
    ...(tokens.id_token ? { idToken: tokens.id_token } : {}),
    sub: me.sub,
    name: me.name,
    email: me.email ?? '',
    roles: me.roles,
    expiresAt: now + (tokens.expires_in ?? 300) * 1000,
    signedInAt: now,
    noRoleReason: me.noRoleReason,
  });
  if (session.roles.length === 0) ctx.navigate('/geen-toegang', { replace: true });
  else
    ctx.navigate(safeReturn(back), { flash: { type: 'ok', text: `U bent aangemeld als ${me.name}.` }, replace: true });
  return { title: 'Aanmelden', body: [heading(1, 'Aanmelden'), p('Bezig met aanmelden…')] };
}

/** @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function noRoleView(ctx) {
  const session = ctx.session;
  const out = button('Afmelden', {
    variant: 'secondary',
    on: {
      click: async () => {
        setBusy(out, true);
        if (!(await signOutAtProvider())) ctx.navigate('/afgemeld', { replace: true });
      },
    },
  });
  return {
    title: 'Geen toegang tot Waardenpoort',
    body: [
      heading(1, 'Geen toegang tot Waardenpoort'),
      p(
        `U bent aangemeld als ${session?.name ?? 'onbekend'}, maar uw account heeft geen rol in Waardenpoort. ` +
          'Zonder rol kunt u geen taken of projecten zien. Vraag het CIO-office of uw leidinggevende om u een rol te geven; die wordt in de identity provider van de gemeente toegekend.',
      ),
      dataList([
        ['Gebruikersnaam', session?.sub ?? ''],
        ['Waarom geen rol', session?.noRoleReason ?? 'Het token noemt geen rol van Waardenpoort.'],
      ]),
      actions(out),
    ],
  };
}

/** @returns {Promise<ViewResult>} */
export async function signedOutView() {
  return {
    title: 'Afgemeld',
    body: [
      heading(1, 'U bent afgemeld'),
      p('U bent afgemeld bij Waardenpoort en bij de identity provider van de gemeente. U kunt dit tabblad sluiten.'),
      p(link('/aanmelden', 'Opnieuw aanmelden')),
    ],
  };
}
