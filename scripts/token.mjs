#!/usr/bin/env node
// `npm run -s token -- --sub <id> --roles <role,role> [--name "Full Name"] [--email a@b] [--ttl 8h]`
// Prints a development bearer token (HS256, the dev secret or JWT_SECRET) and nothing else on stdout. The API
// accepts the dev secret only in dev mode (DEV_MODE=true, as `npm start` runs it); against an API with its own
// JWT_SECRET, set the same JWT_SECRET here. Tokens older than JWT_MAX_AGE_SECONDS (8 h by default) are refused
// whatever their --ttl.
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SignJWT } = require('jose');

// The role names come from the domain (libs/domain/src/roles.ts) and the development secret from the configuration
// (DEV_JWT_SECRET in libs/config/src/identity.ts), both built by `npm run build` (or `npm start`).
let ROLES, DEV_SECRET;
try {
  ({ ROLES } = require('@waardenpoort/domain'));
  ({ DEV_JWT_SECRET: DEV_SECRET } = require('@waardenpoort/config'));
} catch {
  process.stderr.write('token: the packages are not built; run `npm run build` first\n');
  process.exit(2);
}

function fail(message) {
  process.stderr.write(`token: ${message}\n`);
  process.stderr.write(
    `usage: npm run -s token -- --sub <id> --roles <role,role> [--name "Name"] [--email x@y] [--ttl 8h]\n`,
  );
  process.stderr.write(`roles: ${ROLES.join(', ')}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      sub: { type: 'string' },
      roles: { type: 'string' },
      name: { type: 'string' },
      email: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
    strict: true,
  }));
} catch (err) {
  fail(err.message);
}
if (!values.sub) fail('--sub is required');
if (!values.roles) fail('--roles is required');
const roles = values.roles
  .split(',')
  .map((r) => r.trim())
  .filter(Boolean);
const unknown = roles.filter((r) => !ROLES.includes(r));
if (unknown.length) fail(`unknown role(s): ${unknown.join(', ')}`);

const secret = process.env.JWT_SECRET || DEV_SECRET;
const token = await new SignJWT({
  name: values.name || values.sub,
  email: values.email || `${values.sub}@enschede.example`,
  roles,
})
  .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
  .setSubject(values.sub)
  .setIssuedAt()
  .setExpirationTime(values.ttl)
  .sign(new TextEncoder().encode(secret));
process.stdout.write(`${token}\n`);
