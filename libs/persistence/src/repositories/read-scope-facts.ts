/**
 * Derives READ_SCOPE's facts (project.dpia_scope, project.commission_scope, project_participant) from what the rows
 * already hold, as `scopeFlagsOf` and `participantsOf` derive them from a snapshot: for rows loaded around the
 * workflows (a restore, the benchmark's COPY). The same statements as migration ReadScope1765530000000's backfill.
 */
export const REBUILD_READ_SCOPE_FACTS_SQL: readonly string[] = [
  `UPDATE project p SET
     dpia_scope = coalesce(p.details #>> '{route,outcome,dpia}' = 'required', false)
       OR (coalesce(p.details #>> '{route,outcome,dpia}' = 'recommended', false)
           AND coalesce((p.details #>> '{route,dpiaOptIn}')::boolean, false))
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p.gates) g WHERE g->>'gate' = 'dpia'
                   AND (coalesce((g->>'cycle')::int, 0) > 0
                        OR g->>'state' IN ('active', 'waiting', 'completed', 'returned'))),
     commission_scope = coalesce(p.details #>> '{route,outcome,commission}' = 'required', false)
       OR coalesce(jsonb_array_length(p.details -> 'reflectionRequests'), 0) > 0
       OR EXISTS (SELECT 1 FROM jsonb_array_elements(p.gates) g WHERE g->>'gate' = 'commission-reflection'
                   AND (coalesce((g->>'cycle')::int, 0) > 0
                        OR g->>'state' IN ('active', 'waiting', 'completed', 'returned')))`,
  `INSERT INTO project_participant (sub, project_id)
   SELECT case_owner_sub, id FROM project
   UNION SELECT assignee_sub, project_id FROM task WHERE assignee_sub IS NOT NULL
   UNION SELECT actor_sub, project_id FROM audit_event
          WHERE actor_sub IS NOT NULL AND workflow_id IS NOT NULL AND action <> 'action-refused'
            AND project_id IN (SELECT id FROM project)
   ON CONFLICT DO NOTHING`,
];
