#!/usr/bin/env node
// `npm run audit:checkpoint`: writes the next signed checkpoint of the audit trail (the head of every chain, their
// Merkle root, an Ed25519 signature) into AUDIT_CHECKPOINT_DIR when a head moved since the latest one. The worker
// does the same every AUDIT_CHECKPOINT_INTERVAL_MS. Refuses to extend a checkpoint log that does not verify, or to
// sign a chain that lost a head checkpointed before.
// Exit code 0 when written or nothing moved, 1 when refused, 2 on other errors. Needs the built packages.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let persistence, configLib;
try {
  persistence = require('@waardenpoort/persistence');
  configLib = require('@waardenpoort/config');
} catch {
  process.stderr.write('audit:checkpoint: the packages are not built; run `npm run build` first\n');
  process.exit(2);
}
let config;
try {
  config = configLib.loadConfig(process.env);
} catch (err) {
  process.stderr.write(`audit:checkpoint: ${err.message}\n`);
  process.exit(2);
}
const ds = persistence.createDataSource({
  url: config.database.url,
  poolSize: 1,
  role: config.database.role,
  applicationName: 'waardenpoort-audit-checkpoint',
});
try {
  const keys = persistence.loadCheckpointKeys(config.auditWitness, true);
  await ds.initialize();
  const written = await persistence.writeCheckpoint({ dataSource: ds, dir: config.auditWitness.checkpointDir, keys });
  process.stdout.write(
    written
      ? `audit:checkpoint: #${written.seq} written: ${written.chains} chains, ${written.events} events, ${written.heads.length} heads moved, root ${written.root}\n`
      : 'audit:checkpoint: no chain head moved since the latest checkpoint; nothing written\n',
  );
  await ds.destroy();
  process.exit(0);
} catch (err) {
  process.stderr.write(`audit:checkpoint failed: ${err.message}\n`);
  await ds.destroy().catch(() => undefined);
  process.exit(err instanceof persistence.CheckpointRefused ? 1 : 2);
}
