import type { WhatIfProject } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';

interface RouteRow {
  id: string;
  title: string;
  department: string;
  status: string;
  route: WhatIfProject['route'];
  reflection_requested: boolean;
}

/**
 * Every project with the route of its latest quick-scan, in id order, a batch at a time (keyset pagination): a
 * what-if over 100,000 projects holds one batch in memory, never the portfolio.
 */
export async function* routedProjects(ds: DataSource, batchSize = 1_000): AsyncGenerator<WhatIfProject[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const rows = await ds.query<RouteRow[]>(
      `SELECT id, title, department, status, details -> 'route' AS route,
              coalesce(jsonb_array_length(details -> 'reflectionRequests'), 0) > 0 AS reflection_requested
         FROM project
        WHERE id > $1
        ORDER BY id
        LIMIT $2`,
      [after, batchSize],
    );
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      title: r.title,
      department: r.department,
      status: r.status,
      route: r.route && typeof r.route === 'object' ? r.route : null,
      reflectionRequested: r.reflection_requested,
    }));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].id;
  }
}
