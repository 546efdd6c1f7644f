// Generated from libs/domain/src/texts/index.ts by `npm run generate:dashboard`; do not edit.
/**
 * `@waardenpoort/domain/texts`: every text a person reads, in Dutch and English, and what is written with them (the
 * label tables, a deadline's calendar event). Not in the package's index, which the workflows load: their sandbox
 * has no use for texts and should not carry them.
 */
export * from './catalogues.js';
export * from './tables.js';
export * from './deadline-event.js';
