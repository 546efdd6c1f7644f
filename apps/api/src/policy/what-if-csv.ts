import { type WhatIfProjectResult, type WhatIfVerdict } from '@waardenpoort/domain';
import { GATE_LABELS } from '@waardenpoort/domain/texts';
import { csvCell } from '../registers/register-export';

type Language = 'nl' | 'en';

const HEADERS = {
  projectId: { nl: 'Project-id', en: 'Project id' },
  title: { nl: 'Project', en: 'Project' },
  department: { nl: 'Afdeling', en: 'Department' },
  status: { nl: 'Status', en: 'Status' },
  pinned: { nl: 'Beleidsversie nu', en: 'Policy version now' },
  verdict: { nl: 'Gevolg', en: 'Effect' },
  changes: { nl: 'Uitkomst van → naar', en: 'Outcome from → to' },
  rulesNewlyFiring: { nl: 'Regels die gaan gelden', en: 'Rules that would fire' },
  rulesNoLongerFiring: { nl: 'Regels die vervallen', en: 'Rules that would stop firing' },
  gatesOpened: { nl: 'Fasen die erbij komen', en: 'Gates that would open' },
  gatesClosed: { nl: 'Fasen die vervallen', en: 'Gates that would close' },
  missingAnswers: { nl: 'Vragen zonder antwoord', en: 'Questions never answered' },
  invalidAnswers: { nl: 'Antwoorden die niet meer passen', en: 'Answers no longer accepted' },
  droppedAnswers: { nl: 'Antwoorden op vervallen vragen', en: 'Answers to removed questions' },
} as const;

const COLUMNS = Object.keys(HEADERS) as Array<keyof typeof HEADERS>;

export const VERDICT_LABELS: Record<WhatIfVerdict, { nl: string; en: string }> = {
  unchanged: { nl: 'ongewijzigd', en: 'unchanged' },
  'reasons-changed': { nl: 'andere redenen, zelfde route', en: 'other reasons, same route' },
  changed: { nl: 'andere route', en: 'route changes' },
  'needs-new-quick-scan': { nl: 'nieuwe quickscan nodig', en: 'needs a new quick-scan' },
  'no-quick-scan': { nl: 'nog geen quickscan', en: 'no quick-scan yet' },
};

/** The header line, with the byte order mark spreadsheets need to read UTF-8. */
export function whatIfCsvHeader(lang: Language): string {
  return '\uFEFF' + COLUMNS.map((c) => csvCell(HEADERS[c][lang])).join(',') + '\r\n';
}

/** One affected project as a CSV line. */
export function whatIfCsvRow(r: WhatIfProjectResult, lang: Language): string {
  const gates = (ids: readonly string[]): string[] => ids.map((g) => GATE_LABELS[g as keyof typeof GATE_LABELS][lang]);
  const cells: Record<keyof typeof HEADERS, unknown> = {
    projectId: r.projectId,
    title: r.title,
    department: r.department,
    status: r.status,
    pinned: r.pinned ? String(r.pinned.version) : '',
    verdict: VERDICT_LABELS[r.verdict][lang],
    changes: r.changes.map((c) => `${c.dimension}: ${c.from} → ${c.to}`),
    rulesNewlyFiring: r.rulesNewlyFiring,
    rulesNoLongerFiring: r.rulesNoLongerFiring,
    gatesOpened: gates(r.gatesOpened),
    gatesClosed: gates(r.gatesClosed),
    missingAnswers: r.missingAnswers,
    invalidAnswers: r.invalidAnswers.map((i) => `${i.questionId}: ${i.message}`),
    droppedAnswers: r.droppedAnswers,
  };
  return COLUMNS.map((c) => csvCell(cells[c])).join(',') + '\r\n';
}
