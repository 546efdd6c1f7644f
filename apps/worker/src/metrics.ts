import type { RuntimeOptions } from '@temporalio/worker';
import type { AppConfig } from '@waardenpoort/config';

/**
 * Runtime options for the worker process. With WORKER_METRICS_ADDRESS set, the Temporal SDK's core serves its own
 * Prometheus endpoint there (`/metrics`: task-queue polls, schedule-to-start latency, slots, sticky cache, ...).
 * Core owns that HTTP server, so it is configured once per process, before any worker starts. Names follow
 * Prometheus conventions (`_total` on counters, durations in seconds), like the API's own metrics.
 */
export function workerRuntimeOptions(config: AppConfig): RuntimeOptions {
  const address = config.monitoring.workerMetricsAddress;
  if (!address) return {};
  return {
    telemetryOptions: {
      metrics: {
        prometheus: { bindAddress: address, countersTotalSuffix: true, useSecondsForDurations: true },
        globalTags: { service: 'waardenpoort-worker' },
      },
    },
  };
}
