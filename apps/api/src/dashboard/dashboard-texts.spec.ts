import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as ts from 'typescript';
import { DASHBOARD_DIR } from './dashboard-static';

/**
 * The dashboard says nothing in a language of its own: every text a person reads comes from the catalogues
 * (libs/domain/src/texts), through `t()`. This finds Dutch left in its modules' string and template literals: a
 * literal holding a common Dutch word (which the markup's classes, ids, paths and keys never do). Single Dutch
 * words that are none of these escape it; the browser suites' check for untranslated catalogue texts and their
 * English runs are the other half.
 */
const DUTCH_WORD =
  /(^|[^\p{L}-])(de|het|een|van|voor|niet|met|naar|geen|nog|bij|zijn|wordt|worden|uw|u|dat|die|deze|dit|er|ook|als|maar|om|tot|aan|op|is|kan|kunt|moet|heeft|hebt|wat|wie|waar|wanneer|nieuwe?|alle|afgerond|opslaan|annuleren|bekijk|terug|verder|geen|ja|nee)(?![\p{L}-])/iu;

/** A path, a kebab-case id or key: not prose, whatever words it holds. */
const NOT_PROSE = /^(?:\/[^\s]*|[a-z0-9]+(?:-[a-z0-9]+)*|\?[^\s]*)$/;

const JS_DIR = join(DASHBOARD_DIR, 'js');

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'domain' || entry.name === 'vendor' ? [] : modules(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}

/** Each string or template literal part of a module that reads as Dutch, with its line. */
export function dutchLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      const text = node.text;
      if (!NOT_PROSE.test(text.trim()) && DUTCH_WORD.test(text)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${relative(JS_DIR, file)}:${line} ${JSON.stringify(text)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the dashboard texts', () => {
  const files = modules(JS_DIR);

  it('come from the catalogues: no Dutch in the modules', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(files.flatMap(dutchLiterals)).toEqual([]);
  });

  it('finds Dutch where it is left, and not in classes, paths or keys', () => {
    const dir = mkdtempSync(join(tmpdir(), 'waardenpoort-texts-'));
    const file = join(dir, 'probe.js');
    writeFileSync(
      file,
      [
        "h('p', { class: 'utrecht-paragraph wp-form__actions' }, 'Er ging iets mis');",
        "navigate('/projecten/nieuw', { section: 'nieuw' });",
        'const text = `Volgende stap: ${step} van het project`;',
        "t('tasks.task.nextStep');",
      ].join('\n'),
    );
    try {
      expect(dutchLiterals(file)).toEqual([
        'probe.js:1 "Er ging iets mis"'.replace('probe.js', relative(JS_DIR, file)),
        'probe.js:3 " van het project"'.replace('probe.js', relative(JS_DIR, file)),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
