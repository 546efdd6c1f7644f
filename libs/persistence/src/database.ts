import { Client } from 'pg';
import { createDataSource, type DataSourceParams } from './data-source';

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_-]+$/.test(name)) throw new Error(`unsupported database name "${name}" in DATABASE_URL`);
  return name;
}

/**
 * Creates the database named in `url` when it does not exist yet (connecting to the `postgres` maintenance db),
 * owned by `owner` when given (then its schema `public` is the owner's to create tables in: PostgreSQL 15 and later
 * give CREATE there only to the database owner).
 */
export async function ensureDatabase(url: string, owner?: string): Promise<boolean> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    if (owner !== undefined && !/^[a-z_][a-z0-9_]*$/.test(owner)) throw new Error(`not a plain role name: ${owner}`);
    await client.query(`CREATE DATABASE "${name}"${owner ? ` OWNER ${owner}` : ''}`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/**
 * Runs pending migrations; returns the names of those that ran. Give `role` (OWNER_ROLE) so that every object
 * they create is owned by it, whichever login connects (a superuser, or a migrator login that is a member of it).
 */
export async function runMigrations(params: DataSourceParams): Promise<string[]> {
  const ds = createDataSource({ ...params, poolSize: 1, applicationName: 'waardenpoort-migrate' });
  await ds.initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

/** The NOLOGIN role that owns every table (migrations run as it); the application never logs in as it or a member. */
export const OWNER_ROLE = 'waardenpoort_owner';
/** The application's own login: INSERT and SELECT on the audit trail, not its owner nor a member of it. */
export const APP_ROLE = 'waardenpoort_app';

export interface EnsureRolesOptions {
  owner?: string;
  app?: string;
  /** The app login's password; null or absent: none (local trust or peer authentication only). */
  appPassword?: string | null;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Creates the owner role (NOLOGIN) and the application login when they do not exist, connecting with `adminUrl`
 * (a superuser, or a role with CREATEROLE). Roles belong to the whole cluster, and several test runs, benchmarks or
 * `npm start`s may share one: creation is serialised by an advisory lock and tolerates a concurrent creator. The
 * login in `adminUrl` becomes a member of the owner (so it can `SET ROLE` to it and run migrations); the
 * application login is never one, and an earlier membership of it is revoked. Returns false, doing nothing, when
 * the admin login may not create roles (then they must exist already: Compose's init script makes them).
 */
export async function ensureRoles(adminUrl: string, options: EnsureRolesOptions = {}): Promise<boolean> {
  const owner = options.owner ?? OWNER_ROLE;
  const app = options.app ?? APP_ROLE;
  for (const r of [owner, app]) if (!ROLE_NAME.test(r)) throw new Error(`not a plain role name: ${r}`);
  const admin = new URL(adminUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const me = await client.query<{ rolsuper: boolean; rolcreaterole: boolean; usename: string }>(
      `SELECT rolsuper, rolcreaterole, current_user AS usename FROM pg_roles WHERE rolname = current_user`,
    );
    const self = me.rows[0];
    if (!self || (!self.rolsuper && !self.rolcreaterole)) return false;
    // Session-level, so it spans the statements below; every creator takes the same key.
    await client.query(`SELECT pg_advisory_lock(hashtextextended('waardenpoort-roles', 0))`);
    try {
      const create = async (sql: string): Promise<void> => {
        try {
          await client.query(sql);
        } catch (err) {
          // 42710 duplicate_object; 23505 when another cluster user without our lock created it at the same moment.
          const code = (err as { code?: string }).code;
          if (code !== '42710' && code !== '23505') throw err;
        }
      };
      const exists = async (name: string): Promise<boolean> =>
        Boolean((await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [name])).rowCount);
      if (!(await exists(owner))) await create(`CREATE ROLE ${owner} NOLOGIN`);
      // An owner that could log in would be a way around everything below.
      await client.query(`ALTER ROLE ${owner} NOLOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS`);
      if (!(await exists(app))) await create(`CREATE ROLE ${app} LOGIN`);
      // The landed migration 1764900000000 created the role NOLOGIN where it did not exist yet.
      await client.query(`ALTER ROLE ${app} LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS`);
      if (options.appPassword !== undefined) {
        await client.query(
          options.appPassword === null
            ? `ALTER ROLE ${app} PASSWORD NULL`
            : `ALTER ROLE ${app} PASSWORD ${client.escapeLiteral(options.appPassword)}`,
        );
      }
      if (await isMember(client, app, owner)) await client.query(`REVOKE ${owner} FROM ${app}`);
      if (!self.rolsuper && !(await isMember(client, self.usename, owner))) {
        await client.query(`GRANT ${owner} TO ${client.escapeIdentifier(self.usename)}`);
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(hashtextextended('waardenpoort-roles', 0))`);
    }
    return true;
  } finally {
    await client.end();
  }
}

async function isMember(client: Client, role: string, of: string): Promise<boolean> {
  const r = await client.query<{ m: boolean }>(`SELECT pg_has_role($1, $2, 'MEMBER') AS m`, [role, of]);
  return r.rows[0]?.m === true;
}

/** `url` with another user name (and no password): how the application logs in where authentication is trust. */
export function urlForLogin(url: string, login: string, password: string | null = null): string {
  const u = new URL(url);
  u.username = login;
  u.password = password ?? '';
  return u.toString();
}

/** What the login of a data source may do to the audit trail (see assertLeastPrivilege). */
export interface LoginPrivileges {
  login: string;
  superuser: boolean;
  /** The owner of audit_event, or null when the table does not exist (not migrated) */
  auditOwner: string | null;
  /** The login is that owner or a member of it (it could SET ROLE to it, or disable the triggers) */
  ownsAuditTrail: boolean;
  /** UPDATE, DELETE or TRUNCATE on audit_event */
  canRewriteAuditTrail: boolean;
}

/** Reads, for the login of the session (not a role it SET ROLE to: a session may RESET ROLE), what it may do. */
export async function loginPrivileges(query: (sql: string) => Promise<unknown>): Promise<LoginPrivileges> {
  const rows = (await query(
    `SELECT session_user::text AS login,
            (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) AS superuser,
            t.tableowner::text AS owner,
            coalesce(pg_has_role(session_user, t.tableowner, 'MEMBER'), false) AS owns,
            coalesce(has_table_privilege(session_user, 'audit_event', 'UPDATE')
              OR has_table_privilege(session_user, 'audit_event', 'DELETE')
              OR has_table_privilege(session_user, 'audit_event', 'TRUNCATE'), false) AS rewrite
       FROM (SELECT 1) one
       LEFT JOIN pg_tables t ON t.schemaname = current_schema() AND t.tablename = 'audit_event'`,
  )) as Array<{ login: string; superuser: boolean; owner: string | null; owns: boolean; rewrite: boolean }>;
  const r = rows[0];
  if (!r) throw new Error('could not read the privileges of the database login');
  return {
    login: r.login,
    superuser: r.superuser,
    auditOwner: r.owner,
    ownsAuditTrail: r.owns,
    canRewriteAuditTrail: r.superuser || r.owns || (r.owner !== null && r.rewrite),
  };
}

/** Why a login is too powerful for the application; null when it is not. */
export function leastPrivilegeProblem(p: LoginPrivileges): string | null {
  const why = p.superuser
    ? 'is a superuser'
    : p.ownsAuditTrail
      ? `owns the audit trail (member of ${p.auditOwner ?? 'its owner'})`
      : p.canRewriteAuditTrail
        ? 'may UPDATE, DELETE or TRUNCATE the audit trail'
        : null;
  return why === null
    ? null
    : `DATABASE_URL logs in as "${p.login}", which ${why}: the application must log in as its own role ` +
        `(${APP_ROLE}), which may only add to the audit trail; migrations run with DATABASE_MIGRATION_URL as ` +
        `${OWNER_ROLE} (docs/deploy.md, "Database roles")`;
}

/**
 * Hands a database made before the owner role existed (objects owned by the superuser or by an old login) over to
 * `owner`: the database, and every table, sequence, view and function in schema public; then gives the application
 * login what the migrations would have given it, and default privileges for what the owner creates later. Needs a
 * superuser at `adminUrl`; does nothing when the database is already the owner's. Returns whether it changed
 * anything. (For Compose volumes initialised before, docs/deploy.md has the same as SQL.)
 */
export async function adoptDatabase(adminUrl: string, owner = OWNER_ROLE, app = APP_ROLE): Promise<boolean> {
  for (const r of [owner, app]) if (!ROLE_NAME.test(r)) throw new Error(`not a plain role name: ${r}`);
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const db = await client.query<{ owner: string; superuser: boolean }>(
      `SELECT pg_get_userbyid(d.datdba)::text AS owner, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser
         FROM pg_database d WHERE d.datname = current_database()`,
    );
    const row = db.rows[0];
    if (!row || row.owner === owner || !row.superuser) return false;
    await client.query('BEGIN');
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(await currentDatabase(client))} OWNER TO ${owner}`);
    const objects = await client.query<{ sql: string }>(
      `SELECT format('ALTER %s %s OWNER TO ${owner}',
                CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                c.oid::regclass) AS sql
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'S', 'v', 'm') AND pg_get_userbyid(c.relowner) <> $1
          -- a sequence owned by a column follows its table
          AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
       UNION ALL
       SELECT format('ALTER %s %s OWNER TO ${owner}', CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,
                p.oid::regprocedure)
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> $1`,
      [owner],
    );
    for (const o of objects.rows) await client.query(o.sql);
    await client.query(`GRANT USAGE ON SCHEMA public TO ${app}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app}`);
    const tables = await client.query<{ audit: boolean; migrations: boolean }>(
      `SELECT to_regclass('audit_event') IS NOT NULL AS audit, to_regclass('typeorm_migrations') IS NOT NULL AS migrations`,
    );
    if (tables.rows[0]?.audit) await client.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${app}`);
    if (tables.rows[0]?.migrations) await client.query(`REVOKE ALL ON typeorm_migrations FROM ${app}`);
    await client.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${app}`,
    );
    await client.query(
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${app}`,
    );
    await client.query('COMMIT');
    return true;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

async function currentDatabase(client: Client): Promise<string> {
  const r = await client.query<{ db: string }>(`SELECT current_database()::text AS db`);
  return r.rows[0]?.db ?? '';
}
