import { isRegisterKind, type ProjectEvent, type RegisterEntry, type RegisterKind } from '@waardenpoort/domain';
import type { DataSource, EntityManager } from 'typeorm';

/** One stored version of a register entry. */
export interface RegisterEntryVersion {
  projectId: string;
  register: RegisterKind;
  version: number;
  status: 'draft' | 'submitted' | 'published';
  entry: RegisterEntry;
  actorSub: string | null;
  actorName: string | null;
  /** ISO instant */
  recordedAt: string;
}

interface Row {
  project_id: string;
  register_kind: RegisterKind;
  version: number;
  status: RegisterEntryVersion['status'];
  entry: RegisterEntry;
  actor_sub: string | null;
  actor_name: string | null;
  recorded_at: Date;
}

const toVersion = (r: Row): RegisterEntryVersion => ({
  projectId: r.project_id,
  register: r.register_kind,
  version: r.version,
  status: r.status,
  entry: r.entry,
  actorSub: r.actor_sub,
  actorName: r.actor_name,
  recordedAt: r.recorded_at.toISOString(),
});

/**
 * The versions of the projects' register entries. Written from a transition's events in its publish transaction
 * (idempotent by event id, so a retried publish adds nothing); read by the register exports and the preview.
 */
export class RegisterEntryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Stores the entries a transition submitted or published. Runs inside the publish transaction. */
  async record(em: EntityManager, events: readonly ProjectEvent[]): Promise<number> {
    let inserted = 0;
    for (const e of events) {
      if (e.action === 'register-entry-published') {
        const p = e.payload as { register?: unknown; version?: unknown; entry?: unknown };
        if (!isRegisterKind(p.register) || typeof p.version !== 'number') continue;
        inserted += await this.insert(em, e, p.register, 'published', p.version, p.entry as RegisterEntry);
      } else if (e.action === 'register-entry-submitted') {
        const entries = (e.payload as { entries?: Record<string, RegisterEntry> }).entries ?? {};
        for (const [kind, entry] of Object.entries(entries)) {
          if (!isRegisterKind(kind)) continue;
          inserted += await this.insert(em, e, kind, 'submitted', null, entry);
        }
      }
    }
    return inserted;
  }

  private async insert(
    em: EntityManager,
    e: ProjectEvent,
    kind: RegisterKind,
    status: 'submitted' | 'published',
    version: number | null,
    entry: RegisterEntry,
  ): Promise<number> {
    // A submitted version is numbered here (the project row is locked by this transaction, so numbers do not race);
    // a published one carries the workflow's number. One event may submit to both registers: the id says which.
    const rows: unknown[] = await em.query(
      `INSERT INTO register_entry_version
         (project_id, register_kind, version, status, entry, event_id, actor_sub, actor_name, recorded_at)
       SELECT $1, $2::varchar,
              COALESCE($3::int, (SELECT COALESCE(max(version), 0) + 1 FROM register_entry_version
                                   WHERE project_id = $1 AND register_kind = $2::varchar AND status = $4::varchar)),
              $4::varchar, $5::jsonb, $6, $7, $8, $9
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [
        e.projectId,
        kind,
        version,
        status,
        JSON.stringify(entry),
        `${e.eventId}:${kind}`,
        e.actor?.sub ?? null,
        e.actor?.name ?? null,
        e.at,
      ],
    );
    return rows.length;
  }

  /** Every published version of every entry in one register, per project oldest first (the export). */
  async published(kind: RegisterKind): Promise<RegisterEntryVersion[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT project_id, register_kind, version, status, entry, actor_sub, actor_name, recorded_at
         FROM register_entry_version
        WHERE register_kind = $1 AND status = 'published'
        ORDER BY project_id, version`,
      [kind],
    );
    return rows.map(toVersion);
  }

  /** Every version of one project's entries (the preview and its history). */
  async ofProject(projectId: string): Promise<RegisterEntryVersion[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT project_id, register_kind, version, status, entry, actor_sub, actor_name, recorded_at
         FROM register_entry_version
        WHERE project_id = $1
        ORDER BY register_kind, recorded_at, version`,
      [projectId],
    );
    return rows.map(toVersion);
  }
}
