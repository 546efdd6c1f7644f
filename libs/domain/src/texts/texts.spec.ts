import { TEXTS } from './index';

/** Every text of a catalogue by its full key. */
function flatten(tree: unknown, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(full, value);
    else flatten(value, full, out);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the text catalogues', () => {
  const nl = flatten(TEXTS.nl);
  const en = flatten(TEXTS.en);

  it('have the same keys in both languages', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
    expect(nl.size).toBeGreaterThan(300);
  });

  it('fill the same placeholders in both languages', () => {
    const differ = [...nl]
      .filter(([key, text]) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(en.get(key) ?? '')))
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  it('have no empty text and no text with stray whitespace or control characters', () => {
    const bad = [...nl, ...en]
      // eslint-disable-next-line no-control-regex
      .filter(([, text]) => text.trim() === '' || /[\u0000-\u0009\u000b-\u001f]|\s{2,}/.test(text))
      .map(([key]) => key);
    // A leading space is meant where a text follows another (" (geëscaleerd)").
    expect(bad).toEqual([]);
  });

  it('give every plural text both forms', () => {
    const plurals = [...nl.keys()].filter((key) => /_(one|other)$/.test(key));
    const incomplete = plurals.filter((key) => {
      const base = key.replace(/_(one|other)$/, '');
      return !nl.has(`${base}_one`) || !nl.has(`${base}_other`);
    });
    expect(incomplete).toEqual([]);
    expect(plurals.length).toBeGreaterThan(0);
  });

  /** Texts that are the same in both languages, on purpose. */
  const SAME_IN_BOTH = new Set(['labels.roles.privacy-officer']);

  it('translate: English texts of some length differ from the Dutch', () => {
    // Words, not placeholders or names: "{title} – Waardenpoort" is the same in both.
    const words = (text: string): number => text.replace(/\{\w+\}|Waardenpoort/g, '').replace(/[^\p{L}]/gu, '').length;
    const same = [...nl]
      .filter(([key, text]) => words(text) >= 12 && en.get(key) === text && !SAME_IN_BOTH.has(key))
      .map(([key]) => key);
    expect(same).toEqual([]);
  });
});
