#!/usr/bin/env node
// `npm run db:migrate`: creates the database named in DATABASE_URL when missing, then runs pending migrations.
// Needs the built persistence library (`npm run build`).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/waardenpoort';
let persistence;
try {
  persistence = require('@waardenpoort/persistence');
} catch {
  process.stderr.write('db:migrate: libs/persistence is not built; run `npm run build` first\n');
  process.exit(1);
}
try {
  if (process.env.DATABASE_SKIP_CREATE !== '1' && (await persistence.ensureDatabase(url))) {
    process.stdout.write(`db:migrate: created database ${new URL(url).pathname.slice(1)}\n`);
  }
  const ran = await persistence.runMigrations({ url });
  process.stdout.write(ran.length ? `db:migrate: applied ${ran.join(', ')}\n` : 'db:migrate: schema is up to date\n');
} catch (err) {
  process.stderr.write(`db:migrate failed: ${err.message}\n`);
  process.exit(1);
}
