import { simpleParser, type AddressObject, type Attachment, type HeaderValue } from 'mailparser';

/** A message as the caught-mail route and the test suites' SMTP recorder read it (MIME decoding by mailparser). */
export interface ParsedMail {
  /** The first value of a header (name in any case), decoded: encoded words, addresses as `Name <address>` */
  header(name: string): string | undefined;
  /** The text/plain body (or the text of an HTML body when there is no plain one), with \n line ends */
  text: string;
  /** Every text/calendar part (an attached deadline), decoded, in order */
  calendars: string[];
}

function isAddressObject(value: unknown): value is AddressObject {
  return typeof value === 'object' && value !== null && Array.isArray((value as AddressObject).value);
}

/** `Name <address>, address`: as the dispatcher wrote it, without the quotes mailparser's `text` adds to names. */
function formatAddresses(list: AddressObject | AddressObject[]): string {
  return (Array.isArray(list) ? list : [list])
    .flatMap((a) => a.value)
    .map((a) => (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? '')))
    .join(', ');
}

function decodeCalendar(part: Attachment): string {
  const type = part.headers.get('content-type') as { params?: Record<string, string> } | undefined;
  const charset = type?.params?.['charset'] ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(part.content);
  } catch {
    // An unknown charset label: UTF-8 shows most calendars right, and never throws.
    return new TextDecoder('utf-8').decode(part.content);
  }
}

/** Parses a whole message as it came over SMTP (or as the sink of `npm start` stored it). */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  const mail = await simpleParser(raw, { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  // The unparsed lines, for headers mailparser turns into objects (Date becomes a Date; the route shows the text).
  const rawValue = (name: string): string | undefined => {
    const line = mail.headerLines.find((h) => h.key === name)?.line;
    return line === undefined
      ? undefined
      : line
          .slice(line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim();
  };
  const header = (name: string): string | undefined => {
    const key = name.toLowerCase();
    const value: HeaderValue | undefined = mail.headers.get(key);
    if (value === undefined) return undefined;
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
    if (isAddressObject(value) || (Array.isArray(value) && value.every(isAddressObject))) {
      return formatAddresses(value);
    }
    return rawValue(key);
  };
  return {
    header,
    text: (mail.text ?? '').replace(/\r\n/g, '\n'),
    calendars: mail.attachments.filter((a) => a.contentType === 'text/calendar').map(decodeCalendar),
  };
}
