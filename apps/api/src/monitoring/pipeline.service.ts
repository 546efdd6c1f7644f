import { Injectable } from '@nestjs/common';
import { PROJECT_STATUSES } from '@waardenpoort/domain';
import { ProblemException } from '../common/problem.exception';
import type { PipelineQuery } from './dto/pipeline.query';
import type { LeadTimeDto, PipelineDepartmentDto, PipelineGateDto, PipelineReportDto } from './dto/pipeline.response';
import { ALL_GATES, ReportRepository, type LeadTimeRow, type Window } from '@waardenpoort/persistence';

const DAY_MS = 86_400_000;
const DEFAULT_WINDOW_DAYS = 365;
/** Long enough for any report the CIO office asks for; short enough that a typo (year 20260) is caught. */
const MAX_WINDOW_DAYS = 20 * 366;
const ESCALATION_LIST_LIMIT = 200;
/** Statements of one report running side by side (see limitConcurrency). */
const REPORT_PARALLEL_STATEMENTS = 3;

const emptyStatuses = (): Record<string, number> => Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0]));

/** Milliseconds to seconds with millisecond precision; percentile_cont interpolates, so values are fractional. */
const seconds = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 1000);

function leadTime(row: Omit<LeadTimeRow, 'gate'> | undefined): LeadTimeDto {
  return row
    ? { completed: row.completed, medianSeconds: seconds(row.median), p90Seconds: seconds(row.p90) }
    : { completed: 0, medianSeconds: null, p90Seconds: null };
}

function parseBound(value: string, name: 'from' | 'to'): { at: Date; dateOnly: boolean } {
  const dateOnly = value.length === 10;
  const at = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  // Date parsing rolls 2026-02-30 over into March; a day that does not exist must not become another one. So the
  // date part, read back at the value's own offset, has to be the one that was written.
  const offset = dateOnly ? null : /([+-])(\d{2}):?(\d{2})$/.exec(value);
  const offsetMs = offset ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000 : 0;
  if (
    Number.isNaN(at.getTime()) ||
    new Date(at.getTime() + offsetMs).toISOString().slice(0, 10) !== value.slice(0, 10)
  ) {
    throw new ProblemException(400, `${name} is not a valid date: ${value}.`, { slug: 'invalid-window' });
  }
  return { at, dateOnly };
}

/** The lead-time window from the query: [from, to), 365 days up to now unless given. */
export function pipelineWindow(query: Pick<PipelineQuery, 'from' | 'to'>, now = new Date()): Window {
  let to = now;
  if (query.to !== undefined) {
    const bound = parseBound(query.to, 'to');
    // A date as the end means "up to and including that day".
    to = bound.dateOnly ? new Date(bound.at.getTime() + DAY_MS) : bound.at;
  }
  const from =
    query.from !== undefined
      ? parseBound(query.from, 'from').at
      : new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime()) {
    throw new ProblemException(
      400,
      `The window is empty: from (${from.toISOString()}) must lie before to (${to.toISOString()}).`,
      {
        slug: 'invalid-window',
      },
    );
  }
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY_MS) {
    throw new ProblemException(400, `The window may span at most ${MAX_WINDOW_DAYS} days.`, { slug: 'invalid-window' });
  }
  return { from, to };
}

/** The CIO office's picture of the pipeline; every figure is one grouped SQL query over the read model. */
@Injectable()
export class PipelineService {
  constructor(private readonly reports: ReportRepository) {}

  async report(query: PipelineQuery, now = new Date()): Promise<PipelineReportDto> {
    const window = pipelineWindow(query, now);
    const department = query.department ?? null;
    const { projects, tasks, gateTimes, endToEnd, escalations, attention } = await this.reports.pipeline(
      department,
      window,
      now,
      { parallel: REPORT_PARALLEL_STATEMENTS, listLimit: ESCALATION_LIST_LIMIT },
    );

    const gates = new Map<string, PipelineGateDto>(
      ALL_GATES.map((gate) => [
        gate,
        {
          gate,
          projects: 0,
          byStatus: emptyStatuses(),
          openTasks: 0,
          overdue: 0,
          openEscalations: 0,
          leadTime: gate === 'none' ? null : leadTime(undefined),
        },
      ]),
    );
    const departments = new Map<string, PipelineDepartmentDto>();
    const departmentOf = (name: string): PipelineDepartmentDto => {
      let d = departments.get(name);
      if (!d) {
        d = { department: name, projects: 0, active: 0, openTasks: 0, overdue: 0, openEscalations: 0 };
        departments.set(name, d);
      }
      return d;
    };
    const totals = { projects: 0, byStatus: emptyStatuses(), openTasks: 0, overdue: 0, openEscalations: 0 };

    for (const row of projects) {
      const g = gates.get(row.gate) ?? gates.get('none');
      if (g) {
        g.projects += row.projects;
        g.byStatus[row.status] = (g.byStatus[row.status] ?? 0) + row.projects;
      }
      const d = departmentOf(row.department);
      d.projects += row.projects;
      if (row.status === 'active') d.active += row.projects;
      totals.projects += row.projects;
      totals.byStatus[row.status] = (totals.byStatus[row.status] ?? 0) + row.projects;
    }
    for (const row of tasks) {
      const g = gates.get(row.gate);
      if (g) {
        g.openTasks += row.open;
        g.overdue += row.overdue;
        g.openEscalations += row.escalated;
      }
      const d = departmentOf(row.department);
      d.openTasks += row.open;
      d.overdue += row.overdue;
      d.openEscalations += row.escalated;
      totals.openTasks += row.open;
      totals.overdue += row.overdue;
      totals.openEscalations += row.escalated;
    }
    for (const row of gateTimes) {
      const g = gates.get(row.gate);
      if (g && g.gate !== 'none') g.leadTime = leadTime(row);
    }

    return {
      generatedAt: now.toISOString(),
      window: { from: window.from.toISOString(), to: window.to.toISOString() },
      department,
      totals,
      gates: ALL_GATES.map((gate) => gates.get(gate) as PipelineGateDto),
      endToEnd: leadTime(endToEnd),
      escalations: escalations.map((e) => ({
        ...e,
        dueAt: e.dueAt?.toISOString() ?? null,
        openedAt: e.openedAt.toISOString(),
      })),
      departments: [...departments.values()].sort((a, b) => a.department.localeCompare(b.department, 'nl')),
      needsAttention: attention,
    };
  }
}

const CSV_STATUSES = PROJECT_STATUSES;
const CSV_HEADER = [
  'department',
  'window_from',
  'window_to',
  'gate',
  'projects',
  ...CSV_STATUSES,
  'open_tasks',
  'overdue',
  'open_escalations',
  'completed_in_window',
  'lead_time_median_seconds',
  'lead_time_p90_seconds',
];

/** RFC 4180 quoting, and a leading apostrophe where a spreadsheet would read a formula (CSV injection). */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The gate table as CSV, header row first: one row per gate (and `none`), then an `end-to-end` row with the
 * totals over all projects and the registered → decision lead time.
 */
export function pipelineCsv(report: PipelineReportDto): string {
  const scope = [report.department ?? '', report.window.from, report.window.to];
  const rows: Array<Array<string | number | null>> = report.gates.map((g) => [
    ...scope,
    g.gate,
    g.projects,
    ...CSV_STATUSES.map((s) => g.byStatus[s] ?? 0),
    g.openTasks,
    g.overdue,
    g.openEscalations,
    g.leadTime?.completed ?? null,
    g.leadTime?.medianSeconds ?? null,
    g.leadTime?.p90Seconds ?? null,
  ]);
  rows.push([
    ...scope,
    'end-to-end',
    report.totals.projects,
    ...CSV_STATUSES.map((s) => report.totals.byStatus[s] ?? 0),
    report.totals.openTasks,
    report.totals.overdue,
    report.totals.openEscalations,
    report.endToEnd.completed,
    report.endToEnd.medianSeconds,
    report.endToEnd.p90Seconds,
  ]);
  return [CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
