import type { Environment } from './environment';

export interface TracingConfig {
  /** Whether the process starts the OpenTelemetry SDK: only with an OTLP endpoint and not OTEL_SDK_DISABLED=true */
  enabled: boolean;
  /** Where spans are posted (OTLP/HTTP, JSON); null when tracing is off */
  tracesUrl: string | null;
  /** OTEL_SERVICE_NAME; null: each process names itself (waardenpoort-api, waardenpoort-worker) */
  serviceName: string | null;
}

/** An http(s) URL, or null; what is wrong is added to `problems`. */
function httpUrl(name: string, value: string | undefined, problems: string[]): URL | null {
  if (value === undefined) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${name}: "${value}" is not a URL`);
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problems.push(`${name}: must be an http:// or https:// URL (OTLP/HTTP), not ${url.protocol}`);
    return null;
  }
  return url;
}

/**
 * The OpenTelemetry settings, by the specification's rules: a signal-specific endpoint is used as it is, the general
 * one gets `/v1/traces` appended. Tracing is off unless one of them is set.
 */
export function tracingSettings(env: Environment, problems: string[]): TracingConfig {
  const traces = httpUrl('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT', env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, problems);
  const base = httpUrl('OTEL_EXPORTER_OTLP_ENDPOINT', env.OTEL_EXPORTER_OTLP_ENDPOINT, problems);
  const tracesUrl = traces ? traces.href : base ? `${base.href.replace(/\/+$/, '')}/v1/traces` : null;
  const enabled = tracesUrl !== null && env.OTEL_SDK_DISABLED !== 'true';
  return { enabled, tracesUrl: enabled ? tracesUrl : null, serviceName: env.OTEL_SERVICE_NAME ?? null };
}
