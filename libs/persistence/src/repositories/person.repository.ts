import type { DataSource } from 'typeorm';
import type { PersonLanguage } from '../entities/person.entity';

/** A person in the directory, as plain data. */
export interface Person {
  sub: string;
  name: string;
  email: string | null;
  roles: string[];
  /** The department claim of their last token, if any (what a department head reads) */
  department: string | null;
  language: PersonLanguage;
  digest: boolean;
  /** ISO instant */
  updatedAt: string;
}

/** What the identity provider says about a person; the directory keeps the latest. */
export type PersonClaims = Pick<Person, 'sub' | 'name' | 'email' | 'roles'> & { department?: string | null };

/** A row of `person` as PostgreSQL returns it. */
type PersonRow = Omit<Person, 'updatedAt'> & { updated_at: Date };

const SELECT = `SELECT sub, name, email, roles, department, language, digest, updated_at FROM person`;

function toPerson(r: PersonRow): Person {
  return {
    sub: r.sub,
    name: r.name,
    email: r.email,
    roles: r.roles,
    department: r.department,
    language: r.language,
    digest: r.digest,
    updatedAt: r.updated_at.toISOString(),
  };
}

export class PersonRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records the claims of a verified token. The row is only written when a claim differs from what is stored, so
   * a steady stream of requests from the same person costs reads, not row versions (and no WAL).
   */
  async sync(claims: PersonClaims): Promise<void> {
    const roles = [...new Set(claims.roles)].sort();
    await this.dataSource.query(
      `INSERT INTO person AS p (sub, name, email, roles, department) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (sub) DO UPDATE SET name = EXCLUDED.name, email = EXCLUDED.email, roles = EXCLUDED.roles,
         department = EXCLUDED.department, updated_at = now()
       WHERE (p.name, p.email, p.roles, p.department)
             IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.email, EXCLUDED.roles, EXCLUDED.department)`,
      [claims.sub, claims.name, claims.email, roles, claims.department ?? null],
    );
  }

  /** Whether this address is a person's in the directory (case-insensitive): never a register's contact address. */
  async isPersonEmail(email: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(`SELECT 1 FROM person WHERE lower(email) = lower($1) LIMIT 1`, [
      email,
    ]);
    return rows.length > 0;
  }

  async get(sub: string): Promise<Person | null> {
    const rows = await this.dataSource.query<PersonRow[]>(`${SELECT} WHERE sub = $1`, [sub]);
    return rows[0] ? toPerson(rows[0]) : null;
  }

  /** Returns the updated person, or null when nobody with that sub is in the directory. */
  async setPreferences(sub: string, prefs: { language: PersonLanguage; digest: boolean }): Promise<Person | null> {
    const raw: unknown = await this.dataSource.query(
      `UPDATE person SET language = $2, digest = $3, updated_at = now() WHERE sub = $1
       RETURNING sub, name, email, roles, department, language, digest, updated_at`,
      [sub, prefs.language, prefs.digest],
    );
    // TypeORM's postgres driver answers UPDATE with [rows, rowCount].
    const [row] = (raw as [PersonRow[], number])[0];
    return row ? toPerson(row) : null;
  }

  /** Everyone the directory knows with `role`, in a stable order. */
  async withRole(role: string): Promise<Person[]> {
    const rows = await this.dataSource.query<PersonRow[]>(`${SELECT} WHERE $1 = ANY(roles) ORDER BY sub`, [role]);
    return rows.map(toPerson);
  }
}
