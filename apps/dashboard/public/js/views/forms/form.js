/** What every task form shares. */
import { h } from '../../dom.js';
import { clearFormErrors, formValues } from '../../forms.js';
import { heading } from '../../ui.js';

/** @typedef {(form: HTMLFormElement, path: string, body: unknown, fieldFor?: (field: string) => string | null) => Promise<void>} Submit */

/** @param {string} labelledBy @param {...import('../../dom.js').Children} children */
export function form(labelledBy, ...children) {
  return h('form', { class: 'utrecht-form wp-form', novalidate: true, 'aria-labelledby': labelledBy }, ...children);
}

/**
 * A task form: a form titled by a level-2 heading, whose submit stops the browser's own submit, clears earlier errors
 * and hands the form's values to `onSubmit`.
 * @param {string} id the heading's id
 * @param {string} title
 * @param {import('../../dom.js').Children[]} children
 * @param {(values: ReturnType<typeof formValues>, form: HTMLFormElement) => void} onSubmit
 */
export function taskForm(id, title, children, onSubmit) {
  const f = form(id, heading(2, title, { id }), ...children);
  f.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFormErrors(f);
    onSubmit(formValues(f), f);
  });
  return f;
}
