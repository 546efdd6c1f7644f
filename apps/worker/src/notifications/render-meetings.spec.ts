import { renderNotification, type MailNotification } from './render';

const PROJECT = { title: 'Slimme lantaarnpalen', department: 'Openbare Ruimte' };
const ANNA = { name: 'Anna Jansen', mailbox: false, language: 'nl' as const };
const URL = 'https://waardenpoort.enschede.nl/';

function meetingMail(payload: Record<string, unknown>, overrides: Partial<MailNotification> = {}): MailNotification {
  return {
    id: 'p1:9:commission-meeting:case-owner:anna',
    projectId: '6f1c2a52-4f0e-4a8e-9b1a-0d5a3a1c9e11',
    kind: 'commission-meeting',
    gate: 'commission-reflection',
    recipientRole: 'case-owner',
    dueAt: new Date('2027-01-11T22:59:59.999Z'),
    escalationLevel: 0,
    payload: { title: 'Slimme lantaarnpalen', meetingDate: '2027-01-14T18:00:00.000Z', ...payload },
    ...overrides,
  };
}

describe('mail about a place on a commission meeting', () => {
  it('tells the case owner the meeting and the submission deadline, Dutch first', () => {
    const mail = renderNotification(meetingMail({ reason: 'assigned' }), {
      addressee: ANNA,
      project: PROJECT,
      publicUrl: URL,
    });
    expect(mail.subject).toBe('Vergadering Ethische Commissie – Slimme lantaarnpalen');
    expect(mail.text).toContain(
      'op de agenda van de vergadering van de Ethische Commissie van donderdag 14 januari 2027',
    );
    expect(mail.text).toMatch(/Uiterlijk: +maandag 11 januari 2027 om 23:59/);
  });

  it('says in English that the meeting moved, or that the case waits for a place', () => {
    const en = { addressee: { ...ANNA, language: 'en' as const }, project: PROJECT, publicUrl: URL };
    expect(renderNotification(meetingMail({ reason: 'moved' }), en).text).toContain(
      'The project is now on the agenda of the meeting of Thursday, 14 January 2027',
    );
    expect(renderNotification(meetingMail({ reason: 'waiting' }, { dueAt: null }), en).text).toContain(
      'no planned meeting has room',
    );
    expect(renderNotification(meetingMail({ reason: 'placed' }), en).text).toContain(
      'The project waited for a place at the Ethics Commission and is now on the agenda of the meeting of Thursday',
    );
  });

  it("names the submission deadline as the case owner's task in a reminder while the case awaits the meeting", () => {
    const reminder = meetingMail(
      { step: 'await-meeting', reminder: 1 },
      { kind: 'reminder', id: 'p1:10:reminder:case-owner:anna' },
    );
    const mail = renderNotification(reminder, { addressee: ANNA, project: PROJECT, publicUrl: URL });
    expect(mail.text).toMatch(/Gevraagd: +Stukken aanleveren voor de vergadering van de Ethische Commissie/);
  });
});
