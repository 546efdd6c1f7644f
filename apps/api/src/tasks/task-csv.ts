import { isGateId, isGateStep, isRole } from '@waardenpoort/domain';
import { GATE_LABELS, ROLE_LABELS, STEP_TASKS } from '@waardenpoort/domain/texts';
import { csvCell } from '../registers/register-export';
import type { ExportLanguage } from './dto/task-export.dto';

/** One task as a CSV row needs it: the inbox's and the department view's answers both fit. */
export interface CsvTask {
  id: string;
  gate: string;
  step: string | null;
  assigneeRole: string;
  /** undefined: not the reader's to see (READ_SCOPE `people`); null: anyone with the role */
  assigneeSub?: string | null;
  openedAt: string;
  dueAt: string | null;
  overdue: boolean;
  escalationLevel: number;
  project?: { id: string; title: string; department: string };
}

const COLUMNS = {
  task: { nl: 'Taak', en: 'Task' },
  gate: { nl: 'Fase', en: 'Stage' },
  project: { nl: 'Project', en: 'Project' },
  department: { nl: 'Afdeling', en: 'Department' },
  role: { nl: 'Voor rol', en: 'For role' },
  person: { nl: 'Toegewezen aan', en: 'Assigned to' },
  opened: { nl: 'Geopend (Nederlandse tijd)', en: 'Opened (Amsterdam time)' },
  due: { nl: 'Termijn (Nederlandse tijd)', en: 'Due (Amsterdam time)' },
  overdue: { nl: 'Te laat', en: 'Overdue' },
  escalation: { nl: 'Escalatieniveau', en: 'Escalation level' },
  link: { nl: 'Link', en: 'Link' },
  projectId: { nl: 'Project-id', en: 'Project id' },
  taskId: { nl: 'Taak-id', en: 'Task id' },
} as const;

const YES_NO = { nl: ['ja', 'nee'], en: ['yes', 'no'] } as const;

/** `2026-12-07 14:30`: Amsterdam wall-clock time in the form every spreadsheet reads as a date and time. */
const AMSTERDAM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function localTime(iso: string | null): string {
  return iso ? AMSTERDAM.format(new Date(iso)) : '';
}

/** The byte order mark: without it Excel reads UTF-8 as the local code page (é becomes Ã©). */
const BOM = '\uFEFF';

/**
 * Tasks as CSV (RFC 4180, CRLF), UTF-8 with a BOM for Excel, headers and labels in Dutch or English. Cells a
 * spreadsheet would read as a formula (starting with = + - @ tab CR |) get a leading apostrophe (`csvCell`, the
 * registers' export rule): a project title is typed by people, so it must never run in someone's spreadsheet.
 */
export function tasksCsv(tasks: readonly CsvTask[], lang: ExportLanguage, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  const header = Object.values(COLUMNS).map((c) => c[lang]);
  const rows = tasks.map((t) => {
    const projectId = t.project?.id ?? '';
    return [
      isGateStep(t.step) ? STEP_TASKS[t.step][lang] : (t.step ?? ''),
      isGateId(t.gate) ? GATE_LABELS[t.gate][lang] : t.gate,
      t.project?.title ?? '',
      t.project?.department ?? '',
      isRole(t.assigneeRole) ? ROLE_LABELS[t.assigneeRole][lang] : t.assigneeRole,
      t.assigneeSub ?? '',
      localTime(t.openedAt),
      localTime(t.dueAt),
      t.dueAt ? YES_NO[lang][t.overdue ? 0 : 1] : '',
      t.escalationLevel,
      projectId && t.step
        ? `${base}/projecten/${projectId}/taak/${t.step}`
        : projectId
          ? `${base}/projecten/${projectId}`
          : '',
      projectId,
      t.id,
    ];
  });
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
