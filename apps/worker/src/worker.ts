import { Logger } from '@nestjs/common';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { AppConfig } from '@waardenpoort/config';
import { dutchHolidayCheck } from '@waardenpoort/domain/holidays';
import {
  createDataSource,
  createRepositories,
  leastPrivilegeProblem,
  loadPolicyFile,
  loginPrivileges,
} from '@waardenpoort/persistence';
import {
  createDataConverter,
  createTemporalClient,
  PolicyActivationWorkflows,
  ProjectWorkflows,
} from '@waardenpoort/temporal';
import type { DataSource } from 'typeorm';
import { createActivities } from './activities';
import { AuditCheckpointer } from './audit-checkpointer';
import { createPolicyActivationActivities } from './policy-activation';
import { bundleFile, tracingWorkerOptions } from './tracing-interceptors';
import { NotificationDispatcher } from './notifications/dispatcher';
import { WebhookDispatcher } from './webhooks/webhook-dispatcher';

export interface RunningWorker {
  worker: Worker;
  dataSource: DataSource;
  connection: NativeConnection;
  /** Resolves when the worker has stopped; rejects when it failed. */
  done: Promise<void>;
  /** Mail delivery of the notification outbox; null when MAIL_ENABLED=false */
  notifications: NotificationDispatcher | null;
  shutdown(): Promise<void>;
}

export interface StartWorkerOptions {
  config: AppConfig;
  /** A prebuilt bundle (production, tests); without one the worker bundles the compiled workflows at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  dataSource?: DataSource;
  identity?: string;
}

/** Connects to PostgreSQL and Temporal and starts polling the project task queue. */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const { config } = options;
  const ownDataSource = !options.dataSource;
  const dataSource =
    options.dataSource ??
    createDataSource({
      url: config.database.url,
      poolSize: config.database.poolSize,
      role: config.database.role,
      applicationName: 'waardenpoort-worker',
    });
  if (!dataSource.isInitialized) await dataSource.initialize();
  await requireLeastPrivilege(config, dataSource, 'worker');
  // Before Temporal: a worker that cannot sign checkpoints does not start (production has no development key).
  const checkpointer =
    config.auditWitness.checkpointIntervalMs > 0 ? new AuditCheckpointer(dataSource, config.auditWitness) : null;
  const connection = await NativeConnection.connect({ address: config.temporal.address });
  // The deployed file names the policy (its id); the version in force is the one active in PostgreSQL.
  const deployed = loadPolicyFile(config.policy.file);
  const repositories = createRepositories(dataSource, { webhookSecretKey: config.webhooks.secretKey });
  const { policies } = repositories;
  const activities = createActivities({
    transitions: repositories.transitions,
    meetings: repositories.commissionMeetings,
    isHoliday: dutchHolidayCheck(),
    activePolicy: async () => (await policies.active(deployed.id))?.document ?? deployed,
  });
  // The delivery of policy activations (issue 20) asks project workflows through a client, as the API does.
  const client = createTemporalClient({ address: config.temporal.address, namespace: config.temporal.namespace });
  const settings = { namespace: config.temporal.namespace, taskQueue: config.temporal.taskQueue };
  const delivery = createPolicyActivationActivities({
    activations: repositories.policyActivations,
    workflows: new ProjectWorkflows(client, settings),
  });
  const bundle =
    options.workflowBundle ??
    (config.temporal.workflowBundlePath ? { codePath: bundleFile(config.temporal.workflowBundlePath) } : undefined);
  const worker = await Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    // Bounds the worker's memory with many open projects (npm run bench, benchmark 4); see WORKER_MAX_CACHED_WORKFLOWS.
    maxCachedWorkflows: config.temporal.maxCachedWorkflows,
    // A project's input refers to its policy version; the worker reads the document from PostgreSQL (once per
    // version) and its workflows share one frozen copy. Large payloads travel gzipped.
    dataConverter: createDataConverter(async (policyId, version) => {
      const stored = await policies.byVersion(policyId, version);
      return stored ? JSON.stringify(stored.document) : null;
    }),
    activities: { ...activities, ...delivery },
    ...tracingWorkerOptions(bundle !== undefined),
    ...(bundle ? { workflowBundle: bundle } : { workflowsPath: require.resolve('@waardenpoort/workflows') }),
    ...(options.identity ? { identity: options.identity } : {}),
  });
  const done = worker.run();
  // An activation recorded while Temporal did not take its delivery (the API answered anyway) is delivered now.
  void resumeDeliveries(repositories.policyActivations, new PolicyActivationWorkflows(client, settings));
  // Webhooks run beside the Temporal worker: they read the tables its activities write, not its task queue.
  const webhooks = config.webhooks.enabled ? new WebhookDispatcher({ repositories, config: config.webhooks }) : null;
  webhooks?.start();
  // Mail, likewise beside it: the outbox is a table, and several workers share it safely (claims with a lease).
  const notifications = config.mail.enabled ? new NotificationDispatcher({ repositories, config }) : null;
  notifications?.start();
  checkpointer?.start();
  let stopped = false;
  return {
    worker,
    dataSource,
    connection,
    notifications,
    done,
    async shutdown() {
      if (stopped) return;
      stopped = true;
      await webhooks?.stop();
      await notifications?.stop();
      await checkpointer?.stop();
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done.catch(() => undefined);
      await client.connection.close();
      await connection.close();
      if (ownDataSource) await dataSource.destroy();
    },
  };
}

/**
 * Fails closed: outside development and test, the application must not log in as a role that could rewrite the
 * audit trail (a superuser, the tables' owner or a member of it). The check is on the login (session_user), not on
 * a role set with DATABASE_ROLE, which such a session could RESET.
 */
export async function requireLeastPrivilege(config: AppConfig, dataSource: DataSource, who: string): Promise<void> {
  const problem = leastPrivilegeProblem(await loginPrivileges((sql) => dataSource.query(sql)));
  if (problem === null) return;
  // Fail closed: only dev mode merely warns.
  if (!config.devMode) throw new Error(`${who} refuses to start: ${problem}`);
  new Logger(who).warn(`warning (allowed outside production): ${problem}`);
}

/** Starts the delivery of every activation with pending requests; one already under way is left alone. */
async function resumeDeliveries(
  activations: { undelivered(): Promise<string[]> },
  starter: PolicyActivationWorkflows,
): Promise<void> {
  try {
    for (const id of await activations.undelivered()) await starter.start(id);
  } catch (err) {
    new Logger('Worker').warn(`could not resume policy activation deliveries: ${(err as Error).message}`);
  }
}
