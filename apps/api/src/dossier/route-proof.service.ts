import { Injectable } from '@nestjs/common';
import {
  describeRouteProofFinding,
  ROUTE_PROOF_VERDICT_LABELS,
  type LocalizedText,
  type Reader,
  type RouteProofFinding,
} from '@waardenpoort/domain';
import { RouteProofRepository, type ProjectRouteProof, type QuickScanProofEntry } from '@waardenpoort/persistence';
import { ProblemException } from '../common/problem.exception';
import { ProjectsService } from '../projects/projects.service';

export type RouteProofFindingView = RouteProofFinding & { text: LocalizedText };

export interface QuickScanProofView extends Omit<QuickScanProofEntry, 'findings'> {
  verdictLabel: LocalizedText;
  findings: RouteProofFindingView[];
}

export interface RouteProofView extends Omit<ProjectRouteProof, 'quickScans'> {
  verdictLabel: LocalizedText | null;
  quickScans: QuickScanProofView[];
}

/** What the route proof answers with: the proof, each verdict and finding also in words (Dutch and English). */
export function routeProofView(proof: ProjectRouteProof): RouteProofView {
  return {
    ...proof,
    verdictLabel: proof.verdict === 'none' ? null : ROUTE_PROOF_VERDICT_LABELS[proof.verdict],
    quickScans: proof.quickScans.map((q) => ({
      ...q,
      verdictLabel: ROUTE_PROOF_VERDICT_LABELS[q.verdict],
      findings: q.findings.map((f) => ({ ...f, text: describeRouteProofFinding(f) })),
    })),
  };
}

/**
 * Issue 20, proof that a route followed from its rules: every recorded quick-scan of a project, evaluated again on the
 * policy version it was pinned to. It shows the answers, so the caller must read the project's quick-scan.
 */
@Injectable()
export class RouteProofService {
  constructor(
    private readonly projects: ProjectsService,
    private readonly proofs: RouteProofRepository,
  ) {}

  async prove(projectId: string, reader: Reader): Promise<RouteProofView> {
    const groups = await this.projects.readableGroups(projectId, reader);
    if (!groups.has('quickScan')) {
      throw new ProblemException(403, 'You may not read the quick-scan of this project.', { slug: 'forbidden' });
    }
    return routeProofView(await this.proofs.prove(projectId));
  }
}
