import { labelOf, OUTCOME_LABELS } from '../council-letter/letter-labels';
import { OUTCOME_LABELS_NL } from './route-proof-labels';
import type { RouteProofView } from './route-proof.service';

type Escape = (v: string | number | null | undefined) => string;
type When = (iso: string | null | undefined) => string;

const show = (v: unknown): string =>
  v === undefined || v === null ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
const value = (dimension: string, v: unknown): string =>
  OUTCOME_LABELS[dimension] && (typeof v === 'string' || typeof v === 'boolean')
    ? labelOf(OUTCOME_LABELS[dimension], String(v), 'nl')
    : show(v);

/**
 * The dossier's section on the route proof (Dutch, as the page is): per recorded quick-scan when, by whom, on which
 * policy version, recorded against recomputed outcome and fired rules, and each finding in words.
 */
export function renderRouteProofHtml(proof: RouteProofView | null, esc: Escape, when: When): string {
  const head = '<h2>Herleiding van de route</h2>';
  if (proof === null) return `${head}<p>Niet zichtbaar met uw rol.</p>`;
  if (proof.quickScans.length === 0) return `${head}<p>Er is nog geen quickscan vastgelegd.</p>`;
  const summary =
    proof.verdict === 'holds'
      ? `<p class="ok">Elke quickscan (${proof.quickScans.length}) geeft op de vastgelegde beleidsversie dezelfde uitkomst en dezelfde regels.</p>`
      : `<p class="${proof.verdict === 'differs' ? 'broken' : 'gap'}">${esc(proof.verdictLabel?.nl)}: ${proof.findings} bevinding(en).</p>`;
  const scans = proof.quickScans
    .map((q) => {
      const who = q.actor ? `${q.actor.name} (${q.actor.sub})` : 'systeem';
      const dims = q.dimensions
        .map(
          (d) =>
            `<tr><td>${esc(OUTCOME_LABELS_NL[d.dimension])}</td><td>${esc(value(d.dimension, d.recorded))}</td><td>${esc(value(d.dimension, d.recomputed))}</td><td class="${d.equal ? 'ok' : 'broken'}">${d.equal ? 'gelijk' : 'anders'}</td></tr>`,
        )
        .join('');
      const rules = `<p>Regels vastgelegd: <code>${esc((q.firedRules.recorded ?? []).join(', ') || '—')}</code><br>Regels herberekend: <code>${esc(q.firedRules.recomputed === null ? '—' : q.firedRules.recomputed.join(', ') || '—')}</code></p>`;
      const findings =
        q.findings.length === 0 ? '' : `<ul>${q.findings.map((f) => `<li>${esc(f.text.nl)}</li>`).join('')}</ul>`;
      return (
        (q.action === 'route-reassessed'
          ? `<h3>Herbeoordeling #${q.seq}, ${esc(when(q.occurredAt))}: regel <code>${esc(q.ruleInForce)}</code> van kracht</h3>`
          : `<h3>Quickscan #${q.seq}, ${esc(when(q.occurredAt))}</h3>`) +
        `<p>Door ${esc(who)}; beleid ${esc(q.policy ? `${q.policy.id} versie ${q.policy.version}` : '—')}; ` +
        `oordeel: <span class="${q.verdict === 'holds' ? 'ok' : q.verdict === 'differs' ? 'broken' : 'gap'}">${esc(q.verdictLabel.nl)}</span></p>` +
        (dims
          ? `<table><thead><tr><th>Uitkomst</th><th>Vastgelegd</th><th>Herberekend</th><th></th></tr></thead><tbody>${dims}</tbody></table>`
          : '') +
        rules +
        findings
      );
    })
    .join('');
  return `${head}${summary}${scans}`;
}
