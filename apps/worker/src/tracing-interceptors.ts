import {
  makeWorkflowExporter,
  OpenTelemetryActivityInboundInterceptor,
  OpenTelemetryActivityOutboundInterceptor,
} from '@temporalio/interceptors-opentelemetry/lib/worker';
import type { OpenTelemetrySinks } from '@temporalio/interceptors-opentelemetry/lib/workflow/definitions';
import type { InjectedSinks, WorkerInterceptors } from '@temporalio/worker';
import { Logger } from '@nestjs/common';
import { activeTracing } from '@waardenpoort/temporal/tracing';
import { existsSync } from 'node:fs';
import { tracedBundlePath } from './workflow-bundle';

/**
 * The workflow side of tracing, in the traced workflow bundle (workflow-bundle.ts): RunWorkflow, HandleUpdate,
 * HandleSignal, StartActivity (local activities too) as spans made inside the sandbox and handed out through the
 * `exporter` sink. The interceptors add headers only, no command: histories replay the same with or without them.
 */
export const WORKFLOW_TRACING_MODULE =
  require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors');

/**
 * The worker's tracing: a RunActivity span around each activity (local ones included), in the context the workflow
 * sent, and the workflow spans to this process's span processor. With tracing off the bundle's workflow spans go to a
 * sink that drops them, and activities run without interceptors.
 */
export function tracingWorkerOptions(bundled: boolean): {
  interceptors: WorkerInterceptors;
  sinks: InjectedSinks<OpenTelemetrySinks>;
} {
  const tracing = activeTracing();
  // A prebuilt traced bundle has them already (buildWorkflowBundle); a worker that bundles at start adds them here.
  const workflowModules = bundled || !tracing ? {} : { workflowModules: [WORKFLOW_TRACING_MODULE] };
  if (!tracing) return { interceptors: workflowModules, sinks: { exporter: { export: { fn: () => undefined } } } };
  return {
    interceptors: {
      ...workflowModules,
      activity: [
        (ctx) => ({
          inbound: new OpenTelemetryActivityInboundInterceptor(ctx),
          outbound: new OpenTelemetryActivityOutboundInterceptor(ctx),
        }),
      ],
    },
    sinks: { exporter: makeWorkflowExporter(tracing.spanProcessor, tracing.resource) },
  };
}

/**
 * The bundle file a worker loads for WORKFLOW_BUNDLE_PATH: its traced variant when tracing is on (and it exists), so
 * that workflow spans are made only where someone collects them.
 */
export function bundleFile(codePath: string): string {
  if (!activeTracing()) return codePath;
  const traced = tracedBundlePath(codePath);
  if (existsSync(traced)) return traced;
  new Logger('Tracing').warn(`${traced} is missing: no workflow spans (npm run build writes it)`);
  return codePath;
}
