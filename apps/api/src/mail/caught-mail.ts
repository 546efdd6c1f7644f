import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseMail } from './parse-mail';

/** One message the local SMTP sink caught. */
export interface CaughtMail {
  /** The file name without `.eml` */
  id: string;
  /** ISO instant the sink stored it */
  receivedAt: string;
  from: string;
  /** The To header as the mail shows it */
  to: string;
  /** Where SMTP delivered it (RCPT TO) */
  envelopeTo: string[];
  subject: string;
  /** The Date header */
  date: string | null;
  messageId: string | null;
  /** The Content-Language header (`nl`, `en`): the language the mail is written in, when it says */
  language: string | null;
  text: string;
}

const FILE = /^(\d{13})-[A-Za-z0-9]+\.eml$/;

/**
 * Reads what the sink of `npm start` (scripts/lib/mail-sink.cjs) stored: one `.eml` file per message, named
 * `<epoch ms>-<random>.eml`, with the envelope recipients in an `X-Envelope-To` header in front. Newest first.
 */
export async function readCaughtMail(dir: string, options: { limit: number; to?: string }): Promise<CaughtMail[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    // No sink has caught anything yet: an empty mailbox, not an error.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const files = names.filter((n) => FILE.test(n)).sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
  const wanted = options.to?.toLowerCase();
  const found: CaughtMail[] = [];
  for (const name of files) {
    if (found.length >= options.limit) break;
    let raw: Buffer;
    try {
      raw = await readFile(join(dir, name));
    } catch {
      continue; // removed while we listed: fine
    }
    const mail = await parseMail(raw);
    const header = (h: string): string | null => mail.header(h) ?? null;
    const envelopeTo = (header('x-envelope-to') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const to = header('to') ?? '';
    if (wanted && !to.toLowerCase().includes(wanted) && !envelopeTo.some((a) => a.toLowerCase().includes(wanted))) {
      continue;
    }
    found.push({
      id: name.replace(/\.eml$/, ''),
      receivedAt: new Date(Number(FILE.exec(name)?.[1])).toISOString(),
      from: header('from') ?? '',
      to,
      envelopeTo,
      subject: header('subject') ?? '',
      date: instant(header('date')),
      messageId: header('message-id'),
      language: contentLanguage(header('content-language')),
      text: mail.text,
    });
  }
  return found;
}

/** The first language tag of a Content-Language header (RFC 3282), when it is one (BCP 47's shape); else null. */
function contentLanguage(header: string | null): string | null {
  const tag = header?.split(',')[0]?.trim() ?? '';
  return /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag) ? tag : null;
}

/** The Date header (RFC 5322) as an ISO 8601 instant, as every moment in the API is; null when it is none. */
function instant(header: string | null): string | null {
  const ms = header === null ? Number.NaN : Date.parse(header);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
