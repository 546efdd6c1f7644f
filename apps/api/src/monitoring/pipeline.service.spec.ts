import { ProblemException } from '../common/problem.exception';
import type { PipelineReportDto } from './dto/pipeline.response';
import { pipelineCsv, pipelineWindow } from './pipeline.service';

const now = new Date('2026-06-15T12:00:00Z');

describe('pipeline window', () => {
  it('is the last 365 days by default, and takes a date as a whole UTC day', () => {
    expect(pipelineWindow({}, now)).toEqual({ from: new Date('2025-06-15T12:00:00Z'), to: now });
    expect(pipelineWindow({ from: '2026-01-01', to: '2026-01-31' }, now)).toEqual({
      from: new Date('2026-01-01T00:00:00Z'),
      to: new Date('2026-02-01T00:00:00Z'),
    });
    expect(pipelineWindow({ from: '2026-01-01T08:00:00+01:00', to: '2026-01-01T10:00Z' }, now)).toEqual({
      from: new Date('2026-01-01T07:00:00Z'),
      to: new Date('2026-01-01T10:00:00Z'),
    });
    expect(pipelineWindow({ to: '2026-03-01' }, now).from).toEqual(new Date('2025-03-02T00:00:00Z'));
  });

  it.each([
    [{ from: '2026-02-30' }, /not a valid date/],
    [{ to: '2026-02-29T10:00:00+02:00' }, /not a valid date/],
    [{ from: '2026-13-01' }, /not a valid date/],
    [{ from: '2026-03-01', to: '2026-03-01T00:00:00Z' }, /window is empty/],
    [{ from: '1990-01-01', to: '2026-01-01' }, /at most/],
  ])('refuses %j', (query, detail) => {
    let error: unknown;
    try {
      pipelineWindow(query, now);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ProblemException);
    expect((error as ProblemException).getStatus()).toBe(400);
    expect((error as ProblemException).problem.detail).toMatch(detail);
  });
});

describe('pipeline CSV', () => {
  it('quotes per RFC 4180 and defuses cells a spreadsheet would run as a formula', () => {
    const report = {
      generatedAt: now.toISOString(),
      window: { from: '2025-06-15T12:00:00.000Z', to: '2026-06-15T12:00:00.000Z' },
      department: '=HYPERLINK("x"),"a"',
      totals: { projects: 0, byStatus: {}, openTasks: 0, overdue: 0, openEscalations: 0 },
      gates: [],
      endToEnd: { completed: 0, medianSeconds: null, p90Seconds: null },
      escalations: [],
      departments: [],
    } as unknown as PipelineReportDto;
    const [header, row] = pipelineCsv(report).split('\r\n');
    expect(header?.split(',')[0]).toBe('department');
    expect(row?.startsWith(`"'=HYPERLINK(""x""),""a""",2025-06-15T12:00:00.000Z,`)).toBe(true);
    expect(row?.endsWith(',0,,')).toBe(true);
  });
});
