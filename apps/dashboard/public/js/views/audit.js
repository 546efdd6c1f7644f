/* global document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The audit trail of one project, for auditors and the CIO office: GET /api/v1/projects/:id/audit. */
import { api, ApiError } from '../api.js';
import { h } from '../dom.js';
import {
  ACTION_LABELS,
  counted,
  DECISION_LABELS,
  DPO_ADVICE_LABELS,
  GATE_LABELS,
  label,
  moment,
  ROLE_LABELS,
  STEP_LABELS,
} from '../format.js';
import { t } from '../i18n.js';
import { hasRole } from '../session.js';
import { alert, badge, button, heading, link, p } from '../ui.js';
import { actions } from '../forms.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').AuditEntry} AuditEntry */
/** @typedef {import('../../../types/api').Project} Project */

/**
 * The facts of an event worth a line each, in the page's language; the raw payload is one click away.
 * @param {AuditEntry} e
 */
function facts(e) {
  // Absent when the reader may not see this gate's details (READ_SCOPE).
  const x = e.payload ?? {};
  /** @type {string[]} */
  const out = [];
  const str = (/** @type {unknown} */ v) =>
    typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  if (x.step) out.push(t('audit.facts.step', { step: label(STEP_LABELS, str(x.step)) }));
  if (x.assigneeRole) out.push(t('audit.facts.for', { role: label(ROLE_LABELS, str(x.assigneeRole)) }));
  if (x.to) out.push(t('audit.facts.to', { role: label(ROLE_LABELS, str(x.to)) }));
  if (x.level) out.push(t('audit.facts.level', { level: str(x.level) }));
  if (x.reminder) out.push(t('audit.facts.reminder', { number: str(x.reminder) }));
  if (x.dueAt) out.push(t('audit.facts.due', { due: moment(str(x.dueAt)) }));
  if (x.advice) out.push(t('audit.facts.advice', { advice: label(DPO_ADVICE_LABELS, str(x.advice)) }));
  if (x.outcome && typeof x.outcome === 'string')
    out.push(t('audit.facts.outcome', { outcome: label(DECISION_LABELS, x.outcome) }));
  if (x.rationale) out.push(t('audit.facts.rationale', { text: str(x.rationale) }));
  if (x.reason) out.push(t('audit.facts.reason', { text: str(x.reason) }));
  if (x.summary) out.push(t('audit.facts.summary', { text: str(x.summary) }));
  if (x.meetingDate) out.push(t('audit.facts.meeting', { date: moment(str(x.meetingDate)) }));
  if (x.attempted) out.push(t('audit.facts.attempted', { text: str(x.attempted) }));
  return out;
}

/** @param {ViewContext} ctx */
export async function auditView(ctx) {
  const id = ctx.params[0];
  const project = /** @type {Project} */ (await api(`/api/v1/projects/${id}`));
  if (!hasRole(ctx.session, 'auditor', 'cio-office')) {
    return {
      title: t('audit.title'),
      body: [heading(1, t('audit.title')), alert('warning', t('audit.onlyAuditors'))],
    };
  }
  const entries = /** @type {AuditEntry[]} */ (await api(`/api/v1/projects/${id}/audit`));
  const result = h('div', { role: 'status', class: 'wp-verify' });

  const verify = button(t('audit.verify.button'), {
    variant: 'secondary',
    on: {
      click: async () => {
        result.replaceChildren(p(t('audit.verify.busy')));
        try {
          const v =
            /** @type {{ ok: boolean, complete?: boolean, projects?: number, events?: number, firstBroken?: { projectId: string, seq: number, reason: string, witness?: { by: string } } | null, witnesses?: { checkpoints?: { count: number, broken: { checkpoint: number, reason: string } | null }, workflows?: { heads: number, unanswered: number } | null } }} */ (
              await api('/api/v1/audit/verify')
            );
          const cp = v.witnesses?.checkpoints;
          const wf = v.witnesses?.workflows;
          const heads = wf ? counted('audit.verify.workflowHeads', wf.heads) : t('audit.verify.workflowsNotAsked');
          const witnesses = p(
            t('audit.verify.witnesses', {
              workflows: wf && wf.unanswered > 0 ? counted('audit.verify.unanswered', wf.unanswered, { heads }) : heads,
              checkpoints: cp ? counted('audit.verify.checkpoints', cp.count) : t('audit.verify.noCheckpoints'),
            }),
          );
          const fb = v.firstBroken;
          result.replaceChildren(
            v.ok
              ? alert(
                  v.complete === false ? 'warning' : 'ok',
                  t('audit.verify.intact', {
                    events: counted('audit.verify.events', v.events ?? 0),
                    projects: counted('audit.verify.projects', v.projects ?? 0),
                  }),
                  [witnesses],
                )
              : alert('error', t('audit.verify.broken'), [
                  fb
                    ? p(
                        fb.witness
                          ? t('audit.verify.brokenAtWitness', {
                              project: fb.projectId,
                              seq: fb.seq,
                              reason: fb.reason,
                              witness: fb.witness.by,
                            })
                          : t('audit.verify.brokenAt', { project: fb.projectId, seq: fb.seq, reason: fb.reason }),
                      )
                    : p(
                        t('audit.verify.brokenCheckpoint', {
                          checkpoint: cp?.broken?.checkpoint ?? '?',
                          reason: cp?.broken?.reason ?? t('audit.verify.unknown'),
                        }),
                      ),
                  witnesses,
                ]),
          );
        } catch (err) {
          result.replaceChildren(
            alert(
              'error',
              t('audit.verify.failed'),
              p(err instanceof ApiError ? (err.problem?.detail ?? err.message) : String(err)),
            ),
          );
        }
      },
    },
  });
  const dossier = button(t('audit.dossier'), {
    variant: 'secondary',
    on: {
      click: async () => {
        const res = /** @type {Response} */ (
          await api(`/api/v1/projects/${id}/dossier?format=html`, { accept: 'text/html', raw: true })
        );
        const url = URL.createObjectURL(await res.blob());
        const a = h('a', { href: url, download: `dossier-${id}.html`, hidden: true });
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
    },
  });

  return {
    title: t('audit.titleOf', { title: project.title }),
    live: true,
    body: [
      h(
        'p',
        { class: 'utrecht-paragraph wp-breadcrumb' },
        link('/projecten', t('common.nav.projects')),
        ' › ',
        link(`/projecten/${id}`, project.title),
        ` › ${t('audit.title')}`,
      ),
      heading(1, t('audit.heading', { title: project.title })),
      p(counted('audit.intro', entries.length)),
      actions(verify, dossier),
      result,
      h(
        'ol',
        { class: 'wp-audit', 'aria-label': t('audit.events') },
        entries.map((e) =>
          h(
            'li',
            {
              class: [
                'wp-audit__item',
                e.action === 'escalated' || e.action.endsWith('-refused') ? 'wp-audit__item--alarm' : '',
              ],
            },
            h(
              'p',
              { class: 'utrecht-paragraph wp-audit__head' },
              h('span', { class: 'wp-audit__seq' }, `#${e.seq}`),
              ' ',
              h('time', { datetime: e.occurredAt }, moment(e.occurredAt)),
              ' · ',
              h('strong', null, label(ACTION_LABELS, e.action)),
              e.gate ? ` · ${label(GATE_LABELS, e.gate)}` : '',
              e.action.endsWith('-refused') ? [' ', badge(t('audit.refused'), 'danger')] : null,
              e.action === 'escalated' ? [' ', badge(t('audit.escalation'), 'warning')] : null,
            ),
            h(
              'p',
              { class: 'utrecht-paragraph wp-audit__who' },
              e.actor
                ? t('audit.by', {
                    name: e.actor.name,
                    roles:
                      (e.actor.roles ?? []).map((r) => label(ROLE_LABELS, r)).join(', ') || t('common.session.noRole'),
                  })
                : t('audit.automatic'),
              e.policyVersion !== null ? ` · ${t('audit.policyVersion', { version: e.policyVersion })}` : '',
            ),
            facts(e).length
              ? h(
                  'ul',
                  { class: 'utrecht-unordered-list wp-audit__facts' },
                  facts(e).map((f) => h('li', { class: 'utrecht-unordered-list__item' }, f)),
                )
              : null,
            e.documentHashes.length
              ? p(
                  `${t('audit.documents')} `,
                  e.documentHashes.map((x, i) => [i ? ', ' : '', h('code', { class: 'utrecht-code' }, x)]),
                )
              : null,
            h(
              'details',
              { class: 'wp-details' },
              h('summary', null, t('audit.details', { seq: e.seq })),
              h(
                'pre',
                { class: 'utrecht-code-block wp-pre' },
                JSON.stringify(
                  {
                    payload: e.payload,
                    hash: e.hash,
                    prevHash: e.prevHash,
                    workflowId: e.workflowId,
                    runId: e.runId,
                    recordedAt: e.recordedAt,
                  },
                  null,
                  2,
                ),
              ),
            ),
          ),
        ),
      ),
    ],
  };
}
