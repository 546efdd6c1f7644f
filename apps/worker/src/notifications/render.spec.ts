import { routingNote } from './organisation-routing';
import { messageIdFor, renderDigest, renderNotification, type MailNotification } from './render';

const PROJECT = { title: 'Slimme lantaarnpalen', department: 'Openbare Ruimte' };
const ANNA = { name: 'Anna Jansen', mailbox: false, language: 'nl' as const };
const URL = 'https://waardenpoort.enschede.nl/';

function notification(overrides: Partial<MailNotification> = {}): MailNotification {
  return {
    id: 'p1:3:reminder:case-owner:anna',
    projectId: '6f1c2a52-4f0e-4a8e-9b1a-0d5a3a1c9e11',
    kind: 'reminder',
    gate: 'quick-scan',
    recipientRole: 'case-owner',
    dueAt: new Date('2025-12-02T13:05:00Z'),
    escalationLevel: 0,
    payload: { title: 'Slimme lantaarnpalen', step: 'answer-quick-scan', reminder: 1 },
    ...overrides,
  };
}

describe('mail rendering', () => {
  it('says in Dutch what is asked, of which project, by when, with a link to the task', () => {
    const mail = renderNotification(notification(), { addressee: ANNA, project: PROJECT, publicUrl: URL });
    expect(mail.subject).toBe(
      'Herinnering: De ethische quickscan invullen – Slimme lantaarnpalen, uiterlijk 2 december om 14:05',
    );
    expect(mail.language).toBe('nl');
    expect(mail.text).toContain('Beste Anna Jansen,');
    expect(mail.text).toMatch(/Gevraagd: +De ethische quickscan invullen/);
    expect(mail.text).toMatch(/Project: +Slimme lantaarnpalen/);
    expect(mail.text).toMatch(/Afdeling: +Openbare Ruimte/);
    expect(mail.text).toMatch(/Fase: +Ethische quickscan/);
    expect(mail.text).toMatch(/Uiterlijk: +dinsdag 2 december 2025 om 14:05 \(Nederlandse tijd\)/);
    expect(mail.text).toContain(
      'Open de taak: https://waardenpoort.enschede.nl/projects/6f1c2a52-4f0e-4a8e-9b1a-0d5a3a1c9e11',
    );
    expect(mail.text).toContain('als projectleider / opdrachtgever');
  });

  it('writes English for a person who prefers it', () => {
    const mail = renderNotification(notification({ kind: 'task-opened' }), {
      addressee: { ...ANNA, language: 'en' },
      project: PROJECT,
      publicUrl: URL,
    });
    expect(mail.subject).toBe('New task: Fill in the ethical quick-scan – Slimme lantaarnpalen');
    expect(mail.text).toContain('Dear Anna Jansen,');
    expect(mail.text).toMatch(/Due by: +Tuesday, 2 December 2025 at 14:05 \(Dutch time\)/);
    expect(mail.text).toContain('Open the task: https://waardenpoort.enschede.nl/projects/');
  });

  it('asks the escalation role to step in, naming the level and the deadline that passed', () => {
    const mail = renderNotification(
      notification({ kind: 'escalation', recipientRole: 'department-head', escalationLevel: 1 }),
      { addressee: { name: 'Afdelingshoofd', mailbox: true, language: 'nl' }, project: PROJECT, publicUrl: URL },
    );
    expect(mail.subject).toBe('Escalatie: termijn verstreken – Slimme lantaarnpalen');
    expect(mail.text).toContain("Beste collega's,");
    expect(mail.text).toContain('U ontvangt dit bericht als afdelingshoofd');
    expect(mail.text).toMatch(/Termijn was: +dinsdag 2 december 2025 om 14:05/);
    expect(mail.text).toMatch(/Escalatieniveau: +1/);
    expect(mail.text).toContain('gedeelde mailbox alle berichten voor de rol afdelingshoofd');
  });

  it('explains a stop for a prohibited AI practice without asking for a task', () => {
    const mail = renderNotification(
      notification({
        kind: 'escalation',
        recipientRole: 'cio-office',
        dueAt: null,
        escalationLevel: 1,
        payload: { title: 'Emotieherkenning', reason: 'ai-act-prohibited-practice' },
      }),
      { addressee: { name: 'CIO Office', mailbox: true, language: 'nl' }, project: null, publicUrl: URL },
    );
    expect(mail.subject).toBe('Escalatie: verboden AI-toepassing, project gestopt – Emotieherkenning');
    expect(mail.text).toContain('AI-verordening, artikel 5');
    expect(mail.text).not.toContain('Gevraagd');
    expect(mail.text).toContain('Bekijk het project: https://waardenpoort.enschede.nl/projects/');
    expect(mail.text).toContain('rol CIO Office');
  });

  it('names the outcome of a decision', () => {
    const mail = renderNotification(
      notification({
        kind: 'decision',
        gate: 'portfolio-decision',
        dueAt: null,
        payload: { title: 'X', outcome: 'approved-with-conditions' },
      }),
      { addressee: ANNA, project: PROJECT, publicUrl: URL },
    );
    expect(mail.subject).toBe('Besluit genomen: X is goedgekeurd onder voorwaarden');
    expect(mail.text).toMatch(/Besluit: +goedgekeurd onder voorwaarden/);
  });

  it('puts a day of tasks and reminders in one digest, oldest first, each with its link', () => {
    const first = notification({ kind: 'task-opened', id: 'a' });
    const second = notification({
      id: 'b',
      projectId: '00000000-0000-0000-0000-000000000002',
      payload: { title: 'Drones', step: 'submit-dpia' },
    });
    const mail = renderDigest(
      [
        { notification: first, project: PROJECT },
        { notification: second, project: null },
      ],
      { addressee: ANNA, publicUrl: URL },
    );
    expect(mail.subject).toBe('Dagelijks overzicht Waardenpoort: 2 berichten');
    expect(mail.text.indexOf('1. Nieuwe taak – Slimme lantaarnpalen')).toBeGreaterThan(0);
    expect(mail.text.indexOf('2. Herinnering – Drones')).toBeGreaterThan(mail.text.indexOf('1. Nieuwe taak'));
    expect(mail.text).toMatch(/ {3}Gevraagd: +De DPIA/);
    expect(mail.text).toMatch(
      / {3}Openen: +https:\/\/waardenpoort\.enschede\.nl\/projects\/00000000-0000-0000-0000-000000000002/,
    );
    expect(
      renderDigest([{ notification: first, project: PROJECT }], {
        addressee: { ...ANNA, language: 'en' },
        publicUrl: URL,
      }).subject,
    ).toBe('Daily Waardenpoort digest: 1 message');
  });

  it("keeps a rerouted department head's task's reason in its digest entry, Dutch first, for either language", () => {
    const rerouted = notification({ id: 'a', kind: 'task-opened', recipientRole: 'department-head' });
    const own = notification({ id: 'b', projectId: '00000000-0000-0000-0000-000000000002' });
    const note = routingNote({ department: 'Onbekend', reason: 'department-unknown' });
    expect(note).not.toBeNull();
    for (const language of ['nl', 'en'] as const) {
      const { text } = renderDigest(
        [
          { notification: rerouted, project: { ...PROJECT, department: 'Onbekend' }, note },
          { notification: own, project: PROJECT, note: null },
        ],
        { addressee: { ...ANNA, language }, publicUrl: URL },
      );
      const [entry, rest] = text.split(/\n\n2\. /);
      const nl = entry.indexOf('   Deze escalatie gaat naar het CIO-office omdat de afdeling Onbekend niet bekend is');
      const en = entry.indexOf(
        '   This escalation goes to the CIO office because the department Onbekend is not known',
      );
      expect(nl).toBeGreaterThan(entry.indexOf('1. '));
      expect(en).toBeGreaterThan(nl);
      // Only the rerouted entry carries it.
      expect(rest).not.toContain('CIO');
    }
  });

  it('derives the Message-ID from the notification and recipient only', () => {
    const a = messageIdFor('n1\nanna@enschede.nl', 'waardenpoort@enschede.nl');
    expect(a).toMatch(/^<wp\.[0-9a-f]{40}@enschede\.nl>$/);
    expect(messageIdFor('n1\nanna@enschede.nl', 'waardenpoort@enschede.nl')).toBe(a);
    expect(messageIdFor('n1\nhans@enschede.nl', 'waardenpoort@enschede.nl')).not.toBe(a);
  });
});
