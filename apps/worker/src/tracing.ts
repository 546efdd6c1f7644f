import { startTracingFromEnvironment } from '@waardenpoort/temporal/tracing';

// main.ts imports this module before anything else: the pg instrumentation hooks module loading, so the
// OpenTelemetry SDK must be running before the activities' database code loads. Off unless an OTLP endpoint is set.
startTracingFromEnvironment('waardenpoort-worker');
