/* global Blob, URLSearchParams, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * The record of every policy activation (issue 20), for the CIO office and the auditor: the list, and one activation
 * with who, when, the choice, the reason, the what-if tally and where the request to each selected project stands.
 * While the requests are being delivered, the page asks again every few seconds until they are all answered.
 */
import { api } from '../api.js';
import { h, replace } from '../dom.js';
import {
  DELIVERY_STATE_LABELS,
  counted,
  label,
  moment,
  number,
  REFUSAL_LABELS,
  REROUTE_LABELS,
  WHAT_IF_VERDICT_LABELS,
} from '../format.js';
import { actions } from '../forms.js';
import { language, t } from '../i18n.js';
import { hasRole } from '../session.js';
import { badge, button, dataList, heading, link, p, table } from '../ui.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../main.js').ViewResult} ViewResult */
/**
 * GET /api/v1/policy/activations(/:id), as apps/api/src/policy/policy-activation.controller.ts answers (its responses
 * are not in the OpenAPI document, so not in the generated types).
 * @typedef {{ id: string, policy: { id: string, version: number, sha256: string }, reroute: 'none' | 'affected' | 'all',
 *   reason: string | null, activatedAt: string, activatedBy: { sub: string, name: string | null },
 *   tally: Record<string, number>, selected: number, state: 'delivering' | 'done',
 *   delivered: { requested: number, refused: number, failed: number, pending: number } }} Activation
 * @typedef {{ projectId: string, title: string, department: string, verdict: string,
 *   state: 'pending' | 'requested' | 'refused' | 'failed', refusal: { code: string, message: string | null } | null,
 *   requestedAt: string | null }} ActivationProject
 * @typedef {Activation & { projects: { items: ActivationProject[], total: number, page: number, pageSize: number } }} ActivationDetail
 */

const LIST_PAGE = 20;
const PROJECT_PAGE = 100;
/** How often a page of an activation still being delivered asks again. */
const POLL_MS = 2500;

/** @param {Activation} a */
const stateBadge = (a) =>
  a.state === 'done'
    ? badge(t('policy.activations.done'), 'success')
    : badge(t('policy.activations.delivering'), 'active');

/** @param {Activation} a */
const by = (a) => a.activatedBy.name ?? a.activatedBy.sub;

/** @param {string} base @param {URLSearchParams} query @param {number} page @param {number} pages */
function pager(base, query, page, pages) {
  if (pages <= 1) return null;
  /** @param {number} n */
  const href = (n) => {
    const q = new URLSearchParams(query);
    q.set('pagina', String(n));
    return `${base}?${q}`;
  };
  const rel = (/** @type {'prev' | 'next'} */ dir, /** @type {number} */ n, /** @type {string} */ text) =>
    h(
      'a',
      { class: `utrecht-pagination__relative-link utrecht-pagination__relative-link--${dir}`, href: href(n), rel: dir },
      text,
    );
  return h(
    'nav',
    { class: 'utrecht-pagination', 'aria-label': t('policy.activations.pagination') },
    h(
      'span',
      { class: 'wp-pagination' },
      page > 1 ? rel('prev', page - 1, t('policy.activations.previous')) : null,
      h('span', { class: 'wp-pagination__where' }, t('policy.activations.pageOf', { page, pages })),
      page < pages ? rel('next', page + 1, t('policy.activations.next')) : null,
    ),
  );
}

/** @param {ViewContext} ctx */
const pageOf = (ctx) => Math.max(1, Number(ctx.query.get('pagina') ?? '1') || 1);

/** /beleid/activaties @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function activationsView(ctx) {
  const page = pageOf(ctx);
  const result = /** @type {{ items: Activation[], total: number }} */ (
    await api(`/api/v1/policy/activations?page=${page}&pageSize=${LIST_PAGE}`)
  );
  const pages = Math.max(1, Math.ceil(result.total / LIST_PAGE));
  return {
    title: t('policy.activations.title'),
    body: [
      heading(1, t('policy.activations.title')),
      p(t('policy.activations.intro')),
      hasRole(ctx.session, 'cio-office') ? p(...withLink()) : null,
      h('p', { class: 'utrecht-paragraph', role: 'status' }, counted('policy.activations.count', result.total)),
      result.items.length === 0
        ? p(t('policy.activations.none'))
        : table({
            caption: t('policy.activations.caption', { page, pages }),
            head: [
              t('policy.activations.version'),
              t('policy.activations.when'),
              t('policy.activations.by'),
              t('policy.activations.choice'),
              t('policy.activations.selected'),
              t('policy.activations.state'),
            ],
            numeric: [4],
            rows: result.items.map((a) => [
              link(`/beleid/activaties/${a.id}`, t('policy.activations.versionLink', { version: a.policy.version })),
              moment(a.activatedAt),
              by(a),
              label(REROUTE_LABELS, a.reroute),
              number(a.selected),
              stateBadge(a),
            ]),
          }),
      pager('/beleid/activaties', ctx.query, page, pages),
    ],
  };
}

/** The sentence that points to the what-if page, with the link in its place. */
function withLink() {
  const mark = '\u0000';
  const [before, after = ''] = t('policy.activations.newVersion', { link: mark }).split(mark);
  return [before, link('/beleid/wat-als', t('common.nav.whatIf')), after];
}

/** A row's state: a refusal with its reason. @param {ActivationProject} r */
function rowState(r) {
  const text = label(DELIVERY_STATE_LABELS, r.state);
  if (r.state !== 'refused' || !r.refusal) return text;
  return `${text} (${label(REFUSAL_LABELS, r.refusal.code)})`;
}

/** @param {ActivationDetail} a */
function deliveryText(a) {
  const d = a.delivered;
  const counts = {
    requested: number(d.requested),
    refused: number(d.refused),
    failed: number(d.failed),
    pending: number(d.pending),
  };
  return a.state === 'done'
    ? t('policy.activations.deliveryDone', counts)
    : t('policy.activations.deliveryBusy', counts);
}

/** The parts of the page that change while the requests are delivered. @param {ActivationDetail} a @param {number} page */
function deliveryParts(a, page) {
  const pages = Math.max(1, Math.ceil(a.projects.total / a.projects.pageSize));
  return [
    a.projects.items.length === 0
      ? p(a.selected === 0 ? t('policy.activations.noneSelected') : t('policy.activations.noneOnPage'))
      : table({
          caption:
            pages > 1
              ? t('policy.activations.selectedCaptionPage', { page, pages })
              : t('policy.activations.selectedCaption'),
          head: [
            t('policy.shared.project'),
            t('policy.shared.department'),
            t('policy.shared.verdict'),
            t('policy.activations.state'),
            t('policy.activations.requestedAt'),
          ],
          rows: a.projects.items.map((r) => [
            link(`/projecten/${r.projectId}`, r.title),
            r.department,
            label(WHAT_IF_VERDICT_LABELS, r.verdict),
            rowState(r),
            r.requestedAt ? moment(r.requestedAt) : t('common.none'),
          ]),
        }),
  ];
}

/** /beleid/activaties/<id> @param {ViewContext} ctx @returns {Promise<ViewResult>} */
export async function activationView(ctx) {
  const [id] = ctx.params;
  const page = pageOf(ctx);
  const path = `/api/v1/policy/activations/${id}`;
  const read = async () => /** @type {ActivationDetail} */ (await api(`${path}?page=${page}&pageSize=${PROJECT_PAGE}`));
  const a = await read();
  const status = h('p', { class: 'utrecht-paragraph wp-activation__delivery', role: 'status' }, deliveryText(a));
  const changing = h('div', { class: 'wp-activation__rows' }, ...deliveryParts(a, page));
  const tally = Object.entries(a.tally).filter(([, n]) => n > 0);
  return {
    title: t('policy.activations.detailTitle', { version: a.policy.version }),
    body: [
      heading(1, t('policy.activations.detailTitle', { version: a.policy.version })),
      p(link('/beleid/activaties', t('policy.activations.all'))),
      dataList([
        [t('policy.activations.activatedBy'), by(a)],
        [t('policy.activations.when'), moment(a.activatedAt)],
        [t('policy.activations.choice'), label(REROUTE_LABELS, a.reroute)],
        [t('policy.shared.reason'), a.reason ?? t('common.none')],
        [t('policy.activations.selected'), counted('policy.activations.selectedProjects', a.selected)],
        [t('policy.activations.policy'), h('code', null, a.policy.sha256)],
      ]),
      heading(2, t('policy.activations.tallyHeading')),
      tally.length === 0
        ? p(t('policy.activations.noneRunning'))
        : table({
            caption: t('policy.activations.tallyCaption'),
            head: [t('policy.shared.verdict'), t('policy.shared.projects')],
            numeric: [1],
            rows: tally.map(([verdict, n]) => [label(WHAT_IF_VERDICT_LABELS, verdict), number(n)]),
          }),
      heading(2, t('policy.activations.requestsHeading')),
      status,
      changing,
      pager(`/beleid/activaties/${id}`, ctx.query, page, Math.max(1, Math.ceil(a.projects.total / PROJECT_PAGE))),
      actions(csvButton(path, a.policy.version)),
    ],
    mounted: () => {
      if (a.state === 'done') return () => {};
      let stopped = false;
      /** @type {ReturnType<typeof setTimeout> | undefined} */
      let timer;
      const poll = async () => {
        if (stopped) return;
        try {
          const now = await read();
          if (stopped) return;
          // Only the text of the status changes in place, so a screen reader hears the new counts once.
          status.textContent = deliveryText(now);
          replace(changing, ...deliveryParts(now, page));
          if (now.state === 'done') return;
        } catch {
          // A failed read is tried again at the next turn; the page still shows the last answer.
        }
        timer = setTimeout(poll, POLL_MS);
      };
      timer = setTimeout(poll, POLL_MS);
      return () => {
        stopped = true;
        clearTimeout(timer);
      };
    },
  };
}

/** The CSV needs the bearer token, so it is fetched and handed to the browser as a file. */
function csvButton(/** @type {string} */ path, /** @type {number} */ version) {
  const btn = button(t('policy.shared.allAsCsv'), { variant: 'secondary', class: 'wp-export-csv' });
  btn.addEventListener('click', async () => {
    const body = /** @type {string} */ (await api(`${path}?format=csv&lang=${language}`, { accept: 'text/csv' }));
    const url = URL.createObjectURL(new Blob([body], { type: 'text/csv' }));
    const a = h('a', { href: url, download: t('policy.activations.csvFile', { version }) });
    document.body.append(a);
    a.click();
    a.remove();
    URL.revokeObjectURL(url);
  });
  return btn;
}
