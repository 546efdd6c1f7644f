import { OPENED_GATE_STATES, type GateId } from '@waardenpoort/domain';
import { sqlAuditActions, sqlGate, sqlGateStates } from '../sql-names';

/** The project's gate was opened (a cycle > 0 or an opened state), as `gateWasOpened` of the domain's read scope. */
function gateWasOpened(gate: GateId): string {
  return `EXISTS (SELECT 1 FROM jsonb_array_elements(p.gates) g WHERE g->>'gate' = ${sqlGate(gate)}
                   AND (coalesce((g->>'cycle')::int, 0) > 0
                        OR g->>'state' IN (${sqlGateStates(OPENED_GATE_STATES)})))`;
}

/**
 * Derives READ_SCOPE's facts (project.dpia_scope, project.commission_scope, project_participant) from what the rows
 * already hold, as `scopeFlagsOf` and `participantsOf` derive them from a snapshot: for rows loaded around the
 * workflows (a restore, the benchmark's COPY). Migration ReadScope1765530000000 backfilled with the statements of its
 * day, kept there as written (a migration that has run must not change meaning); this is the current rule.
 */
export const REBUILD_READ_SCOPE_FACTS_SQL: readonly string[] = [
  `UPDATE project p SET
     dpia_scope = coalesce(p.details #>> '{route,outcome,dpia}' = 'required', false)
       OR (coalesce(p.details #>> '{route,outcome,dpia}' = 'recommended', false)
           AND coalesce((p.details #>> '{route,dpiaOptIn}')::boolean, false))
       OR ${gateWasOpened('dpia')},
     commission_scope = coalesce(p.details #>> '{route,outcome,commission}' = 'required', false)
       OR coalesce(jsonb_array_length(p.details -> 'reflectionRequests'), 0) > 0
       OR ${gateWasOpened('commission-reflection')}`,
  `INSERT INTO project_participant (sub, project_id)
   SELECT case_owner_sub, id FROM project
   UNION SELECT assignee_sub, project_id FROM task WHERE assignee_sub IS NOT NULL
   UNION SELECT actor_sub, project_id FROM audit_event
          WHERE actor_sub IS NOT NULL AND workflow_id IS NOT NULL AND action <> ${sqlAuditActions('action-refused')}
            AND project_id IN (SELECT id FROM project)
   ON CONFLICT DO NOTHING`,
];
