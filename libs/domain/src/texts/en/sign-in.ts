import type { signIn as dutch } from '../nl/sign-in';
import type { Translation } from '../types';

/** The texts of the dashboard's sign-in pages in English (../nl/sign-in.ts has the Dutch and the keys). */
export const signIn: Translation<typeof dutch> = {
  title: 'Sign in',
  lead: 'Waardenpoort guides the ethical deliberation on data and technology projects of the municipality of Enschede.',
  developmentIntro:
    'In this development environment you sign in as one of the roles in the process. You stay signed in until you close the tab.',
  tokenIntro:
    'Sign in with a token from the identity provider. You stay signed in until you close the tab or the token expires.',
  signedInAs: 'You are signed in as {name}.',
  person: {
    heading: 'Choose who you are',
    legend: 'Person and role',
    option: '{name} – {roles}',
    optionInDepartment: '{name} – {roles} ({department})',
    other: 'Someone else (fill in below)',
    username: 'Username',
    usernameHint: 'Letters, digits, full stop, hyphen or @.',
    name: 'Name',
    roles: 'Roles',
    submit: 'Sign in',
    usernameMissing: 'Enter a username.',
    nameMissing: 'Enter a name.',
    rolesMissing: 'Choose at least one role.',
    noDevelopmentTokens:
      'Signing in with a development token is not possible here. Paste a token from the identity provider below.',
  },
  token: {
    heading: 'Or: sign in with a token',
    label: 'Token (JWT)',
    hint: 'For example from: npm run -s token -- --sub anna --roles case-owner',
    submit: 'Sign in with token',
    invalid: 'This is not a valid token.',
    expired: 'This token has expired.',
  },
  provider: {
    intro:
      'You sign in with the account you also use to sign in at your workplace, and then come back here. Which tasks and projects you see depends on the roles the municipality has given you.',
    button: 'Sign in with your municipal account',
    unavailable: 'Signing in is not possible right now',
  },
  return: {
    busy: 'Signing in…',
    failed: 'Signing in did not succeed',
    notSignedIn: 'You are not signed in',
    helpdeskCode: 'Error code for the helpdesk: {code}.',
    again: 'Sign in again',
    unreachable: 'The identity provider cannot be reached or did not answer as expected ({error}).',
    tokenRefused: 'The identity provider signed you in, but Waardenpoort refuses the token: {reason}',
  },
  errors: {
    notConfigured: 'Signing in through the identity provider is not set up here.',
    noAuthorizationEndpoint: 'The identity provider does not name an authorisation endpoint.',
    cancelled: 'You cancelled signing in, or the identity provider did not give permission.',
    providerError: 'The identity provider reported an error.',
    providerErrorDescribed: 'The identity provider reported an error: {description}',
    notThisTab: 'This sign-in did not start in this tab, or has already been completed. Please start again.',
    invalidResponse: 'The answer from the identity provider is not correct ({error}).',
    invalidToken: 'The identity provider did not give a valid token ({error}).',
  },
  noRole: {
    title: 'No access to Waardenpoort',
    text: "You are signed in as {name}, but your account has no role in Waardenpoort. Without a role you cannot see any tasks or projects. Ask the CIO office or your manager to give you a role; roles are assigned in the municipality's identity provider.",
    unknownName: 'unknown',
    username: 'Username',
    why: 'Why no role',
    noRoleInToken: 'The token names no role in Waardenpoort.',
  },
  signedOut: {
    title: 'Signed out',
    heading: 'You have signed out',
    text: "You have signed out of Waardenpoort and of the municipality's identity provider. You can close this tab.",
    again: 'Sign in again',
  },
};
