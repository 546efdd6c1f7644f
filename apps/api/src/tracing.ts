import { startTracingFromEnvironment } from '@waardenpoort/temporal/tracing';

// main.ts imports this module before anything else: the HTTP and pg instrumentations hook module loading, so the
// OpenTelemetry SDK must be running before Nest, express and pg load. Off unless an OTLP endpoint is configured.
startTracingFromEnvironment('waardenpoort-api');
