import type { ProjectEvent } from '@waardenpoort/domain';
import type { DataSource } from 'typeorm';
import type { AuditRepository } from './audit.repository';

/** A person's period away, and who stands in for them. Instants are ISO strings. */
export interface Absence {
  id: string;
  personSub: string;
  personName: string;
  substituteSub: string;
  substituteName: string;
  startsAt: string;
  endsAt: string;
  createdAt: string;
}

interface AbsenceRow {
  id: string;
  person_sub: string;
  person_name: string;
  substitute_sub: string;
  substitute_name: string;
  starts_at: Date;
  ends_at: Date;
  created_at: Date;
}

const COLUMNS = 'id, person_sub, person_name, substitute_sub, substitute_name, starts_at, ends_at, created_at';

function toAbsence(r: AbsenceRow): Absence {
  return {
    id: r.id,
    personSub: r.person_sub,
    personName: r.person_name,
    substituteSub: r.substitute_sub,
    substituteName: r.substitute_name,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * Absences with a substitute. A person's periods never overlap: registering takes a per-person advisory lock, so two
 * concurrent requests cannot both pass the overlap check. Registering and removing append their audit event in the
 * same transaction.
 */
export class AbsenceRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditRepository,
  ) {}

  /** Stores the absence, or answers the period it overlaps (nothing stored). */
  async register(a: Omit<Absence, 'createdAt'>, event: ProjectEvent): Promise<Absence | { overlaps: Absence }> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended('absence:' || $1::text, 0))`, [a.personSub]);
      const clash = await em.query<AbsenceRow[]>(
        `SELECT ${COLUMNS} FROM absence WHERE person_sub = $1 AND starts_at < $3 AND ends_at > $2 ORDER BY starts_at
          LIMIT 1`,
        [a.personSub, a.startsAt, a.endsAt],
      );
      if (clash[0]) return { overlaps: toAbsence(clash[0]) };
      const rows = await em.query<AbsenceRow[]>(
        `INSERT INTO absence (id, person_sub, person_name, substitute_sub, substitute_name, starts_at, ends_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [a.id, a.personSub, a.personName, a.substituteSub, a.substituteName, a.startsAt, a.endsAt],
      );
      await this.audit.append(em, [event]);
      return toAbsence(rows[0]);
    });
  }

  /** Removes one of the person's absences; false when they have none with this id. */
  async remove(personSub: string, id: string, event: (a: Absence) => ProjectEvent): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const raw: unknown = await em.query(
        `DELETE FROM absence WHERE id = $1 AND person_sub = $2 RETURNING ${COLUMNS}`,
        [id, personSub],
      );
      // TypeORM's postgres driver answers DELETE … RETURNING with [rows, rowCount].
      const [row] = (raw as [AbsenceRow[], number])[0];
      if (!row) return false;
      await this.audit.append(em, [event(toAbsence(row))]);
      return true;
    });
  }

  /** The person's absences that have not ended, and those in which they stand in for someone, soonest first. */
  async ofPerson(sub: string, at: Date = new Date()): Promise<Absence[]> {
    const rows = await this.dataSource.query<AbsenceRow[]>(
      `SELECT ${COLUMNS} FROM absence WHERE (person_sub = $1 OR substitute_sub = $1) AND ends_at > $2
        ORDER BY starts_at, id LIMIT 200`,
      [sub, at],
    );
    return rows.map(toAbsence);
  }

  /** The absence of this person at `at`, if they are away then. */
  async activeOf(personSub: string, at: Date = new Date()): Promise<Absence | null> {
    const rows = await this.dataSource.query<AbsenceRow[]>(
      `SELECT ${COLUMNS} FROM absence WHERE person_sub = $1 AND starts_at <= $2 AND ends_at > $2 LIMIT 1`,
      [personSub, at],
    );
    return rows[0] ? toAbsence(rows[0]) : null;
  }

  /** The absences at `at` in which this person is the substitute: whom they stand in for now. */
  async standingInFor(substituteSub: string, at: Date = new Date()): Promise<Absence[]> {
    const rows = await this.dataSource.query<AbsenceRow[]>(
      `SELECT ${COLUMNS} FROM absence WHERE substitute_sub = $1 AND starts_at <= $2 AND ends_at > $2 ORDER BY id`,
      [substituteSub, at],
    );
    return rows.map(toAbsence);
  }
}
