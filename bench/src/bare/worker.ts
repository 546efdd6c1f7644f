import { bundleWorkflowCode, DefaultLogger, NativeConnection, Worker } from '@temporalio/worker';
import type { Policy } from '@waardenpoort/domain';
import { AuditRepository, CommissionMeetingRepository, TransitionRepository } from '@waardenpoort/persistence';
import { dutchHolidayCheck } from '@waardenpoort/domain/holidays';
import { createActivities } from '@waardenpoort/worker';
import type { DataSource } from 'typeorm';

/** The bare workflow (./workflows) bundled like the real one: webpack through bundleWorkflowCode. */
export async function bundleBareWorkflow(): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('./workflows'),
    logger: new DefaultLogger('WARN'),
  });
  return code;
}

export interface BareWorker {
  worker: Worker;
  stop(): Promise<void>;
}

/**
 * Runs the bare workflow's worker in this process, with apps/worker's createActivities over the given database:
 * the same activity code, the same TransitionRepository, the same holiday calendar as the real worker.
 */
export async function startBareWorker(options: {
  address: string;
  namespace: string;
  taskQueue: string;
  code: string;
  dataSource: DataSource;
  policy: Policy;
}): Promise<BareWorker> {
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowBundle: { code: options.code },
    activities: createActivities({
      transitions: new TransitionRepository(options.dataSource),
      meetings: new CommissionMeetingRepository(options.dataSource, new AuditRepository(options.dataSource)),
      isHoliday: dutchHolidayCheck(),
      activePolicy: () => Promise.resolve(options.policy),
    }),
    identity: `bench-bare-${process.pid}`,
  });
  const done = worker.run();
  return {
    worker,
    async stop() {
      if (worker.getState() === 'RUNNING') worker.shutdown();
      await done.catch(() => undefined);
      await connection.close();
    },
  };
}
