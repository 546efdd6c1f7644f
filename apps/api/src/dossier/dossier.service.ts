import { Injectable } from '@nestjs/common';
import { type Reader } from '@waardenpoort/domain';
import { GATE_LABELS } from '@waardenpoort/domain/texts';
import {
  AuditRepository,
  RouteProofRepository,
  type AuditTimelineEntry,
  type AuditVerification,
} from '@waardenpoort/persistence';
import { trimTimeline } from '../auth/read-scope';
import type { ProjectResponseDto } from '../projects/dto/project.response';
import { ProjectsService } from '../projects/projects.service';
import { renderRouteProofHtml } from './route-proof-html';
import { routeProofView, type RouteProofView } from './route-proof.service';

export interface Dossier {
  generatedAt: string;
  project: ProjectResponseDto;
  temporal: { workflowId: string; runIds: string[] };
  policy: ProjectResponseDto['policy'];
  verification: AuditVerification;
  timeline: AuditTimelineEntry[];
  /** Each recorded quick-scan evaluated again on its pinned policy version; null when the reader may not see it */
  routeProof: RouteProofView | null;
}

/** Everything about one project in one document, for an auditor: the state, the whole trail, and whether it holds. */
@Injectable()
export class DossierService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly audit: AuditRepository,
    private readonly proofs: RouteProofRepository,
  ) {}

  /** For this reader (READ_SCOPE): 404 outside their scope, the project and its timeline trimmed to their groups. */
  async build(projectId: string, reader: Reader): Promise<Dossier> {
    const groups = await this.projects.readableGroups(projectId, reader);
    const project = await this.projects.get(projectId, reader);
    const [fullTimeline, verification, proof] = await Promise.all([
      this.audit.timeline(projectId),
      this.audit.verify({ projectId }),
      groups.has('quickScan') ? this.proofs.prove(projectId) : null,
    ]);
    const timeline = trimTimeline(fullTimeline, groups, project.caseOwner.sub);
    const runIds = [...new Set(timeline.map((e) => e.runId).filter((r): r is string => r !== null))];
    return {
      generatedAt: new Date().toISOString(),
      project,
      temporal: { workflowId: project.workflowId, runIds },
      policy: project.policy,
      verification,
      timeline,
      routeProof: proof ? routeProofView(proof) : null,
    };
  }
}

const esc = (v: string | number | null | undefined): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const when = (iso: string | null | undefined): string =>
  iso
    ? new Date(iso).toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'medium' })
    : '—';

/** A printable page (Dutch), self-contained: no scripts, no outside resources, every value escaped. */
export function renderDossierHtml(d: Dossier): string {
  const p = d.project;
  const gates = p.gates
    .map(
      (g) =>
        `<tr><td>${esc(g.label.nl)}</td><td>${esc(g.state)}</td><td>${esc(g.assigneeRole ?? '—')}</td><td>${esc(when(g.openedAt))}</td><td>${esc(when(g.dueAt))}</td><td>${esc(when(g.completedAt))}</td></tr>`,
    )
    .join('');
  const events = d.timeline
    .map(
      (e) =>
        `<tr><td>${e.seq}</td><td>${esc(when(e.occurredAt))}</td><td>${esc(e.actor ? `${e.actor.name} (${e.actor.sub}; ${e.actor.roles.join(', ')})` : 'systeem')}</td><td>${esc(e.action)}</td><td>${esc(e.gate ? GATE_LABELS[e.gate].nl : '—')}</td><td><code>${esc(e.payload === undefined ? '—' : JSON.stringify(e.payload))}</code></td><td><code>${esc(e.documentHashes.join(' '))}</code></td><td><code>${esc(e.hash.slice(0, 16))}…</code></td></tr>`,
    )
    .join('');
  const check = d.verification.ok
    ? `<p class="ok">De keten van ${d.verification.events} gebeurtenissen is onbeschadigd.</p>`
    : `<p class="broken">De keten is verbroken bij volgnummer ${esc(d.verification.firstBroken.seq)} (${esc(d.verification.firstBroken.reason)}).</p>`;
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Dossier ${esc(p.title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;font-size:.85rem}th,td{border:1px solid #999;padding:.3rem;text-align:left;vertical-align:top}
th{background:#eee}code{font-size:.75rem;word-break:break-all}.ok{color:#1e6b2f}.broken{color:#a00000;font-weight:bold}
.gap{color:#8a5a00;font-weight:bold}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}
@media print{body{margin:0}}
</style></head><body>
<h1>Dossier: ${esc(p.title)}</h1>
<dl>
<dt>Project</dt><dd>${esc(p.id)}</dd>
<dt>Afdeling</dt><dd>${esc(p.department)}</dd>
<dt>Projectleider</dt><dd>${esc(p.caseOwner.name)} (${esc(p.caseOwner.sub)})</dd>
<dt>Status</dt><dd>${esc(p.statusLabel.nl)}</dd>
<dt>Beleid</dt><dd>${esc(p.policy ? `${p.policy.id} versie ${p.policy.version}` : '—')}</dd>
<dt>Temporal workflow</dt><dd><code>${esc(d.temporal.workflowId)}</code></dd>
<dt>Temporal runs</dt><dd><code>${esc(d.temporal.runIds.join(', '))}</code></dd>
<dt>Opgesteld</dt><dd>${esc(when(d.generatedAt))}</dd>
</dl>
<h2>Samenvatting</h2><p>${esc(p.summary)}</p>
<h2>Poorten</h2>
<table><thead><tr><th>Poort</th><th>Stand</th><th>Rol</th><th>Geopend</th><th>Termijn</th><th>Afgerond</th></tr></thead><tbody>${gates}</tbody></table>
${renderRouteProofHtml(d.routeProof, esc, when)}
<h2>Verantwoording</h2>${check}
<table><thead><tr><th>#</th><th>Moment</th><th>Wie</th><th>Handeling</th><th>Poort</th><th>Gegevens</th><th>Documenten (SHA-256)</th><th>Hash</th></tr></thead><tbody>${events}</tbody></table>
</body></html>`;
}
