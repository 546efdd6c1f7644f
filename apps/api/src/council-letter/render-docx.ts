import { AlignmentType, Document, Footer, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { LetterBlock, LetterDocument } from './letter-content';

/** One run per line: a multi-line text keeps its line breaks as Word breaks, never as raw characters. */
function runs(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}), ...options }));
}

function paragraphsOf(block: LetterBlock): Paragraph[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(block.text) })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, children: runs(block.text) })];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.text), spacing: { after: 160 } })];
    case 'fields':
      return block.rows.map(
        (row) => new Paragraph({ children: [new TextRun({ text: `${row.label}: `, bold: true }), ...runs(row.value)] }),
      );
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
  }
}

/** The letter as an editable Word document (.docx): the liaison edits it before sending. */
export async function renderDocx(letter: LetterDocument): Promise<Buffer> {
  const language = { value: letter.lang === 'nl' ? 'nl-NL' : 'en-GB' };
  const doc = new Document({
    creator: 'Waardenpoort',
    title: letter.properties.title,
    subject: letter.properties.subject,
    keywords: letter.properties.keywords,
    description: letter.properties.description,
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.LEFT, children: runs(letter.footer, { size: 16 }) })],
          }),
        },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(letter.title) }),
          new Paragraph({ children: runs(letter.draftNotice, { italics: true }), spacing: { after: 240 } }),
          ...letter.meta.map(
            (m) => new Paragraph({ children: [new TextRun({ text: `${m.label}: `, bold: true }), ...runs(m.value)] }),
          ),
          new Paragraph({ children: [] }),
          ...letter.blocks.flatMap(paragraphsOf),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
