/* global Element, document, history, location, window -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The Waardenpoort dashboard: a small single-page app in plain ES modules, served by the API from the same
 * origin. Paths are real URLs (the API serves index.html for each), so a link in a mail opens the right page.
 */
import { ApiError, optionalApi, whenUnauthorized } from './api.js';
import { h, replace } from './dom.js';
import { ROLE_LABELS } from './format.js';
import { followPreference, t } from './i18n.js';
import { languageSwitch, renderShell } from './shell.js';
import { errorPage } from './views/error.js';
import { startLive, stopLive } from './live.js';
import { renew, scheduleRenewal, signOutAtProvider } from './oidc.js';
import { currentSession, hasRole, signOut, storedSession } from './session.js';
import { alert, button, heading, link, p } from './ui.js';
import { actions } from './forms.js';
import { auditView } from './views/audit.js';
import { departmentTasksView } from './views/department-tasks.js';
import { mailView } from './views/mail.js';
import { departmentView, organisationView } from './views/organisation.js';
import { meetingsView, meetingView } from './views/meetings.js';
import { activationsView, activationView } from './views/policy-activations.js';
import { whatIfView } from './views/policy-what-if.js';
import { pipelineView } from './views/pipeline.js';
import { projectView } from './views/project.js';
import { projectsView, registerView } from './views/projects.js';
import { noRoleView, signedOutView, signInReturnView } from './views/provider-sign-in.js';
import { settingsView } from './views/settings.js';
import { publicOverviewView, publicReflectionsView, publicReflectionView } from './views/public.js';
import { publicAlgorithmsView, publicSensorsView } from './views/public-registers.js';
import { signInView } from './views/sign-in.js';
import { taskView } from './views/task.js';
import { tasksView } from './views/tasks.js';

/** @typedef {import('./session.js').Session} Session */
/**
 * What a view gets: the path's parameters, the query, who is signed in, and how to go elsewhere.
 * @typedef {{ params: string[], query: URLSearchParams, session: Session | null, navigate: (path: string, options?: { flash?: Flash, replace?: boolean }) => void, refresh: () => void }} ViewContext
 */
/** @typedef {{ type: 'ok' | 'info' | 'warning' | 'error', text: string }} Flash */
/**
 * `feed`: a machine-readable feed of the page, announced with <link rel="alternate"> in the document's head.
 * `mounted`: called once the page is in the document (a map measures its container); what it returns is called
 * before the next page replaces it.
 * @typedef {{ title: string, body: import('./dom.js').Children, live?: boolean, feed?: { href: string, title: string }, mounted?: () => () => void }} ViewResult
 */
/** @typedef {(ctx: ViewContext) => Promise<ViewResult>} View */

/** @type {Array<{ path: RegExp, view?: View, redirect?: (m: RegExpExecArray) => string, open?: boolean, section?: string }>} */
const ROUTES = [
  { path: /^\/$/, redirect: () => homeFor(currentSession()) },
  { path: /^\/aanmelden$/, view: signInView, open: true, section: 'aanmelden' },
  { path: /^\/aanmelden\/terug$/, view: signInReturnView, open: true, section: 'aanmelden' },
  { path: /^\/afgemeld$/, view: signedOutView, open: true },
  { path: /^\/geen-toegang$/, view: noRoleView },
  { path: /^\/pijplijn$/, view: pipelineView, section: 'pijplijn' },
  { path: /^\/projecten$/, view: projectsView, section: 'projecten' },
  { path: /^\/projecten\/nieuw$/, view: registerView, section: 'nieuw' },
  { path: /^\/projecten\/([0-9a-f-]{36})$/i, view: projectView, section: 'projecten' },
  { path: /^\/projecten\/([0-9a-f-]{36})\/audit$/i, view: auditView, section: 'projecten' },
  { path: /^\/projecten\/([0-9a-f-]{36})\/taak\/([a-z-]+)$/i, view: taskView, section: 'taken' },
  { path: /^\/projects\/([0-9a-f-]{36})$/i, redirect: (m) => `/projecten/${m[1]}` },
  { path: /^\/taken$/, view: tasksView, section: 'taken' },
  { path: /^\/afdeling\/taken$/, view: departmentTasksView, section: 'afdeling' },
  { path: /^\/post$/, view: mailView, section: 'post' },
  { path: /^\/vergaderingen$/, view: meetingsView, section: 'vergaderingen' },
  { path: /^\/vergaderingen\/([0-9a-f-]{36})$/i, view: meetingView, section: 'vergaderingen' },
  { path: /^\/instellingen$/, view: settingsView, section: 'instellingen' },
  { path: /^\/beleid\/wat-als$/, view: whatIfView, section: 'beleid' },
  { path: /^\/beleid\/activaties$/, view: activationsView, section: 'activaties' },
  { path: /^\/beleid\/activaties\/([0-9a-f-]{36})$/i, view: activationView, section: 'activaties' },
  { path: /^\/organisatie$/, view: organisationView, section: 'organisatie' },
  { path: /^\/organisatie\/afdeling\/([^/]+)$/, view: departmentView, section: 'organisatie' },
  // The public pages: open to anyone, signed in or not (views/public.js).
  { path: /^\/openbaar$/, view: publicOverviewView, open: true, section: 'openbaar' },
  { path: /^\/openbaar\/reflecties$/, view: publicReflectionsView, open: true, section: 'openbaar' },
  { path: /^\/openbaar\/reflecties\/([0-9a-f-]{36})$/i, view: publicReflectionView, open: true, section: 'openbaar' },
  { path: /^\/openbaar\/algoritmes$/, view: publicAlgorithmsView, open: true, section: 'openbaar' },
  { path: /^\/openbaar\/sensoren$/, view: publicSensorsView, open: true, section: 'openbaar' },
];

/** @param {Session | null} session */
function homeFor(session) {
  if (!session) return '/aanmelden';
  if (session.roles.length === 0) return '/geen-toegang';
  return hasRole(session, 'cio-office', 'auditor') ? '/pijplijn' : '/taken';
}

const app = /** @type {HTMLElement} */ (document.getElementById('app'));
const nav = /** @type {HTMLElement} */ (document.getElementById('hoofdmenu'));
const who = /** @type {HTMLElement} */ (document.getElementById('sessie'));
const liveNotice = /** @type {HTMLElement} */ (document.getElementById('live-melding'));
const announcer = /** @type {HTMLElement} */ (document.getElementById('aankondiging'));

/** @type {Flash | null} */
let pendingFlash = null;
/** Whose language preference this page has followed (once per person and page load). @type {string | null} */
let preferenceOf = null;
let firstRender = true;
let renderCount = 0;
/** Takes down what the current page's `mounted` set up (listeners outside the page). @type {(() => void) | null} */
let unmount = null;
let currentLive = false;
let liveDismissed = false;

/**
 * @param {string} path
 * @param {{ flash?: Flash, replace?: boolean }} [options]
 */
function navigate(path, options = {}) {
  if (options.flash) pendingFlash = options.flash;
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void render();
}

function refresh() {
  void render({ keepFocus: true });
}

/** @param {Session | null} session @param {string | undefined} section */
function renderChrome(session, section) {
  /** @type {Array<[string, string, string, boolean]>} */
  const items = [
    ['/taken', 'taken', t('common.nav.tasks'), !!session],
    ['/afdeling/taken', 'afdeling', t('common.nav.departmentTasks'), hasRole(session, 'department-head')],
    ['/projecten', 'projecten', t('common.nav.projects'), !!session],
    ['/projecten/nieuw', 'nieuw', t('common.nav.register'), hasRole(session, 'case-owner')],
    ['/pijplijn', 'pijplijn', t('common.nav.pipeline'), hasRole(session, 'cio-office', 'auditor')],
    ['/organisatie', 'organisatie', t('common.nav.organisation'), hasRole(session, 'cio-office')],
    ['/beleid/wat-als', 'beleid', t('common.nav.whatIf'), hasRole(session, 'cio-office')],
    ['/beleid/activaties', 'activaties', t('common.nav.activations'), hasRole(session, 'cio-office', 'auditor')],
    [
      '/vergaderingen',
      'vergaderingen',
      t('common.nav.meetings'),
      hasRole(session, 'ethics-secretary', 'cio-office', 'auditor'),
    ],
    ['/post', 'post', t('common.nav.mail'), !!session],
    ['/instellingen', 'instellingen', t('common.nav.settings'), !!session],
    ['/openbaar', 'openbaar', t('common.nav.public'), true],
    ['/aanmelden', 'aanmelden', t('common.nav.signIn'), !session],
  ];
  replace(
    nav,
    h(
      'ul',
      { class: 'utrecht-nav-list wp-nav' },
      items
        .filter((i) => i[3])
        .map(([href, key, text]) =>
          h(
            'li',
            { class: 'utrecht-nav-list__item' },
            h(
              'a',
              {
                href,
                class: 'utrecht-nav-list__link wp-nav__link',
                'aria-current': key === section ? 'page' : undefined,
              },
              text,
            ),
          ),
        ),
    ),
  );
  const switcher = languageSwitch(session);
  if (session) {
    replace(
      who,
      h(
        'span',
        { class: 'wp-session__who' },
        `${t('common.session.signedInAs')} `,
        h('strong', null, session.name),
        ` (${session.roles.map((r) => ROLE_LABELS[r] ?? r).join(', ') || t('common.session.noRole')})`,
      ),
      switcher,
      button(t('common.session.signOut'), {
        variant: 'secondary',
        class: 'wp-session__out',
        on: {
          click: async () => {
            stopLive();
            currentLive = false;
            // Signed in at the identity provider: sign out there too (it comes back to /afgemeld).
            if (session.method === 'oidc') {
              if (!(await signOutAtProvider())) navigate('/afgemeld', { replace: true });
              return;
            }
            signOut();
            navigate('/aanmelden', { flash: { type: 'info', text: t('common.session.signedOut') } });
          },
        },
      }),
    );
  } else {
    replace(who, switcher);
  }
}

/** The page's feed as <link rel="alternate"> in the head (the public reflections' Atom feed); none elsewhere. */
/** @param {{ href: string, title: string } | undefined} feed */
function announceFeed(feed) {
  document.head.querySelector('link[rel="alternate"][data-feed]')?.remove();
  if (!feed) return;
  const el = h('link', { rel: 'alternate', type: 'application/atom+xml', href: feed.href, title: feed.title });
  el.setAttribute('data-feed', '');
  document.head.append(el);
}

/** @param {{ keepFocus?: boolean }} [options] */
async function render(options = {}) {
  const ticket = ++renderCount;
  const url = new URL(location.href);
  let session = currentSession();
  // A provider session whose access token ran out while the tab slept: renew it before deciding anything.
  if (!session && storedSession()?.refreshToken) session = await renew();
  if (session?.method === 'oidc') scheduleRenewal(sessionEnded);
  const route = ROUTES.map((r) => ({ r, m: r.path.exec(url.pathname) })).find((x) => x.m);
  if (route?.r.redirect && route.m) {
    history.replaceState(null, '', route.r.redirect(route.m));
    return render(options);
  }
  if (route && !route.r.open && !session) {
    history.replaceState(null, '', `/aanmelden?terug=${encodeURIComponent(url.pathname + url.search)}`);
    return render(options);
  }
  // Signed in, but without a role here: the one page that says so (every other page would only be refused).
  if (route && !route.r.open && session && session.roles.length === 0 && url.pathname !== '/geen-toegang') {
    history.replaceState(null, '', '/geen-toegang');
    return render(options);
  }
  // Signed in (on this page or just now): the page moves to the person's language first, their preference, which
  // their mails follow, so nothing is shown in one language and then in the other.
  if (session && session.roles.length > 0 && preferenceOf !== session.sub) {
    preferenceOf = session.sub;
    try {
      const me = /** @type {{ language?: 'nl' | 'en' } | null} */ (await optionalApi('/api/v1/me'));
      if (followPreference(me?.language)) return;
    } catch {
      // Without the preference the page stays in the language it has.
    }
  }
  renderChrome(session, route?.r.section);
  liveNotice.replaceChildren();
  liveDismissed = false;
  app.setAttribute('aria-busy', 'true');
  /** @type {ViewResult} */
  let result;
  try {
    if (!route?.r.view || !route.m) {
      result = {
        title: t('common.errors.notFoundPage'),
        body: [
          heading(1, t('common.errors.notFoundPage')),
          p(`${t('common.errors.notFoundPageText')} `, link('/', t('common.errors.toStart'))),
        ],
      };
    } else {
      result = await route.r.view({ params: route.m.slice(1), query: url.searchParams, session, navigate, refresh });
    }
  } catch (err) {
    // The token was refused: the handler below is already on its way to the sign-in page.
    if (err instanceof ApiError && err.status === 401) return;
    result = errorPage(err);
  }
  if (ticket !== renderCount) return; // a later navigation won
  const flash = pendingFlash;
  pendingFlash = null;
  unmount?.();
  unmount = null;
  replace(
    app,
    flash
      ? alert(flash.type, flash.text, null, { role: flash.type === 'error' ? 'alert' : 'status', class: 'wp-flash' })
      : null,
    result.body,
  );
  unmount = result.mounted?.() ?? null;
  app.removeAttribute('aria-busy');
  // The message also goes to a status region that was on the page before, so screen readers announce it (a
  // region inserted together with its text often is not).
  announcer.textContent = '';
  if (flash) setTimeout(() => (announcer.textContent = flash.text), 150);
  document.title = t('common.documentTitle', { title: result.title });
  announceFeed(result.feed);
  currentView = { live: !!result.live };
  updateLive();
  if (!firstRender && !options.keepFocus) {
    const h1 = app.querySelector('h1');
    if (h1) {
      h1.setAttribute('tabindex', '-1');
      h1.focus();
    }
    window.scrollTo(0, 0);
  }
  firstRender = false;
  document.body.dataset.ready = String(renderCount);
}

/** @type {{ live: boolean }} */
let currentView = { live: false };

/**
 * The event stream runs only while a page that shows project state is visible: each stream holds one of the six
 * connections a browser keeps per server (HTTP/1.1), so a stream per open tab would soon starve the others.
 */
function updateLive() {
  const wanted = currentView.live && !!currentSession() && document.visibilityState === 'visible';
  if (wanted && !currentLive) startLive(onProjectChange, onProjectChange);
  if (!wanted && currentLive) stopLive();
  currentLive = wanted;
}

document.addEventListener('visibilitychange', updateLive);

/** A project changed: pages that show project state offer to update (they never change under the reader). */
function onProjectChange() {
  if (!currentView.live || liveDismissed || liveNotice.childElementCount > 0) return;
  replace(
    liveNotice,
    alert(
      'info',
      t('common.live.changed'),
      actions(
        button(t('common.live.update'), { variant: 'secondary', on: { click: () => refresh() } }),
        button(t('common.live.notNow'), {
          variant: 'subtle',
          on: {
            click: () => {
              // Quiet until the next page: the reader chose to stay with what they are reading.
              liveDismissed = true;
              liveNotice.replaceChildren();
              const h1 = app.querySelector('h1');
              h1?.setAttribute('tabindex', '-1');
              h1?.focus();
            },
          },
        }),
      ),
    ),
  );
}

/** The provider session could not be renewed and its token ran out: back to the sign-in page, saying why. */
function sessionEnded() {
  if (currentSession()) return;
  signOut();
  stopLive();
  currentLive = false;
  pendingFlash = { type: 'warning', text: t('common.session.expired') };
  history.replaceState(null, '', `/aanmelden?terug=${encodeURIComponent(location.pathname + location.search)}`);
  void render();
}

whenUnauthorized(() => {
  signOut();
  stopLive();
  currentLive = false;
  pendingFlash = { type: 'warning', text: t('common.session.invalid') };
  history.replaceState(null, '', `/aanmelden?terug=${encodeURIComponent(location.pathname + location.search)}`);
  setTimeout(() => void render());
});

// Links inside the app change the page without a reload; everything else behaves as a link does.
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
    return;
  const a = /** @type {Element | null} */ (event.target instanceof Element ? event.target : null)?.closest('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (
    url.origin !== location.origin ||
    url.pathname.startsWith('/api/') ||
    (url.hash && url.pathname === location.pathname)
  )
    return;
  if (!ROUTES.some((r) => r.path.test(url.pathname))) return;
  event.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => void render());
renderShell();
void render();
