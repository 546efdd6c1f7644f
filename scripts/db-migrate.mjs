#!/usr/bin/env node
// `npm run db:migrate`: runs pending migrations as the owner role of every table (DATABASE_OWNER_ROLE, default
// waardenpoort_owner, NOLOGIN), logging in with DATABASE_MIGRATION_URL (a migrator login that is a member of the
// owner, or a superuser; DATABASE_URL when unset, for a local superuser). When that login may create roles (a
// superuser: `npm start`, tests, benchmarks) it first creates the owner and the application login
// (waardenpoort_app, password DATABASE_APP_PASSWORD if set) where missing; elsewhere (Compose) they come from
// PostgreSQL's init script. Creates the database, owned by the owner, when missing (not with DATABASE_SKIP_CREATE=1).
// Migrations only GRANT. Needs the built persistence library (`npm run build`).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const url =
  process.env.DATABASE_MIGRATION_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/waardenpoort';
let persistence;
try {
  persistence = require('@waardenpoort/persistence');
} catch {
  process.stderr.write('db:migrate: libs/persistence is not built; run `npm run build` first\n');
  process.exit(1);
}
const owner = process.env.DATABASE_OWNER_ROLE || persistence.OWNER_ROLE;
try {
  const created = await persistence.ensureRoles(url, {
    owner,
    ...(process.env.DATABASE_APP_PASSWORD ? { appPassword: process.env.DATABASE_APP_PASSWORD } : {}),
  });
  process.stdout.write(
    created
      ? `db:migrate: roles ${owner} (owner, NOLOGIN) and ${persistence.APP_ROLE} (the application's login) are in place\n`
      : `db:migrate: this login may not create roles; ${owner} and ${persistence.APP_ROLE} must exist (docs/deploy.md)\n`,
  );
  if (process.env.DATABASE_SKIP_CREATE !== '1' && (await persistence.ensureDatabase(url, owner))) {
    process.stdout.write(`db:migrate: created database ${new URL(url).pathname.slice(1)} owned by ${owner}\n`);
  }
  // A database from before the owner role (a superuser or an old login owns it): hand it over first.
  if (created && (await persistence.adoptDatabase(url, owner))) {
    process.stdout.write(`db:migrate: handed database ${new URL(url).pathname.slice(1)} over to ${owner}\n`);
  }
  const ran = await persistence.runMigrations({ url, role: owner });
  process.stdout.write(ran.length ? `db:migrate: applied ${ran.join(', ')}\n` : 'db:migrate: schema is up to date\n');
} catch (err) {
  process.stderr.write(`db:migrate failed: ${err.message}\n`);
  process.exit(1);
}
