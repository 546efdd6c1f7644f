import { projectScopesOf, readerDepartments, type ProjectScope, type Reader } from '@waardenpoort/domain';

/** Binds a value and returns its placeholder (`$3` for a raw query, `:rs0` for TypeORM's query builder). */
export type Bind = (value: unknown) => string;

/**
 * READ_SCOPE's project predicates in SQL, one per scope of the domain's table (the Record makes a new scope a compile
 * error here until it has its SQL). Each reads only columns the list's indexes lead with or a keyed lookup:
 * `acting` is a range of project_participant's primary key (sub, project_id); `department` has
 * project_list_department_idx; `dpia` and `commission` have partial indexes in list order.
 */
const SCOPE_SQL: Record<ProjectScope, (p: string, reader: Reader, bind: Bind) => string> = {
  all: () => 'TRUE',
  // The owner is a participant from the registered row on (insertRegistered, applySnapshotIn, the migration).
  acting: (p, reader, bind) => {
    const sub = bind(reader.sub);
    return `${p}.id IN (SELECT pp.project_id FROM project_participant pp WHERE pp.sub = ${sub} UNION ALL ${standInProjectsSql(sub)})`;
  },
  // Fail closed: no department claim and no department led in the organisation model, no department's projects.
  department: (p, reader, bind) => {
    const departments = readerDepartments(reader);
    if (departments.length === 0) return 'FALSE';
    return departments.length === 1
      ? `${p}.department = ${bind(departments[0])}`
      : `${p}.department = ANY(${bind(departments)}::text[])`;
  },
  dpia: (p) => `${p}.dpia_scope`,
  commission: (p) => `${p}.commission_scope`,
};

/**
 * The SQL condition on the project table (alias `p`) that selects what this reader may see: null when every project
 * (a role whose scope is `all`), `FALSE` when none (no role with a read scope). The union of the reader's roles.
 */
export function readScopeSql(reader: Reader, p: string, bind: Bind): string | null {
  const scopes = projectScopesOf(reader);
  if (scopes.includes('all')) return null;
  if (scopes.length === 0) return 'FALSE';
  const parts = scopes.map((s) => SCOPE_SQL[s](p, reader, bind));
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/** A Bind for positional parameters that appends to `params`. */
export function positional(params: unknown[]): Bind {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

/**
 * The projects a person acts on for someone else, while that lasts (READ_SCOPE `acting`): every project of a colleague
 * whose absence names them substitute now, and the project of an open task delegated to them. `sub` is the bound
 * parameter of the person's sub.
 */
export function standInProjectsSql(sub: string): string {
  return `SELECT sp.project_id FROM project_participant sp
            JOIN absence ab ON ab.person_sub = sp.sub
           WHERE ab.substitute_sub = ${sub} AND ab.starts_at <= now() AND ab.ends_at > now()
          UNION ALL
          SELECT ta.project_id FROM task_assignment ta
            JOIN task dt ON dt.id = ta.task_id AND dt.status = 'open' AND dt.assignee_role = ta.role
           WHERE ta.holder_sub = ${sub} AND ta.kind = 'delegated'`;
}

/**
 * The tasks addressed to this person, by the parameter of their sub: their own, those of a colleague they stand in
 * for now, and those delegated to them. With a role's tasks (no named assignee) this is the person's task list.
 */
export function ownTasksSql(t: string, sub: string): string {
  return `(${t}.assignee_sub = ${sub}
           OR ${t}.assignee_sub IN (SELECT ab.person_sub FROM absence ab
                                     WHERE ab.substitute_sub = ${sub} AND ab.starts_at <= now() AND ab.ends_at > now())
           OR ${t}.id IN (SELECT ta.task_id FROM task_assignment ta WHERE ta.holder_sub = ${sub} AND ta.kind = 'delegated'))`;
}
