import type { IncomingMessage } from 'node:http';
import { trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry/lib/client';
import type { WorkflowClientInterceptor } from '@temporalio/client';
import { loadConfig, type AppConfig, type TracingConfig } from '@waardenpoort/config';

// The OpenTelemetry SDK of a process (API or worker): one provider, spans to OTLP/HTTP, HTTP and pg instrumented.
// Off unless the configuration names an endpoint; then nothing here is started and no interceptor is installed.

export interface Tracing {
  /** Receives every span of the process; the worker hands it the spans of its workflows too (a sink) */
  spanProcessor: SpanProcessor;
  resource: Resource;
  /** Sends what is buffered and stops; spans after this are dropped */
  shutdown(): Promise<void>;
}

let started: Tracing | null = null;

/** Probes and scrapes: a span for each would bury the case actions. */
const UNTRACED_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/**
 * Starts tracing for this process when the configuration turns it on; null when it does not. Must run before `pg`
 * and the HTTP server are loaded (the instrumentations hook module loading): each app has a module its entry point
 * imports first (apps/api/src/tracing.ts, apps/worker/src/tracing.ts).
 */
export function startTracing(config: TracingConfig, defaultServiceName: string): Tracing | null {
  if (!config.enabled || config.tracesUrl === null) return null;
  if (started) return started;
  const resource = new Resource({ [ATTR_SERVICE_NAME]: config.serviceName ?? defaultServiceName });
  const spanProcessor = new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesUrl }));
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  // The global provider, W3C trace context propagation and the AsyncLocalStorage context manager.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => UNTRACED_PATHS.test(req.url ?? ''),
        // Outgoing calls (webhooks, the identity provider) only as part of a traced action, not as traces of their own.
        requireParentforOutgoingSpans: true,
      }),
      // Statements as text with their placeholders, never their values (enhancedDatabaseReporting stays off); pollers'
      // queries outside any action make no traces of their own.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  started = {
    spanProcessor,
    resource,
    shutdown: async () => {
      started = null;
      await provider.shutdown();
    },
  };
  return started;
}

/**
 * For an entry point's import-first module: tracing as the environment says. A configuration error is not reported
 * here but by the entry point, which reads the configuration again.
 */
export function startTracingFromEnvironment(defaultServiceName: string): Tracing | null {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch {
    return null;
  }
  return startTracing(config.tracing, defaultServiceName);
}

/** The tracing this process started, or null: whether to install the Temporal interceptors. */
export function activeTracing(): Tracing | null {
  return started;
}

/** The Temporal client interceptors: the client call's span, and its context in the headers for the workflow. */
export function tracingClientInterceptors(): { workflow: WorkflowClientInterceptor[] } | undefined {
  return started ? { workflow: [new OpenTelemetryWorkflowClientInterceptor()] } : undefined;
}

/** The span of the current request or activity, when tracing is on and one is recording. */
export function activeSpan(): Span | null {
  const span = trace.getActiveSpan();
  return span?.isRecording() ? span : null;
}
