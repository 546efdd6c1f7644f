import { WHAT_IF_VERDICTS, type DeliveryState, type WhatIfVerdict } from '@waardenpoort/domain';
import type { ActivationProjectRow } from '@waardenpoort/persistence';
import { csvCell } from '../registers/register-export';
import { VERDICT_LABELS } from './what-if-csv';

type Language = 'nl' | 'en';

const HEADERS = {
  projectId: { nl: 'Project-id', en: 'Project id' },
  title: { nl: 'Project', en: 'Project' },
  department: { nl: 'Afdeling', en: 'Department' },
  verdict: { nl: 'Gevolg', en: 'Effect' },
  state: { nl: 'Herbeoordeling', en: 'Re-assessment' },
  refusalCode: { nl: 'Weigering', en: 'Refusal' },
  refusalMessage: { nl: 'Toelichting', en: 'Explanation' },
  requestedAt: { nl: 'Gevraagd op', en: 'Requested at' },
} as const;

const COLUMNS = Object.keys(HEADERS) as Array<keyof typeof HEADERS>;

export const DELIVERY_STATE_LABELS: Record<DeliveryState, { nl: string; en: string }> = {
  pending: { nl: 'nog te vragen', en: 'pending' },
  requested: { nl: 'gevraagd', en: 'requested' },
  refused: { nl: 'geweigerd', en: 'refused' },
  failed: { nl: 'mislukt', en: 'failed' },
};

const isVerdict = (v: string): v is WhatIfVerdict => (WHAT_IF_VERDICTS as readonly string[]).includes(v);

/** The header line, with the byte order mark spreadsheets need to read UTF-8. */
export function activationCsvHeader(lang: Language): string {
  return '\uFEFF' + COLUMNS.map((c) => csvCell(HEADERS[c][lang])).join(',') + '\r\n';
}

/** One selected project as a CSV line; a cell that a spreadsheet would read as a formula is defused by csvCell. */
export function activationCsvRow(r: ActivationProjectRow, lang: Language): string {
  const cells: Record<keyof typeof HEADERS, unknown> = {
    projectId: r.projectId,
    title: r.title,
    department: r.department,
    verdict: isVerdict(r.verdict) ? VERDICT_LABELS[r.verdict][lang] : r.verdict,
    state: DELIVERY_STATE_LABELS[r.state][lang],
    refusalCode: r.refusalCode,
    refusalMessage: r.refusalMessage,
    requestedAt: r.requestedAt ? r.requestedAt.toISOString() : '',
  };
  return COLUMNS.map((c) => csvCell(cells[c])).join(',') + '\r\n';
}
