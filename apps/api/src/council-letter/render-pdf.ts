import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { LetterBlock, LetterDocument } from './letter-content';

/**
 * DejaVu Sans, embedded (subset) in every PDF: it has every Latin letter Dutch needs (ë, ï, é, ĳ) and far more, and
 * a ToUnicode map, so text copied or extracted from the PDF is the text that was written.
 */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONTS = { body: join(FONT_DIR, 'DejaVuSans.ttf'), bold: join(FONT_DIR, 'DejaVuSans-Bold.ttf') };

const MARGIN = 64;

function write(doc: PDFKit.PDFDocument, block: LetterBlock): void {
  switch (block.kind) {
    case 'heading':
      doc.moveDown(0.6).font('bold').fontSize(13).text(block.text).moveDown(0.3);
      return;
    case 'subheading':
      doc.moveDown(0.3).font('bold').fontSize(11).text(block.text).moveDown(0.15);
      return;
    case 'paragraph':
      doc.font('body').fontSize(10.5).text(block.text, { paragraphGap: 6 });
      return;
    case 'fields':
      for (const row of block.rows) {
        doc.font('bold').fontSize(10.5).text(`${row.label}: `, { continued: true });
        doc.font('body').text(row.value);
      }
      doc.moveDown(0.3);
      return;
    case 'list':
      doc.font('body').fontSize(10.5).list(block.items, { bulletRadius: 2, textIndent: 12, paragraphGap: 2 });
      doc.moveDown(0.3);
      return;
  }
}

/** The letter as PDF (A4, fonts embedded, the footer with the template's policy version on every page). */
export function renderPdf(letter: LetterDocument): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: letter.lang === 'nl' ? 'nl-NL' : 'en-GB',
    displayTitle: true,
    info: {
      Title: letter.properties.title,
      Subject: letter.properties.subject,
      Keywords: letter.properties.keywords,
      Author: 'Waardenpoort',
      Creator: 'Waardenpoort',
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', FONTS.body);
  doc.registerFont('bold', FONTS.bold);

  doc.font('bold').fontSize(18).text(letter.title).moveDown(0.4);
  doc.font('body').fontSize(9.5).fillColor('#444444').text(letter.draftNotice).fillColor('black').moveDown(0.6);
  write(doc, { kind: 'fields', rows: letter.meta });
  doc.moveDown(0.5);
  for (const block of letter.blocks) write(doc, block);

  // The footer on every page, written in the bottom margin (which would otherwise start a new page).
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(7.5)
      .fillColor('#444444')
      .text(`${letter.footer} · ${i + 1}/${range.count}`, MARGIN, doc.page.height - MARGIN / 2 - 8, {
        width: doc.page.width - 2 * MARGIN,
        lineBreak: true,
        height: MARGIN / 2,
        ellipsis: true,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
