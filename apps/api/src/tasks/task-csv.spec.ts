import { tasksCsv, type CsvTask } from './task-csv';

const task: CsvTask = {
  id: 'p1:quick-scan:0',
  gate: 'quick-scan',
  step: 'answer-quick-scan',
  assigneeRole: 'case-owner',
  assigneeSub: 'anna.jansen',
  openedAt: '2026-12-07T09:00:00.000Z',
  dueAt: '2026-12-10T15:00:00.000Z',
  overdue: false,
  escalationLevel: 1,
  project: { id: 'p1', title: '=SUM(A1:A9), "nu"', department: '-Wijk' },
};

describe('tasks as CSV', () => {
  it('starts with a BOM and Dutch headers, and writes Amsterdam times and Dutch labels', () => {
    const csv = tasksCsv([task], 'nl', 'https://wp.example/');
    expect(csv.startsWith('\uFEFFTaak,Fase,Project,Afdeling,Voor rol,')).toBe(true);
    const row = csv.split('\r\n')[1];
    expect(row).toContain('De ethische quickscan invullen,Ethische quickscan');
    expect(row).toContain(',2026-12-07 10:00,2026-12-10 16:00,nee,1,');
    expect(row).toContain('https://wp.example/projecten/p1/taak/answer-quick-scan');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('defuses formulas and quotes what needs quoting', () => {
    const row = tasksCsv([task], 'nl', 'https://wp.example').split('\r\n')[1] ?? '';
    expect(row).toContain(`"'=SUM(A1:A9), ""nu""",'-Wijk,`);
  });

  it('writes English headers and labels with lang=en, and leaves out who it is not the reader’s to see', () => {
    const csv = tasksCsv([{ ...task, assigneeSub: undefined, overdue: true }], 'en', 'https://wp.example');
    const [header, row] = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'Task,Stage,Project,Department,For role,Assigned to,Opened (Amsterdam time),Due (Amsterdam time),Overdue,' +
        'Escalation level,Link,Project id,Task id',
    );
    expect(row).toContain('Fill in the ethical quick-scan');
    expect(row).toContain(',Case owner,,2026-12-07 10:00,');
    expect(row).toContain(',yes,1,');
  });
});
