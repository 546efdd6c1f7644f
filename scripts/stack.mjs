#!/usr/bin/env node
// `npm run stack`: the production topology of docker-compose.yml on this machine, without Docker, from the same
// configuration (scripts/lib/temporal-stack.cjs reads it out of docker-compose.yml and deploy/): the roles and
// databases of the PostgreSQL init script, Temporal's databases set up with its SQL tool (versions checked), the real
// Temporal server as four processes (frontend, history, matching, worker) from one rendered configuration, the
// namespace and search attributes as temporal-setup makes them, the migrations as waardenpoort_migrator, two workers
// and two API replicas as waardenpoort_app in production mode. Logs in .data/stack/logs; Ctrl-C stops everything.
// `npm run stack -- --down` stops a stack left running (its PIDs are in .data/stack/state.json).
// Needs the local PostgreSQL (PGHOST/PGPORT, default 127.0.0.1:5432) with a superuser `postgres` (PGUSER) and
// `npm run build` done. Repeated runs reuse the roles, databases, schemas, namespace and generated secrets.
import { down, shutdown, startStack } from './lib/stack-control.mjs';

const say = (msg) => process.stdout.write(`\x1b[1m[stack]\x1b[0m ${msg}\n`);

async function main() {
  if (process.argv.includes('--down')) return down();
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  await startStack({
    onExit: (name, how) => {
      say(`${name} exited (${how}); see .data/stack/logs/${name}.log; stopping`);
      void shutdown(1);
    },
  });
}

main().catch(async (err) => {
  process.stderr.write(`[stack] ${err.message}\n`);
  await shutdown(1);
  process.exit(1);
});
