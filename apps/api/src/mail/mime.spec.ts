import MailComposer from 'nodemailer/lib/mail-composer';
import { decodeHeaderValue, parseMail } from './mime';

/** Messages built by nodemailer's own composer, as the dispatcher sends them. */
async function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

const DUTCH =
  'Beste Anna,\n\nVastleggen hoe en wanneer de gemeenteraad is geïnformeerd – uiterlijk dinsdag 2 december 2025 om ' +
  '14:05. Een regel die langer is dan zesenzeventig tekens, zodat quoted-printable hem met zachte regeleinden breekt.\n';

describe('caught mail parsing', () => {
  it('decodes a quoted-printable UTF-8 body and an encoded subject', async () => {
    const raw = await compose({
      from: 'Waardenpoort <waardenpoort@enschede.nl>',
      to: 'Anna Jansen <anna@enschede.nl>',
      subject: 'Herinnering: raad geïnformeerd – Camera’s binnenstad',
      text: DUTCH,
    });
    const mail = parseMail(raw);
    expect(mail.headers.get('subject')).toEqual(['Herinnering: raad geïnformeerd – Camera’s binnenstad']);
    expect(mail.headers.get('to')).toEqual(['Anna Jansen <anna@enschede.nl>']);
    expect(mail.text).toBe(DUTCH);
  });

  it('takes the plain part of a multipart/alternative message, also in base64', async () => {
    const raw = await compose({
      from: 'a@enschede.nl',
      to: 'Élise Hoofd <elise@enschede.nl>',
      subject: 'Besluit',
      text: DUTCH,
      html: '<p>HTML</p>',
      textEncoding: 'base64',
    });
    const mail = parseMail(raw);
    expect(mail.headers.get('to')?.[0]).toBe('Élise Hoofd <elise@enschede.nl>');
    expect(mail.text).toBe(DUTCH);
  });

  it('falls back to the text of an HTML-only message', async () => {
    const raw = await compose({ from: 'a@b.nl', to: 'c@d.nl', subject: 'x', html: '<p>Eén &amp; twee</p><p>drie</p>' });
    expect(parseMail(raw).text.trim()).toBe('Eén & twee\ndrie');
  });

  it('keeps an attached calendar apart from the text, and gives it back decoded', async () => {
    const calendar = 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nSUMMARY:Geïnformeerd\r\nEND:VCALENDAR\r\n';
    const raw = await compose({
      from: 'a@b.nl',
      to: 'c@d.nl',
      subject: 'Nieuwe taak',
      text: DUTCH,
      attachments: [
        { filename: 'termijn.ics', content: calendar, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' },
        { filename: 'notitie.txt', content: 'geen tekst van de mail' },
      ],
    });
    const mail = parseMail(raw);
    expect(mail.text).toBe(DUTCH);
    expect(mail.calendars).toEqual([calendar]);
  });

  it('decodes adjacent encoded words and Latin-1', () => {
    expect(decodeHeaderValue('=?utf-8?Q?Caf=C3=A9?= =?utf-8?B?IGVuIHRoZWU=?=')).toBe('Café en thee');
    expect(decodeHeaderValue('=?iso-8859-1?Q?Ge=EFnformeerd?= (raad)')).toBe('Geïnformeerd (raad)');
  });
});
