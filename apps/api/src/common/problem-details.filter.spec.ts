import type { ArgumentsHost } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ProblemDetailsFilter } from './problem-details.filter';

/** What the filter sends, for a request to `url`. */
function answer(filter: ProblemDetailsFilter, exception: unknown): Record<string, unknown> {
  let body = '';
  const res = {
    headersSent: false,
    setHeader: () => res,
    status: () => res,
    type: () => res,
    send: (text: string) => {
      body = text;
      return res;
    },
  };
  const host = {
    switchToHttp: () => ({
      getRequest: () => ({ originalUrl: '/api/v1/projects', method: 'POST' }),
      getResponse: () => res,
    }),
  } as unknown as ArgumentsHost;
  filter.catch(exception, host);
  return JSON.parse(body) as Record<string, unknown>;
}

describe('a 500 problem and its trace', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const filter = new ProblemDetailsFilter();
  // The filter logs the unknown error; the test does not need to see it.
  (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };

  afterAll(() => provider.shutdown());

  it('quotes a fresh correlation id without tracing', () => {
    expect(answer(filter, new Error('boom')).correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("quotes the request's trace id as its correlation id when tracing is on, and records the error on the span", () => {
    provider.register();
    const { body, traceId } = trace.getTracer('test').startActiveSpan('POST', (span) => {
      const result = { body: answer(filter, new Error('boom')), traceId: span.spanContext().traceId };
      span.end();
      return result;
    });
    expect(body).toMatchObject({ status: 500, correlationId: traceId });
    expect(body.detail).toContain(traceId);
    expect(exporter.getFinishedSpans()[0]?.events.map((e) => e.name)).toEqual(['exception']);
  });
});
