import { createTransport } from 'nodemailer';
import { SmtpRecorder } from '../support/smtp-recorder';

/**
 * The SMTP server the notification suites read mail from: what they assert on (decoded headers, the text in either
 * language, the attached deadline) is what it makes of messages that nodemailer, the worker's mailer, sends.
 */
describe('SmtpRecorder', () => {
  let recorder: SmtpRecorder;
  beforeAll(async () => {
    recorder = await SmtpRecorder.start();
  });
  afterAll(() => recorder.close());

  const send = (options: Parameters<ReturnType<typeof createTransport>['sendMail']>[0]) =>
    createTransport({ host: '127.0.0.1', port: recorder.port, secure: false, ignoreTLS: true }).sendMail({
      from: { name: 'Waardenpoort', address: 'waardenpoort@enschede.nl' },
      ...options,
    });

  const DUTCH =
    'Beste Anna,\n\nVastleggen hoe en wanneer de gemeenteraad is geïnformeerd – uiterlijk dinsdag 2 december 2025 ' +
    'om 14:05. Een regel die langer is dan zesenzeventig tekens, zodat quoted-printable hem breekt.\n';
  const ENGLISH = 'Dear Anna,\n\nRecord how and when the council was informed – by Tuesday 2 December 2025.\n';
  const CALENDAR = 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nSUMMARY:Raad geïnformeerd\r\nEND:VCALENDAR\r\n';

  it('decodes encoded-word headers, a quoted-printable body and the X-Waardenpoort headers', async () => {
    await send({
      to: { name: 'Anna Jansen', address: 'Anna@enschede.example' },
      subject: 'Herinnering: raad geïnformeerd – Camera’s binnenstad',
      text: DUTCH,
      headers: { 'X-Waardenpoort-Project': 'p-1', 'X-Waardenpoort-Kind': 'reminder', 'Content-Language': 'nl' },
    });
    const [mail] = recorder.forProject('p-1');
    expect(mail).toMatchObject({
      rcpt: 'anna@enschede.example',
      to: 'Anna Jansen <Anna@enschede.example>',
      subject: 'Herinnering: raad geïnformeerd – Camera’s binnenstad',
      text: DUTCH,
      kind: 'reminder',
      calendars: [],
    });
    expect(mail?.header('Content-Language')).toBe('nl');
    expect(mail?.messageId).toMatch(/^<.+@.+>$/);
  });

  it('reads the Dutch text of a base64 multipart/alternative with English HTML, and an attached .ics apart', async () => {
    await send({
      to: 'pieter@enschede.example',
      subject: 'Nieuwe taak / New task',
      text: DUTCH,
      html: `<p>${ENGLISH}</p>`,
      textEncoding: 'base64',
      attachments: [
        { filename: 'termijn.ics', content: CALENDAR, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
      ],
      headers: { 'X-Waardenpoort-Project': 'p-2' },
    });
    const [mail] = recorder.forProject('p-2');
    expect(mail?.text).toBe(DUTCH);
    expect(mail?.calendars).toEqual([CALENDAR]);
  });

  it('records a message it refuses at the end of DATA without accepting it', async () => {
    recorder.faultData = (m) => (m.projectId === 'p-3' ? { code: 451, message: 'try later' } : null);
    await expect(
      send({ to: 'x@enschede.example', subject: 's', text: ENGLISH, headers: { 'X-Waardenpoort-Project': 'p-3' } }),
    ).rejects.toMatchObject({ responseCode: 451 });
    recorder.faultData = null;
    expect(recorder.seen.filter((m) => m.projectId === 'p-3').map((m) => m.text)).toEqual([ENGLISH]);
    expect(recorder.forProject('p-3')).toEqual([]);
  });
});
