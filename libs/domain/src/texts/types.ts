/** The languages the users' texts come in: Dutch first, English second. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * A translation of a catalogue: the same keys, nested the same way, any text. A key that the Dutch catalogue has
 * and the translation lacks, or one it adds, does not type-check.
 */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** A plural text: the keys `<name>_one` and `<name>_other` (CLDR categories, which Dutch and English share). */
type Singular<K extends string> = K extends `${infer Name}_${'one' | 'other'}` ? Name : K;
type Join<P extends string, K extends string> = P extends '' ? K : `${P}.${K}`;

/** Every key of a catalogue as the dashboard asks for it: `area.name`, a plural once, without its suffix. */
export type TextKeys<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Join<P, Singular<K>> : TextKeys<T[K], Join<P, K>>;
}[keyof T & string];

/** The values a text's `{name}` placeholders take. */
export type TextParams = Readonly<Record<string, string | number>>;
