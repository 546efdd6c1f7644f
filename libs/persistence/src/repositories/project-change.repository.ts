import type { ProjectScopeFacts } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import { standInProjectsSql } from './read-scope.sql';

/** A project as the live event stream shows it, with the facts that decide who may see it (READ_SCOPE). */
export interface ProjectChangeState {
  id: string;
  title: string;
  department: string;
  status: string;
  currentGate: string | null;
  version: number;
  updatedAt: Date;
  scope: ProjectScopeFacts;
}

interface Row {
  id: string;
  title: string;
  department: string;
  status: string;
  current_gate: string | null;
  state_version: number;
  updated_at: Date;
  case_owner_sub: string;
  dpia_scope: boolean;
  commission_scope: boolean;
  participants: string[];
}

/** The reads of the API's change hub: the current state of the projects the change feed names. */
export class ProjectChangeRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The projects with these ids as they stand now; ids without a project row are left out. */
  async currentStates(ids: string[]): Promise<ProjectChangeState[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<Row[]>(
      `SELECT p.id, p.title, p.department, p.status, p.current_gate, p.state_version, p.updated_at, p.case_owner_sub,
              p.dpia_scope, p.commission_scope,
              coalesce((SELECT array_agg(pp.sub) FROM project_participant pp WHERE pp.project_id = p.id),
                       '{}'::text[]) AS participants
         FROM project p WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((p) => ({
      id: p.id,
      title: p.title,
      department: p.department,
      status: p.status,
      currentGate: p.current_gate,
      version: p.state_version,
      updatedAt: p.updated_at,
      scope: {
        department: p.department,
        caseOwnerSub: p.case_owner_sub,
        participantSubs: p.participants,
        dpia: p.dpia_scope,
        commission: p.commission_scope,
      },
    }));
  }

  /**
   * Who of `subs` stands in on which of these projects now (READ_SCOPE `acting`: a colleague's absence names them
   * substitute, or an open task of the project was delegated to them), keyed by project id. The read model's rule
   * (`standInProjectsSql`), asked once for all subs, so a stream shows what the project list would show at this moment.
   */
  async standIns(subs: string[], projectIds: string[]): Promise<Map<string, Set<string>>> {
    const found = new Map<string, Set<string>>();
    if (subs.length === 0 || projectIds.length === 0) return found;
    const rows = await this.dataSource.query<Array<{ sub: string; project_id: string }>>(
      `SELECT DISTINCT r.sub, s.project_id
         FROM unnest($1::text[]) AS r(sub)
        CROSS JOIN LATERAL (${standInProjectsSql('r.sub')}) AS s
        WHERE s.project_id = ANY($2::uuid[])`,
      [subs, projectIds],
    );
    for (const r of rows) {
      const subsOf = found.get(r.project_id) ?? new Set<string>();
      subsOf.add(r.sub);
      found.set(r.project_id, subsOf);
    }
    return found;
  }
}
