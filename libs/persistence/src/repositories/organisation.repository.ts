import { randomUUID } from 'node:crypto';
import {
  sameDepartment,
  type Actor,
  type Department,
  type DepartmentFields,
  type OrganisationSource,
  type RoutingReason,
} from '@waardenpoort/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';

/** The audit chain of what happens outside any project (policy activations, webhooks, the organisation). */
const SYSTEM_CHAIN = '00000000-0000-0000-0000-000000000000';

/** A change that expected another version than the one stored (optimistic concurrency). */
export class DepartmentVersionConflictError extends Error {
  constructor(
    readonly departmentId: string,
    readonly expected: number | null,
    readonly actual: number | null,
  ) {
    super(
      actual === null
        ? `department ${departmentId} does not exist (expected version ${expected})`
        : `department ${departmentId} is at version ${actual}, not ${expected ?? 'new'}: reload and try again`,
    );
  }
}

export interface DepartmentChange {
  fields: DepartmentFields;
  source: OrganisationSource;
  by: Pick<Actor, 'sub' | 'name' | 'roles'> | null;
  reason: string | null;
  /** The version the change was made on; null: the department must not exist yet; undefined: no check */
  expectedVersion?: number | null;
}

export interface SaveResult {
  department: Department;
  /** false: the stored state already said this, nothing was written */
  changed: boolean;
}

/** Where a department-head notification went, and why (see the mail's note and the audit trail). */
export interface NotificationRouting {
  notificationId: string;
  projectId: string;
  department: string;
  reason: RoutingReason;
  departmentVersion: number | null;
  /** The addresses the mail went to, after substitutes took the place of whoever is away */
  recipients: string[];
  /** Which of the recipients got it for someone who is away (their substitute), and for whom */
  standIns: RoutingStandIn[];
}

/** A recipient of a routed notification who received it in an absent person's place. */
export interface RoutingStandIn {
  recipient: string;
  sub: string;
  name: string;
  standsInFor: { sub: string; name: string };
}

interface DepartmentRow {
  id?: string;
  department_id?: string;
  name_nl: string;
  name_en: string;
  head_sub: string | null;
  deputy_subs: string[];
  active: boolean;
  version: number;
  source: OrganisationSource;
  changed_at: Date;
  changed_by_sub: string | null;
  changed_by_name: string | null;
  reason: string | null;
}

const COLUMNS = `name_nl, name_en, head_sub, deputy_subs, active, version, source, changed_at, changed_by_sub,
  changed_by_name, reason`;

function toDepartment(r: DepartmentRow): Department {
  return {
    id: (r.id ?? r.department_id) as string,
    nameNl: r.name_nl,
    nameEn: r.name_en,
    headSub: r.head_sub,
    deputySubs: r.deputy_subs,
    active: r.active,
    version: r.version,
    source: r.source,
    changedAt: r.changed_at.toISOString(),
    changedBy: r.changed_by_sub ? { sub: r.changed_by_sub, name: r.changed_by_name ?? r.changed_by_sub } : null,
    reason: r.reason,
  };
}

/**
 * The organisation model: the current state of each department and every version it had. A change is one
 * transaction: the department row, a new immutable version row, and an `organisation-changed` event on the system
 * audit chain.
 */
export class OrganisationRepository {
  private readonly audit: AuditRepository;

  constructor(private readonly dataSource: DataSource) {
    this.audit = new AuditRepository(dataSource);
  }

  async list(): Promise<Department[]> {
    const rows = await this.dataSource.query<DepartmentRow[]>(`SELECT id, ${COLUMNS} FROM department ORDER BY id`);
    return rows.map(toDepartment);
  }

  async get(id: string): Promise<Department | null> {
    const rows = await this.dataSource.query<DepartmentRow[]>(`SELECT id, ${COLUMNS} FROM department WHERE id = $1`, [
      id,
    ]);
    return rows[0] ? toDepartment(rows[0]) : null;
  }

  /** Every version of the department, newest first; empty when it never existed. */
  async history(id: string): Promise<Department[]> {
    const rows = await this.dataSource.query<DepartmentRow[]>(
      `SELECT department_id, ${COLUMNS} FROM department_version WHERE department_id = $1 ORDER BY version DESC`,
      [id],
    );
    return rows.map(toDepartment);
  }

  /** The latest version the organisation file wrote for each department (what the file said when last read). */
  async lastFromFile(): Promise<Map<string, Department>> {
    const rows = await this.dataSource.query<DepartmentRow[]>(
      `SELECT DISTINCT ON (department_id) department_id, ${COLUMNS} FROM department_version
        WHERE source = 'file' ORDER BY department_id, version DESC`,
    );
    return new Map(rows.map((r) => [r.department_id as string, toDepartment(r)]));
  }

  /** The departments this person heads or deputises for (for the claims sync). */
  async ledBy(sub: string): Promise<Department[]> {
    const rows = await this.dataSource.query<DepartmentRow[]>(
      `SELECT id, ${COLUMNS} FROM department WHERE head_sub = $1 OR $1 = ANY(deputy_subs) ORDER BY id`,
      [sub],
    );
    return rows.map(toDepartment);
  }

  /**
   * Stores a new version of the department unless it already says this. Throws DepartmentVersionConflictError when
   * `expectedVersion` is given and is not the stored one.
   */
  async save(change: DepartmentChange): Promise<SaveResult> {
    return this.dataSource.transaction((em) => this.saveIn(em, change));
  }

  private async saveIn(em: EntityManager, change: DepartmentChange): Promise<SaveResult> {
    const f = change.fields;
    // Serialises changes of one department, also its first version (no row to lock yet).
    await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('department:' || $1, 0))`, [f.id]);
    const rows = await em.query<DepartmentRow[]>(`SELECT id, ${COLUMNS} FROM department WHERE id = $1`, [f.id]);
    const current = rows[0] ? toDepartment(rows[0]) : null;
    if (change.expectedVersion !== undefined && (current?.version ?? null) !== change.expectedVersion) {
      throw new DepartmentVersionConflictError(f.id, change.expectedVersion, current?.version ?? null);
    }
    if (current && sameDepartment(current, f)) return { department: current, changed: false };
    const version = (current?.version ?? 0) + 1;
    const values = [
      f.id,
      f.nameNl,
      f.nameEn,
      f.headSub,
      f.deputySubs,
      f.active,
      version,
      change.source,
      change.by?.sub ?? null,
      change.by?.name ?? null,
      change.reason,
    ];
    const written = await em.query<DepartmentRow[]>(
      `INSERT INTO department AS d (id, name_nl, name_en, head_sub, deputy_subs, active, version, source, changed_at,
         changed_by_sub, changed_by_name, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now(), $9, $10, $11)
       ON CONFLICT (id) DO UPDATE SET name_nl = EXCLUDED.name_nl, name_en = EXCLUDED.name_en,
         head_sub = EXCLUDED.head_sub, deputy_subs = EXCLUDED.deputy_subs, active = EXCLUDED.active,
         version = EXCLUDED.version, source = EXCLUDED.source, changed_at = EXCLUDED.changed_at,
         changed_by_sub = EXCLUDED.changed_by_sub, changed_by_name = EXCLUDED.changed_by_name, reason = EXCLUDED.reason
       RETURNING id, ${COLUMNS}`,
      values,
    );
    const department = toDepartment(written[0]);
    await em.query(
      `INSERT INTO department_version (department_id, version, name_nl, name_en, head_sub, deputy_subs, active,
         source, changed_at, changed_by_sub, changed_by_name, reason)
       SELECT id, version, name_nl, name_en, head_sub, deputy_subs, active, source, changed_at, changed_by_sub,
         changed_by_name, reason FROM department WHERE id = $1`,
      [f.id],
    );
    await this.audit.append(em, [
      {
        eventId: `organisation:${f.id}:${version}:${randomUUID()}`,
        projectId: SYSTEM_CHAIN,
        at: department.changedAt,
        actor: change.by ? { sub: change.by.sub, name: change.by.name, email: '', roles: [...change.by.roles] } : null,
        action: 'organisation-changed',
        gate: null,
        payload: {
          departmentId: f.id,
          version,
          previousVersion: current?.version ?? null,
          source: change.source,
          nameNl: f.nameNl,
          nameEn: f.nameEn,
          headSub: f.headSub,
          deputySubs: f.deputySubs,
          active: f.active,
          reason: change.reason,
        },
        documentHashes: [],
        policyVersion: null,
        workflowId: null,
        runId: null,
      },
    ]);
    return { department, changed: true };
  }

  /** Names of these subjects as the person directory knows them (absent: not in the directory). */
  async personNames(subs: string[]): Promise<Map<string, string>> {
    if (subs.length === 0) return new Map();
    const rows = await this.dataSource.query<Array<{ sub: string; name: string }>>(
      `SELECT sub, name FROM person WHERE sub = ANY($1::text[])`,
      [[...new Set(subs)]],
    );
    return new Map(rows.map((r) => [r.sub, r.name]));
  }

  /** Records where a department-head notification went (kept on retries: the first routing holds). */
  async recordRouting(r: NotificationRouting): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const inserted = await em.query<unknown[]>(
        `INSERT INTO notification_routing (notification_id, project_id, department, reason, department_version,
           recipients, stand_ins) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)
         ON CONFLICT (notification_id) DO NOTHING RETURNING 1`,
        [
          r.notificationId,
          r.projectId,
          r.department,
          r.reason,
          r.departmentVersion,
          r.recipients,
          JSON.stringify(r.standIns),
        ],
      );
      if (inserted.length === 0) return;
      await this.audit.append(em, [
        {
          eventId: `routed:${r.notificationId}`,
          projectId: r.projectId,
          at: new Date().toISOString(),
          actor: null,
          action: 'notification-routed',
          gate: null,
          payload: {
            notificationId: r.notificationId,
            department: r.department,
            reason: r.reason,
            departmentVersion: r.departmentVersion,
            recipients: r.recipients,
            standIns: r.standIns,
          },
          documentHashes: [],
          policyVersion: null,
          workflowId: null,
          runId: null,
        },
      ]);
    });
  }

  async routing(notificationId: string): Promise<NotificationRouting | null> {
    const rows = await this.dataSource.query<
      Array<{
        notification_id: string;
        project_id: string;
        department: string;
        reason: RoutingReason;
        department_version: number | null;
        recipients: string[];
        stand_ins: RoutingStandIn[] | null;
      }>
    >(`SELECT * FROM notification_routing WHERE notification_id = $1`, [notificationId]);
    const r = rows[0];
    return r
      ? {
          notificationId: r.notification_id,
          projectId: r.project_id,
          department: r.department,
          reason: r.reason,
          departmentVersion: r.department_version,
          recipients: r.recipients,
          standIns: r.stand_ins ?? [],
        }
      : null;
  }
}
