/**
 * The pages around a sign-in at the municipality's identity provider: the return from it (/aanmelden/terug), the
 * page for an account without a role here (/geen-toegang), and the page after signing out there (/afgemeld).
 */
import { completeSignIn, SignInError, signOutAtProvider } from '../oidc.js';
import { t } from '../i18n.js';
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
    title: t('signIn.return.failed'),
    body: [
      heading(1, t('signIn.return.failed')),
      alert('error', t('signIn.return.notSignedIn'), p(reason), { role: 'alert' }),
      ...(code ? [p(t('signIn.return.helpdeskCode', { code }))] : []),
      actions(buttonLink('/aanmelden', t('signIn.return.again'))),
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
    return failed(t('signIn.return.unreachable', { error: String(err) }), null);
  }
  const { tokens, back } = result;
  /** @type {import('../../../types/api').Me} */
  let me;
  try {
    me = await whoIs(tokens.access_token);
  } catch (err) {
    return failed(
      t('signIn.return.tokenRefused', { reason: err instanceof Error ? err.message : String(err) }),
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
    ctx.navigate(safeReturn(back), {
      flash: { type: 'ok', text: t('signIn.signedInAs', { name: me.name }) },
      replace: true,
    });
  return { title: t('signIn.title'), body: [heading(1, t('signIn.title')), p(t('signIn.return.busy'))] };
}

/** @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function noRoleView(ctx) {
  const session = ctx.session;
  const out = button(t('common.session.signOut'), {
    variant: 'secondary',
    on: {
      click: async () => {
        setBusy(out, true);
        if (!(await signOutAtProvider())) ctx.navigate('/afgemeld', { replace: true });
      },
    },
  });
  return {
    title: t('signIn.noRole.title'),
    body: [
      heading(1, t('signIn.noRole.title')),
      p(t('signIn.noRole.text', { name: session?.name ?? t('signIn.noRole.unknownName') })),
      dataList([
        [t('signIn.noRole.username'), session?.sub ?? ''],
        [t('signIn.noRole.why'), session?.noRoleReason ?? t('signIn.noRole.noRoleInToken')],
      ]),
      actions(out),
    ],
  };
}

/** @returns {Promise<ViewResult>} */
export async function signedOutView() {
  return {
    title: t('signIn.signedOut.title'),
    body: [
      heading(1, t('signIn.signedOut.heading')),
      p(t('signIn.signedOut.text')),
      p(link('/aanmelden', t('signIn.signedOut.again'))),
    ],
  };
}
