/**
 * One source of configuration (issue 21): what `npm run stack` runs with (scripts/lib/temporal-stack.cjs, read out of
 * docker-compose.yml) and what docker-compose.yml, deploy/ and the code declare are the same values. No process is
 * started: the stack's values come from the functions scripts/lib/stack-control.mjs calls (npm run stack, npm run test:stack).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { SEARCH_ATTRIBUTES } from '@waardenpoort/domain';
import { APP_ROLE, OWNER_ROLE } from '@waardenpoort/persistence';

const ROOT = join(__dirname, '..', '..');
type Env = Record<string, string>;
interface StackScript {
  SERVER_VERSION: string;
  SERVER_MODULE: string;
  SQL_TOOL_MODULE: string;
  STACK_DATABASES: Record<string, string>;
  SCHEMA_NAMES: Record<string, string>;
  APP_OVERRIDES: string[];
  DEV_SECRETS: string[];
  readCompose(file?: string): any;
  imageTag(compose: any, service: string): string;
  interpolate(
    text: string,
    env: Record<string, string | undefined>,
    onMissing?: (n: string, m: string) => string,
  ): string;
  serviceEnvironment(compose: any, service: string, env?: Env): Env;
  setupSearchAttributes(compose: any): Record<string, string>;
  initSql(compose: any): string[];
  initSqlVariables(compose: any): Record<string, string>;
  stackInitSql(compose: any): string[];
  schemaCommands(compose: any): string[][];
  temporalEnvironment(compose: any, env?: Env): Env;
  temporalOverrides(): Env;
  composeDynamicConfigFile(compose: any): string;
  appEnvironment(
    compose: any,
    service: string,
    o: { env?: Env; secrets?: Env; local?: Env },
  ): { required: string[]; env: Env };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stack = require(join(ROOT, 'scripts', 'lib', 'temporal-stack.cjs')) as StackScript;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const devServer = require(join(ROOT, 'scripts', 'lib', 'temporal.cjs')) as {
  SEARCH_ATTRIBUTES: Record<string, string>;
  DEV_SERVER_DYNAMIC_CONFIG: Record<string, unknown>;
};

const composeText = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
const compose = stack.readCompose();
/** Compose's default of a variable as written (`${NAME:-default}`), read without the stack's parser. */
const composeDefault = (name: string): string | undefined =>
  new RegExp(`\\$\\{${name}:-([^}]*)\\}`).exec(composeText)?.[1];
const secrets = { JWT_SECRET: 'j'.repeat(48), WEBHOOK_SECRET_KEY: 'k'.repeat(44) };

describe('npm run stack and docker-compose.yml: one source of configuration', () => {
  it('runs the Temporal server release of the Compose images', () => {
    expect(stack.imageTag(compose, 'temporal')).toBe(stack.SERVER_VERSION);
    for (const oneShot of ['temporal-schema', 'temporal-setup']) {
      expect(compose.services[oneShot].image).toMatch(/^temporalio\/admin-tools:/);
      expect(stack.imageTag(compose, oneShot).split('-')[0]).toBe(stack.SERVER_VERSION);
    }
    expect(stack.SERVER_MODULE).toBe(`go.temporal.io/server/cmd/server@v${stack.SERVER_VERSION}`);
    expect(stack.SQL_TOOL_MODULE).toBe(`go.temporal.io/server/cmd/tools/sql@v${stack.SERVER_VERSION}`);
  });

  it("renders Temporal's configuration from Compose's environment, overriding only hosts, ports, names and paths", () => {
    const env = stack.temporalEnvironment(compose, {});
    const declared = stack.serviceEnvironment(compose, 'temporal', {});
    expect(env.NUM_HISTORY_SHARDS).toBe(composeDefault('TEMPORAL_NUM_HISTORY_SHARDS'));
    expect(env.NUM_HISTORY_SHARDS).toBe('64');
    expect(stack.temporalEnvironment(compose, { TEMPORAL_NUM_HISTORY_SHARDS: '128' }).NUM_HISTORY_SHARDS).toBe('128');
    for (const key of ['DB', 'NUM_HISTORY_SHARDS', 'POSTGRES_USER', 'POSTGRES_PWD', 'TEMPORAL_BROADCAST_ADDRESS'])
      expect([key, env[key]]).toEqual([key, declared[key]]);
    const overridable =
      /^(POSTGRES_SEEDS|DB_PORT|DBNAME|VISIBILITY_DBNAME|BIND_ON_IP|DYNAMIC_CONFIG_FILE_PATH|\w+_(GRPC|HTTP|MEMBERSHIP)_PORT)$/;
    for (const key of Object.keys(stack.temporalOverrides())) expect(key).toMatch(overridable);
    expect(env.DBNAME).toBe(stack.STACK_DATABASES[declared.DBNAME]);
    expect(env.VISIBILITY_DBNAME).toBe(stack.STACK_DATABASES[declared.VISIBILITY_DBNAME]);
  });

  it("sets up Temporal's databases with temporal-schema's commands and checks the schemas they name", () => {
    const commands = stack.schemaCommands(compose);
    expect(commands.map((c) => c[2])).toEqual([
      'create-database',
      'setup-schema',
      'update-schema',
      'create-database',
      'setup-schema',
      'update-schema',
    ]);
    const updates = commands.filter((c) => c[2] === 'update-schema');
    expect(Object.fromEntries(updates.map((c) => [c[1], c[4]]))).toEqual(
      Object.fromEntries(Object.entries(stack.SCHEMA_NAMES).map(([db, schema]) => [stack.STACK_DATABASES[db], schema])),
    );
    expect(stack.serviceEnvironment(compose, 'temporal-schema', {}).SQL_USER).toBe(
      stack.serviceEnvironment(compose, 'temporal', {}).POSTGRES_USER,
    );
  });

  it('uses the dynamic config file Compose mounts, with the values the dev server gets', () => {
    const file = stack.composeDynamicConfigFile(compose);
    expect(file).toBe(join(ROOT, 'deploy', 'temporal', 'dynamicconfig.yaml'));
    expect(stack.temporalOverrides().DYNAMIC_CONFIG_FILE_PATH).toBe(file);
    const values = parse(readFileSync(file, 'utf8')) as Record<string, { value: unknown }[]>;
    expect(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v[0].value]))).toEqual(
      devServer.DEV_SERVER_DYNAMIC_CONFIG,
    );
  });

  it("gives Temporal's Helm chart (deploy/helm/temporal-values.yaml) the same release, shards, stores and partitions", () => {
    const helm = parse(readFileSync(join(ROOT, 'deploy', 'helm', 'temporal-values.yaml'), 'utf8'));
    const declared = stack.serviceEnvironment(compose, 'temporal', {});
    expect(helm.server.image.tag).toBe(stack.SERVER_VERSION);
    expect(helm.admintools.image.tag).toBe(stack.imageTag(compose, 'temporal-setup'));
    const persistence = helm.server.config.persistence;
    expect(String(persistence.numHistoryShards)).toBe(stack.temporalEnvironment(compose, {}).NUM_HISTORY_SHARDS);
    for (const [store, database] of [
      ['default', declared.DBNAME],
      ['visibility', declared.VISIBILITY_DBNAME],
    ]) {
      const sql = persistence.datastores[store].sql;
      expect([store, sql.pluginName, sql.databaseName, sql.user]).toEqual([
        store,
        declared.DB,
        database,
        declared.POSTGRES_USER,
      ]);
    }
    const dynamic = Object.fromEntries(
      Object.entries(helm.server.dynamicConfig as Record<string, { value: unknown }[]>).map(([k, v]) => [
        k,
        v[0]?.value,
      ]),
    );
    expect(dynamic).toEqual(devServer.DEV_SERVER_DYNAMIC_CONFIG);
    const setup = stack.serviceEnvironment(compose, 'temporal-setup', {});
    expect(helm.server.config.namespaces.namespace).toEqual([{ name: setup.NAMESPACE, retention: setup.RETENTION }]);
  });

  it('registers the search attributes of temporal-setup, the dev server and the workflows', () => {
    expect(stack.setupSearchAttributes(compose)).toEqual(SEARCH_ATTRIBUTES);
    expect(devServer.SEARCH_ATTRIBUTES).toEqual(SEARCH_ATTRIBUTES);
  });

  it("creates the init script's roles and database, changing only the database's name", () => {
    const sql = stack.initSql(compose);
    const ours = stack.stackInitSql(compose);
    expect(ours.map((s) => s.replace(stack.STACK_DATABASES.waardenpoort, 'waardenpoort'))).toEqual(sql);
    const roles = sql.map((s) => /^CREATE ROLE (\w+)/.exec(s)?.[1]).filter(Boolean);
    expect(roles).toEqual([OWNER_ROLE, 'waardenpoort_migrator', APP_ROLE, 'temporal']);
    expect(sql).toContain(`CREATE ROLE ${OWNER_ROLE} NOLOGIN`);
    expect(sql).toContain(`CREATE DATABASE waardenpoort OWNER ${OWNER_ROLE}`);
    const postgresEnv = Object.keys(compose.services.postgres.environment);
    for (const envName of Object.values(stack.initSqlVariables(compose))) expect(postgresEnv).toContain(envName);
    const login = (url: string): string => new URL(url).username;
    expect(login(compose['x-app-environment'].DATABASE_URL)).toBe(APP_ROLE);
    expect(login(compose.services.migrate.environment.DATABASE_MIGRATION_URL)).toBe('waardenpoort_migrator');
    expect(roles).toContain(stack.serviceEnvironment(compose, 'temporal', {}).POSTGRES_USER);
  });

  it("gives the workers and the API replicas Compose's app environment, overriding only the listed keys", () => {
    const config = ['config.ts', 'environment.ts', 'identity.ts']
      .map((f) => readFileSync(join(ROOT, 'libs', 'config', 'src', f), 'utf8'))
      .join('\n');
    for (const service of ['worker', 'api']) {
      const declared = stack.serviceEnvironment(compose, service, secrets);
      const { required, env } = stack.appEnvironment(compose, service, { env: {}, secrets });
      expect(required.sort()).toEqual([...stack.DEV_SECRETS].sort());
      for (const [key, value] of Object.entries(declared)) {
        if (!stack.APP_OVERRIDES.includes(key)) expect([key, env[key]]).toEqual([key, value]);
        expect([key, config.includes(key)]).toEqual([key, true]);
      }
      expect(env.NODE_ENV).toBe('production');
      expect(new URL(env.DATABASE_URL).username).toBe(APP_ROLE);
      expect(new URL(env.DATABASE_URL).pathname).toBe(`/${stack.STACK_DATABASES.waardenpoort}`);
    }
  });

  it("reads Compose's interpolation as Compose does", () => {
    const env = { SET: 'x', EMPTY: '' };
    expect(stack.interpolate('${SET:-d}/${EMPTY:-d}/${EMPTY-d}/${UNSET-d}/$${SET}', env)).toBe('x/d//d/${SET}');
    expect(stack.interpolate('http://h:${PORT:-${API_PORT:-3000}}', {})).toBe('http://h:3000');
    expect(() =>
      stack.interpolate('${NEED?say why}', {}, (n, m) => {
        throw new Error(`${n}: ${m}`);
      }),
    ).toThrow('NEED: say why');
  });
});
