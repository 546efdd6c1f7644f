/** What every task form shares. */
import { h } from '../../dom.js';

/** @typedef {(form: HTMLFormElement, path: string, body: unknown, fieldFor?: (field: string) => string | null) => Promise<void>} Submit */

/** @param {string} labelledBy @param {...import('../../dom.js').Children} children */
export function form(labelledBy, ...children) {
  return h('form', { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': labelledBy }, ...children);
}
