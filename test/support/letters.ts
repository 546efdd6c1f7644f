import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';

/** What a generated letter says, read back the way a person's tools would read it. */

/** The text of a .docx (mammoth), its document.xml as written, and its core properties (docProps/core.xml). */
export async function readDocx(body: Buffer): Promise<{ text: string; documentXml: string; coreXml: string }> {
  const { value } = await mammoth.extractRawText({ buffer: body });
  const zip = await JSZip.loadAsync(body);
  const documentXml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const coreXml = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  return { text: value, documentXml, coreXml };
}

/** The text of a PDF (PDF.js through unpdf), its page count and its document information. */
export function readPdf(body: Buffer): { pages: number; text: string; info: Record<string, unknown> } {
  const out = execFileSync(process.execPath, [join(__dirname, 'pdf-text.mjs')], {
    input: body,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return JSON.parse(out.toString('utf8')) as { pages: number; text: string; info: Record<string, unknown> };
}
