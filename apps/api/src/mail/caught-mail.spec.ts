import MailComposer from 'nodemailer/lib/mail-composer';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCaughtMail } from './caught-mail';

/** A message as nodemailer's composer builds it, stored as the sink of `npm start` stores it. */
async function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

const DUTCH =
  'Beste Anna,\n\nVastleggen hoe en wanneer de gemeenteraad is geïnformeerd – uiterlijk dinsdag 2 december 2025 om ' +
  '14:05. Een regel die langer is dan zesenzeventig tekens, zodat quoted-printable hem met zachte regeleinden breekt.\n';
const ENGLISH = 'Dear Anna,\n\nRecord how and when the council was informed – by Tuesday 2 December 2025 at 14:05.\n';

describe('caught mail (GET /api/v1/mail in dev mode)', () => {
  let dir: string;
  let seq = 0;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'waardenpoort-caught-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** As scripts/lib/mail-sink.cjs writes it: the envelope in front, `<epoch ms>-<random>.eml`. */
  function store(raw: Buffer, envelopeTo: string[]): void {
    seq += 1;
    const envelope = `X-Envelope-From: waardenpoort@enschede.nl\r\nX-Envelope-To: ${envelopeTo.join(', ')}\r\n`;
    writeFileSync(join(dir, `${1_765_000_000_000 + seq}-abc${seq}.eml`), Buffer.concat([Buffer.from(envelope), raw]));
  }

  it('decodes encoded-word headers and a quoted-printable UTF-8 body', async () => {
    store(
      await compose({
        from: 'Waardenpoort <waardenpoort@enschede.nl>',
        to: 'Élise Hoofd <elise@enschede.nl>',
        subject: 'Herinnering: raad geïnformeerd – Camera’s binnenstad',
        text: DUTCH,
        date: new Date('2025-11-28T09:00:00Z'),
        messageId: '<1@waardenpoort>',
        headers: { 'Content-Language': 'nl' },
      }),
      ['elise@enschede.nl'],
    );
    const [mail] = await readCaughtMail(dir, { limit: 10 });
    expect(mail).toMatchObject({
      from: 'Waardenpoort <waardenpoort@enschede.nl>',
      to: 'Élise Hoofd <elise@enschede.nl>',
      envelopeTo: ['elise@enschede.nl'],
      subject: 'Herinnering: raad geïnformeerd – Camera’s binnenstad',
      // The Date header as an ISO instant (the route's documented date-time).
      date: '2025-11-28T09:00:00.000Z',
      messageId: '<1@waardenpoort>',
      language: 'nl',
      text: DUTCH,
    });
  });

  it('decodes adjacent encoded words and Latin-1 written by another mailer', async () => {
    const raw = Buffer.from(
      'From: =?iso-8859-1?Q?Ren=E9?= <rene@example.nl>\r\nTo: anna@enschede.nl\r\n' +
        'Subject: =?utf-8?Q?Caf=C3=A9?= =?utf-8?B?IGVuIHRoZWU=?= =?iso-8859-1?Q?ge=EFnformeerd?= (raad)\r\n' +
        'Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
    );
    store(Buffer.concat([raw, Buffer.from('Geïnformeerd.\r\n', 'latin1')]), ['anna@enschede.nl']);
    const [mail] = await readCaughtMail(dir, { limit: 10 });
    expect(mail).toMatchObject({
      // No Content-Language: the mail does not say.
      language: null,
      from: 'René <rene@example.nl>',
      subject: 'Café en theegeïnformeerd (raad)',
      text: 'Geïnformeerd.\n',
    });
  });

  it('shows the Dutch plain text of a multipart/alternative message with an English HTML part, also in base64', async () => {
    store(
      await compose({
        from: 'waardenpoort@enschede.nl',
        to: 'Anna Jansen <anna@enschede.nl>',
        subject: 'Besluit / Decision',
        text: DUTCH,
        html: `<p>${ENGLISH.replace(/\n/g, '<br>')}</p>`,
        textEncoding: 'base64',
      }),
      ['anna@enschede.nl'],
    );
    const [mail] = await readCaughtMail(dir, { limit: 10 });
    expect(mail?.text).toBe(DUTCH);
  });

  it('shows Dutch and English text parts of one message both, and the text of an HTML-only one', async () => {
    store(
      await compose({
        from: 'waardenpoort@enschede.nl',
        to: 'anna@enschede.nl',
        subject: 'Twee talen',
        alternatives: [{ contentType: 'text/plain; charset=utf-8', content: ENGLISH }],
        text: DUTCH,
      }),
      ['anna@enschede.nl'],
    );
    store(await compose({ from: 'a@b.nl', to: 'c@d.nl', subject: 'x', html: '<p>Eén &amp; twee</p><p>drie</p>' }), [
      'c@d.nl',
    ]);
    const [htmlOnly, both] = await readCaughtMail(dir, { limit: 10 });
    expect(htmlOnly?.text.trim().split(/\n+/)).toEqual(['Eén & twee', 'drie']);
    expect(both?.text).toContain('geïnformeerd');
    expect(both?.text).toContain('council was informed');
  });

  it('leaves attachments such as the .ics of a deadline out of the text', async () => {
    store(
      await compose({
        from: 'a@b.nl',
        to: 'c@d.nl',
        subject: 'Nieuwe taak',
        text: DUTCH,
        attachments: [
          {
            filename: 'termijn.ics',
            content: 'BEGIN:VCALENDAR\r\nMETHOD:PUBLISH\r\nSUMMARY:Geïnformeerd\r\nEND:VCALENDAR\r\n',
            contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          },
          { filename: 'notitie.txt', content: 'geen tekst van de mail' },
        ],
      }),
      ['c@d.nl'],
    );
    const [mail] = await readCaughtMail(dir, { limit: 10 });
    expect(mail?.text).toBe(DUTCH);
  });

  it('lists newest first, filters on a recipient and reads an empty mailbox as none', async () => {
    for (const to of ['anna@enschede.nl', 'pieter@enschede.nl', 'anna@enschede.nl']) {
      store(await compose({ from: 'a@b.nl', to, subject: `voor ${to}`, text: 'x' }), [to]);
    }
    const anna = await readCaughtMail(dir, { limit: 10, to: 'ANNA@' });
    expect(anna.map((m) => m.id)).toEqual([
      `${1_765_000_000_000 + seq}-abc${seq}`,
      `${1_765_000_000_000 + seq - 2}-abc${seq - 2}`,
    ]);
    expect(await readCaughtMail(dir, { limit: 1 })).toHaveLength(1);
    expect(await readCaughtMail(join(dir, 'missing'), { limit: 10 })).toEqual([]);
  });
});
