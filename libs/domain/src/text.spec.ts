import fc from 'fast-check';
import { checkTextTree, textProblem } from './text';

describe('the text rule', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['BEL', 'a\u0007'],
    ['ESC', '\u001b[31mrood'],
    ['DEL', 'a\u007f'],
    ['C1 NEL', 'a\u0085b'],
    ['C1 CSI', '\u009b'],
    ['lone high surrogate', 'a\ud800b'],
    ['lone high surrogate at the end', 'ab\udbff'],
    ['lone low surrogate', '\udc00ab'],
    ['reversed pair', '\udc00\ud800'],
    ['non-character U+FFFE', 'a\ufffe'],
    ['non-character U+FDD0', '\ufdd0'],
    ['non-character U+1FFFF', '\ud83f\udfff'],
    ['non-character U+10FFFF', '\udbff\udfff'],
  ])('refuses %s in every field', (_what, value) => {
    expect(textProblem(value, 'line')).not.toBeNull();
    expect(textProblem(value, 'text')).not.toBeNull();
  });

  it.each([
    ['LF', 'a\nb'],
    ['CR LF', 'a\r\nb'],
    ['TAB', 'a\tb'],
    ['RLO', 'a\u202eb'],
    ['LRE', '\u202a'],
    ['FSI', '\u2068x\u2069'],
    ['line separator', 'a\u2028b'],
  ])('refuses %s in one-line fields and keeps it in multi-line ones', (_what, value) => {
    expect(textProblem(value, 'line')).not.toBeNull();
    expect(textProblem(value, 'text')).toBeNull();
  });

  it('accepts ordinary text from every script, emoji included', () => {
    for (const ok of ["Camera's Oude Markt", 'Ĳsselmeer café', 'مرحبا', '日本語', '👩🏽‍💻 team', 'ü']) {
      expect(textProblem(ok, 'line')).toBeNull();
    }
  });

  it('names each wrong field by its path, checks keys and numbers, and makes accepted text NFC in place', () => {
    const body: Record<string, unknown> = {
      title: 'Cafe\u0301', // e + combining acute: NFC makes it one code point
      elements: { risks: 'ok\nok', measures: 'x\u0000' },
      questions: ['goed', 'fout\ud800'],
      answers: { 'a\u0000': true, n: Infinity, big: 2 ** 60 },
    };
    const issues = checkTextTree(body, {
      kindOf: (field, _h, _k, inherited) => (field.startsWith('elements.') ? 'text' : inherited),
      normalise: true,
    });
    expect(issues.map((i) => i.field).sort()).toEqual(
      ['answers', 'answers.big', 'answers.n', 'elements.measures', 'questions[1]'].sort(),
    );
    expect(body.title).toBe('Caf\u00e9');
    expect(checkTextTree({ s: 'ok\nok' })).toHaveLength(1); // one-line by default
  });

  it('refuses a value nested deeper than the limit instead of walking it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(checkTextTree(deep)).toEqual([expect.objectContaining({ message: expect.stringMatching(/nested deeper/) })]);
  });

  it('agrees with a reference definition over the full range of UTF-16 code units', () => {
    const reference = (s: string, kind: 'line' | 'text'): boolean => {
      try {
        encodeURIComponent(s); // throws URIError on an unpaired surrogate
      } catch {
        return false;
      }
      for (const ch of s) {
        const c = ch.codePointAt(0) as number;
        if (/\p{Cc}/u.test(ch) && !(kind === 'text' && (c === 9 || c === 10 || c === 13))) return false;
        if (/\p{Noncharacter_Code_Point}/u.test(ch)) return false;
        if (kind === 'line' && (c === 0x2028 || c === 0x2029 || /[\u202a-\u202e\u2066-\u2069]/.test(ch))) return false;
      }
      return true;
    };
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('line', 'text'), (s, kind) => {
        const k = kind;
        expect(textProblem(s, k) === null).toBe(reference(s, k));
      }),
      { numRuns: 20_000 },
    );
  });
});
