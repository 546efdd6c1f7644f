/* global document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** The audit trail of one project, for auditors and the CIO office: GET /api/v1/projects/:id/audit. */
import { api, ApiError } from '../api.js';
import { h } from '../dom.js';
import {
  ACTION_LABELS,
  DECISION_LABELS,
  DPO_ADVICE_LABELS,
  GATE_LABELS,
  label,
  moment,
  ROLE_LABELS,
  STEP_LABELS,
} from '../format.js';
import { hasRole } from '../session.js';
import { alert, badge, button, heading, link, p } from '../ui.js';
import { actions } from '../forms.js';

/** @typedef {import('../main.js').ViewContext} ViewContext */
/** @typedef {import('../../../types/api').AuditEntry} AuditEntry */
/** @typedef {import('../../../types/api').Project} Project */

/** The facts of an event worth a line each, in Dutch; the raw payload is one click away. @param {AuditEntry} e */
function facts(e) {
  // Absent when the reader may not see this gate's details (READ_SCOPE).
  const x = e.payload ?? {};
  /** @type {string[]} */
  const out = [];
  const str = (/** @type {unknown} */ v) =>
    typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  if (x.step) out.push(`Stap: ${label(STEP_LABELS, str(x.step))}`);
  if (x.assigneeRole) out.push(`Voor: ${label(ROLE_LABELS, str(x.assigneeRole))}`);
  if (x.to) out.push(`Aan: ${label(ROLE_LABELS, str(x.to))}`);
  if (x.level) out.push(`Niveau: ${str(x.level)}`);
  if (x.reminder) out.push(`Herinnering nummer ${str(x.reminder)}`);
  if (x.dueAt) out.push(`Termijn: ${moment(str(x.dueAt))}`);
  if (x.advice) out.push(`Advies: ${label(DPO_ADVICE_LABELS, str(x.advice))}`);
  if (x.outcome && typeof x.outcome === 'string') out.push(`Uitkomst: ${label(DECISION_LABELS, x.outcome)}`);
  if (x.rationale) out.push(`Motivering: ${str(x.rationale)}`);
  if (x.reason) out.push(`Reden: ${str(x.reason)}`);
  if (x.summary) out.push(`Samenvatting: ${str(x.summary)}`);
  if (x.meetingDate) out.push(`Vergadering: ${moment(str(x.meetingDate))}`);
  if (x.attempted) out.push(`Geprobeerd: ${str(x.attempted)}`);
  return out;
}

/** @param {ViewContext} ctx */
export async function auditView(ctx) {
  const id = ctx.params[0];
  const project = /** @type {Project} */ (await api(`/api/v1/projects/${id}`));
  if (!hasRole(ctx.session, 'auditor', 'cio-office')) {
    return {
      title: 'Audittrail',
      body: [heading(1, 'Audittrail'), alert('warning', 'Alleen auditors en het CIO Office zien de audittrail.')],
    };
  }
  const entries = /** @type {AuditEntry[]} */ (await api(`/api/v1/projects/${id}/audit`));
  const result = h('div', { role: 'status', class: 'wp-verify' });

  const verify = button('Controleer de hele keten', {
    variant: 'secondary',
    on: {
      click: async () => {
        result.replaceChildren(p('Bezig met controleren…'));
        try {
          const v =
            /** @type {{ ok: boolean, complete?: boolean, projects?: number, events?: number, firstBroken?: { projectId: string, seq: number, reason: string, witness?: { by: string } } | null, witnesses?: { checkpoints?: { count: number, broken: { checkpoint: number, reason: string } | null }, workflows?: { heads: number, unanswered: number } | null } }} */ (
              await api('/api/v1/audit/verify')
            );
          const cp = v.witnesses?.checkpoints;
          const wf = v.witnesses?.workflows;
          const witnesses = p(
            `Getuigen buiten de database: ${wf ? `${wf.heads} ketenkoppen uit de workflows` : 'workflows niet gevraagd'}` +
              `${wf && wf.unanswered > 0 ? ` (${wf.unanswered} gaven geen antwoord)` : ''}, ` +
              `${cp ? `${cp.count} ondertekende ijkpunten` : 'geen ijkpunten'}.`,
          );
          const fb = v.firstBroken;
          result.replaceChildren(
            v.ok
              ? alert(
                  v.complete === false ? 'warning' : 'ok',
                  `De keten is heel: ${v.events ?? 0} gebeurtenissen van ${v.projects ?? 0} projecten gecontroleerd.`,
                  [witnesses],
                )
              : alert('error', 'De keten is gebroken.', [
                  fb
                    ? p(
                        `Project ${fb.projectId}, volgnummer ${fb.seq}: ${fb.reason}` +
                          `${fb.witness ? ` (volgens ${fb.witness.by})` : ''}.`,
                      )
                    : p(`IJkpunt ${cp?.broken?.checkpoint ?? '?'}: ${cp?.broken?.reason ?? 'onbekend'}.`),
                  witnesses,
                ]),
          );
        } catch (err) {
          result.replaceChildren(
            alert(
              'error',
              'Controleren is niet gelukt.',
              p(err instanceof ApiError ? (err.problem?.detail ?? err.message) : String(err)),
            ),
          );
        }
      },
    },
  });
  const dossier = button('Dossier downloaden (HTML)', {
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
    title: `Audittrail – ${project.title}`,
    live: true,
    body: [
      h(
        'p',
        { class: 'utrecht-paragraph wp-breadcrumb' },
        link('/projecten', 'Projecten'),
        ' › ',
        link(`/projecten/${id}`, project.title),
        ' › Audittrail',
      ),
      heading(1, `Audittrail: ${project.title}`),
      p(
        `${entries.length} gebeurtenissen, oudste eerst. Elke regel verwijst met een hash naar de vorige; zo is te zien dat niets is weggehaald of veranderd.`,
      ),
      actions(verify, dossier),
      result,
      h(
        'ol',
        { class: 'wp-audit', 'aria-label': 'Gebeurtenissen' },
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
              e.action.endsWith('-refused') ? [' ', badge('geweigerd', 'danger')] : null,
              e.action === 'escalated' ? [' ', badge('escalatie', 'warning')] : null,
            ),
            h(
              'p',
              { class: 'utrecht-paragraph wp-audit__who' },
              e.actor
                ? `Door ${e.actor.name} (${(e.actor.roles ?? []).map((r) => label(ROLE_LABELS, r)).join(', ') || 'geen rol'})`
                : 'Automatisch, door Waardenpoort (termijnen, herinneringen, escalaties)',
              e.policyVersion !== null ? ` · beleid versie ${e.policyVersion}` : '',
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
                  'Documenten (SHA-256): ',
                  e.documentHashes.map((x, i) => [i ? ', ' : '', h('code', { class: 'utrecht-code' }, x)]),
                )
              : null,
            h(
              'details',
              { class: 'wp-details' },
              h('summary', null, `Gegevens en hash van #${e.seq}`),
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
