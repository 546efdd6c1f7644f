import type { AgendaItem, CommissionMeeting } from '@waardenpoort/persistence';
import ical from 'ical-generator';

/** RFC 4180 quoting, and a leading apostrophe where a spreadsheet would read a formula (CSV injection). */
function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = [
  'position',
  'project_id',
  'title',
  'department',
  'case_owner',
  'status',
  'risk_level',
  'placed',
  'placed_at',
];

/** The agenda as CSV, header first, one row per case in agenda order; hidden projects show only their id. */
export function agendaCsv(items: AgendaItem[]): string {
  const rows = items.map((item, i) => [
    i + 1,
    item.projectId,
    item.project?.title ?? null,
    item.project?.department ?? null,
    item.project?.caseOwnerName ?? null,
    item.project?.status ?? null,
    item.project?.riskLevel ?? null,
    item.how,
    item.assignedAt,
  ]);
  return [CSV_HEADER, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** How long a meeting lasts in a calendar when nothing says more. */
const MEETING_MINUTES = 120;

/** The meeting as one iCalendar event (RFC 5545), with the cases the reader may see in its description. */
export function meetingIcs(meeting: CommissionMeeting, items: AgendaItem[], publicUrl: string, now: Date): string {
  const base = publicUrl.replace(/\/+$/, '');
  const start = new Date(meeting.startsAt);
  const cal = ical({
    name: 'Ethische Commissie / Ethics Commission',
    prodId: { company: 'Gemeente Enschede', product: 'Waardenpoort', language: 'NL' },
  });
  const titles = items.filter((i) => i.project !== null).map((i, n) => `${n + 1}. ${i.project?.title ?? ''}`);
  cal.createEvent({
    id: `commission-meeting-${meeting.id}@waardenpoort`,
    stamp: now,
    start,
    end: new Date(start.getTime() + MEETING_MINUTES * 60_000),
    summary: 'Vergadering Ethische Commissie / Ethics Commission meeting',
    location: meeting.location ?? meeting.onlineUrl ?? undefined,
    description: [
      `Agenda (${items.length}):`,
      ...titles,
      `Inleveren uiterlijk / Submission deadline: ${meeting.submissionDeadline}`,
      `${base}/vergaderingen/${meeting.id}`,
    ].join('\n'),
    url: meeting.onlineUrl ?? `${base}/vergaderingen/${meeting.id}`,
  });
  return cal.toString();
}
