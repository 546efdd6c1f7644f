/**
 * Just enough MIME (RFC 2045-2047) to show caught mail: headers with encoded words, the plain-text body of a single
 * or multipart message, quoted-printable and base64, any charset TextDecoder knows. Bytes are carried as latin1
 * strings (one char per byte) until a part's charset is known.
 */

export interface ParsedMail {
  /** Lower-cased names; values unfolded and decoded, in order of appearance */
  headers: Map<string, string[]>;
  /** The text/plain body (or the text of an HTML body when there is no plain one), with \n line ends */
  text: string;
  /** Every text/calendar part (an attached deadline), decoded, in order */
  calendars: string[];
}

function decodeBytes(bytes: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder((charset ?? 'utf-8').trim().toLowerCase()).decode(bytes);
  } catch {
    // An unknown charset label: UTF-8 shows most mail right, and never throws.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function latin1(bytes: string): Buffer {
  return Buffer.from(bytes, 'latin1');
}

function decodeQuotedPrintable(body: string): Buffer {
  const joined = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else {
      out.push(joined.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** RFC 2047: `=?utf-8?Q?Besluit_genomen?=` and `=?utf-8?B?...?=`; whitespace between two encoded words goes. */
export function decodeHeaderValue(value: string): string {
  const word = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;
  return value
    .replace(/(=\?[^?\s]+\?[BbQq]\?[^?\s]*\?=)\s+(?==\?)/g, '$1')
    .replace(word, (_all, charset: string, enc: string, text: string) => {
      const bytes =
        enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQuotedPrintable(text.replace(/_/g, ' '));
      // A language suffix (RFC 2231: utf-8*nl) is not part of the charset.
      return decodeBytes(bytes, charset.split('*')[0]);
    });
}

function splitHead(raw: string): { head: string; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { head: raw, body: '' };
  return { head: raw.slice(0, match.index), body: raw.slice(match.index + match[0].length) };
}

function parseHeaders(head: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    // Raw header bytes beyond ASCII are UTF-8 in practice (RFC 6532).
    const value = decodeHeaderValue(decodeBytes(latin1(line.slice(colon + 1).trim()), 'utf-8'));
    headers.set(name, [...(headers.get(name) ?? []), value]);
  }
  return headers;
}

interface ContentType {
  type: string;
  params: Record<string, string>;
}

function contentType(headers: Map<string, string[]>): ContentType {
  const value = headers.get('content-type')?.[0] ?? 'text/plain; charset=us-ascii';
  const [type = 'text/plain', ...rest] = value.split(';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    params[p.slice(0, eq).trim().toLowerCase()] = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { type: type.trim().toLowerCase(), params };
}

function bodyBytes(headers: Map<string, string[]>, body: string): Buffer {
  const encoding = (headers.get('content-transfer-encoding')?.[0] ?? '7bit').trim().toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return latin1(body);
}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|h\d|tr)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The best text of an entity: text/plain first, then text/html, searched depth-first through multiparts. */
interface Found {
  plain?: string;
  html?: string;
  calendars: string[];
}

function textOf(headers: Map<string, string[]>, body: string, depth = 0): Found {
  const ct = contentType(headers);
  if (ct.type.startsWith('multipart/') && ct.params['boundary'] && depth < 10) {
    const delimiter = `--${ct.params['boundary']}`;
    const parts = body.split(new RegExp(`(?:^|\\r?\\n)${delimiter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    const found: Found = { calendars: [] };
    // The first piece is the preamble; a piece starting with "--" is the epilogue after the closing delimiter.
    for (const part of parts.slice(1)) {
      if (part.startsWith('--')) break;
      const { head, body: partBody } = splitHead(part.replace(/^[ \t]*\r?\n/, ''));
      const inner = textOf(parseHeaders(head), partBody, depth + 1);
      found.plain ??= inner.plain;
      found.html ??= inner.html;
      found.calendars.push(...inner.calendars);
    }
    return found;
  }
  const decoded = (): string => decodeBytes(bodyBytes(headers, body), ct.params['charset']);
  // An attachment's text is not the message's text.
  const attached = /^attachment/i.test(headers.get('content-disposition')?.[0] ?? '');
  if (ct.type === 'text/calendar') return { calendars: [decoded()] };
  if (ct.type === 'text/plain' && !attached) return { plain: decoded(), calendars: [] };
  if (ct.type === 'text/html' && !attached) return { html: decoded(), calendars: [] };
  return { calendars: [] };
}

/** Parses a whole message as it came over SMTP. */
export function parseMail(raw: Buffer): ParsedMail {
  const { head, body } = splitHead(raw.toString('latin1'));
  const headers = parseHeaders(head);
  const { plain, html, calendars } = textOf(headers, body);
  const text = plain ?? (html !== undefined ? htmlToText(html) : '');
  return { headers, text: text.replace(/\r\n/g, '\n'), calendars };
}
