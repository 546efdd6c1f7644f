import { ConfigError, loadConfig } from './config';

const DEV = { DEV_MODE: 'true', NODE_ENV: 'development' };

function problems(env: Record<string, string>): string {
  try {
    loadConfig({ ...DEV, ...env });
  } catch (err) {
    if (err instanceof ConfigError) return err.problems.join('\n');
    throw err;
  }
  return '';
}

describe('tracing configuration', () => {
  it('is off unless an OTLP endpoint is set', () => {
    expect(loadConfig(DEV).tracing).toEqual({ enabled: false, tracesUrl: null, serviceName: null });
    expect(loadConfig({ ...DEV, OTEL_SERVICE_NAME: 'waardenpoort-api-2' }).tracing.enabled).toBe(false);
  });

  it('sends to <endpoint>/v1/traces, or to the traces endpoint as it is', () => {
    expect(loadConfig({ ...DEV, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      enabled: true,
      tracesUrl: 'http://collector:4318/v1/traces',
      serviceName: null,
    });
    expect(
      loadConfig({
        ...DEV,
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://tempo.intern:4318/otlp/traces',
        OTEL_SERVICE_NAME: 'waardenpoort-worker-b',
      }).tracing,
    ).toEqual({
      enabled: true,
      tracesUrl: 'https://tempo.intern:4318/otlp/traces',
      serviceName: 'waardenpoort-worker-b',
    });
  });

  it('is off with OTEL_SDK_DISABLED=true, whatever the endpoint', () => {
    const tracing = loadConfig({ ...DEV, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' });
    expect(tracing.tracing).toMatchObject({ enabled: false, tracesUrl: null });
  });

  it('refuses what it cannot send to', () => {
    expect(problems({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4317' })).toMatch(/OTEL_EXPORTER_OTLP_ENDPOINT/);
    expect(problems({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'grpc://c:4317' })).toMatch(/http:\/\/ or https:\/\//);
    expect(problems({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })).toMatch(/only http\/json/);
    expect(problems({ OTEL_SERVICE_NAME: 'waardenpoort api' })).toMatch(/OTEL_SERVICE_NAME/);
    expect(problems({ OTEL_SDK_DISABLED: 'yes' })).toMatch(/OTEL_SDK_DISABLED/);
  });
});
