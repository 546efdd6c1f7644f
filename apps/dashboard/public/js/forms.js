/* global CSS, FormData, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/** Form fields, their errors and values, in NL Design System markup (Utrecht component classes). */
import { h, uid } from './dom.js';
import { t } from './i18n.js';
import { alert } from './ui.js';

/** @typedef {import('./dom.js').Children} Children */
/** @typedef {import('./dom.js').Props} Props */

/**
 * The parts every field has: a description and an error message, both referred to by the control.
 * @param {string} id
 * @param {Children} [description]
 */
function fieldParts(id, description) {
  const descId = description ? `${id}-omschrijving` : null;
  const errId = `${id}-fout`;
  const desc = description
    ? h('div', { class: 'utrecht-form-field__description utrecht-form-field-description', id: descId }, description)
    : null;
  const err = h('div', {
    class: 'utrecht-form-field__error-message utrecht-form-field-error-message wp-error',
    id: errId,
    hidden: true,
  });
  return { desc, err, describedBy: [descId, errId].filter(Boolean).join(' ') };
}

/**
 * @typedef {{ name: string, label: Children, description?: Children, value?: string, required?: boolean, id?: string }} FieldSpec
 */

/**
 * @param {FieldSpec & { type?: string, autocomplete?: string, inputmode?: string, min?: string | number, max?: string | number, step?: string | number, pattern?: string, width?: 'sm' | 'md' | 'lg' }} spec
 */
export function textField(spec) {
  const id = spec.id ?? uid(`veld-${spec.name}`);
  const { desc, err, describedBy } = fieldParts(id, spec.description);
  return h(
    'div',
    { class: 'utrecht-form-field utrecht-form-field--text', dataset: { field: spec.name } },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', for: id }, spec.label)),
    desc,
    err,
    h(
      'div',
      { class: 'utrecht-form-field__input' },
      h('input', {
        class: ['utrecht-textbox utrecht-textbox--html-input', spec.width ? `wp-width-${spec.width}` : ''],
        id,
        name: spec.name,
        type: spec.type ?? 'text',
        value: spec.value,
        'aria-required': spec.required ? 'true' : undefined,
        autocomplete: spec.autocomplete,
        inputmode: spec.inputmode,
        min: spec.min,
        max: spec.max,
        step: spec.step,
        pattern: spec.pattern,
        'aria-describedby': describedBy,
      }),
    ),
  );
}

/** @param {FieldSpec & { rows?: number }} spec */
export function textareaField(spec) {
  const id = spec.id ?? uid(`veld-${spec.name}`);
  const { desc, err, describedBy } = fieldParts(id, spec.description);
  const area = h(
    'textarea',
    {
      class: 'utrecht-textarea utrecht-textarea--html-textarea',
      id,
      name: spec.name,
      rows: spec.rows ?? 4,
      'aria-required': spec.required ? 'true' : undefined,
      'aria-describedby': describedBy,
    },
    spec.value ?? '',
  );
  return h(
    'div',
    { class: 'utrecht-form-field utrecht-form-field--textarea', dataset: { field: spec.name } },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', for: id }, spec.label)),
    desc,
    err,
    h('div', { class: 'utrecht-form-field__input' }, area),
  );
}

/** @param {FieldSpec & { options: Array<{ value: string, label: string }> }} spec */
export function selectField(spec) {
  const id = spec.id ?? uid(`veld-${spec.name}`);
  const { desc, err, describedBy } = fieldParts(id, spec.description);
  return h(
    'div',
    { class: 'utrecht-form-field utrecht-form-field--select', dataset: { field: spec.name } },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', for: id }, spec.label)),
    desc,
    err,
    h(
      'div',
      { class: 'utrecht-form-field__input' },
      h(
        'select',
        {
          class: 'utrecht-select utrecht-select--html-select',
          id,
          name: spec.name,
          'aria-describedby': describedBy,
          required: spec.required,
        },
        spec.options.map((o) => h('option', { value: o.value, selected: o.value === (spec.value ?? '') }, o.label)),
      ),
    ),
  );
}

/**
 * A group of radio buttons or checkboxes in a fieldset whose legend is the question.
 * @param {{ name: string, legend: Children, description?: Children, type: 'radio' | 'checkbox', options: Array<{ value: string, label: Children, description?: Children }>, value?: string | string[], required?: boolean, legendClass?: string }} spec
 */
export function choiceGroup(spec) {
  const id = uid(`groep-${spec.name}`);
  const { desc, err, describedBy } = fieldParts(id, spec.description);
  const selected = Array.isArray(spec.value) ? spec.value : spec.value !== undefined ? [spec.value] : [];
  const radio = spec.type === 'radio';
  return h(
    'div',
    { class: 'utrecht-form-fieldset wp-choice-group', dataset: { field: spec.name } },
    h(
      'fieldset',
      {
        class: 'utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset',
        id,
        'aria-describedby': describedBy,
      },
      h(
        'legend',
        { class: ['utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend', spec.legendClass ?? ''] },
        spec.legend,
      ),
      desc,
      err,
      spec.options.map((o, i) => {
        const optionId = `${id}-${i}`;
        const optionDesc = o.description ? `${optionId}-omschrijving` : undefined;
        return h(
          'div',
          { class: `utrecht-form-field utrecht-form-field--${radio ? 'radio' : 'checkbox'} wp-choice` },
          h(
            'div',
            { class: 'utrecht-form-field__input' },
            h('input', {
              type: spec.type,
              class: radio
                ? 'utrecht-radio-button utrecht-radio-button--html-input'
                : 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom',
              id: optionId,
              name: spec.name,
              value: o.value,
              checked: selected.includes(o.value),
              'aria-describedby': optionDesc,
            }),
          ),
          h(
            'div',
            { class: 'utrecht-form-field__label' },
            h(
              'label',
              { class: `utrecht-form-label utrecht-form-label--${radio ? 'radio' : 'checkbox'}`, for: optionId },
              o.label,
            ),
          ),
          o.description
            ? h(
                'div',
                { class: 'utrecht-form-field__description utrecht-form-field-description', id: optionDesc },
                o.description,
              )
            : null,
        );
      }),
    ),
  );
}

/** A single checkbox ("yes, do this"). @param {{ name: string, label: Children, description?: Children, checked?: boolean }} spec */
export function checkboxField(spec) {
  const id = uid(`veld-${spec.name}`);
  const descId = spec.description ? `${id}-omschrijving` : undefined;
  return h(
    'div',
    { class: 'utrecht-form-field utrecht-form-field--checkbox wp-choice', dataset: { field: spec.name } },
    h(
      'div',
      { class: 'utrecht-form-field__input' },
      h('input', {
        type: 'checkbox',
        class: 'utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom',
        id,
        name: spec.name,
        value: 'true',
        checked: spec.checked,
        'aria-describedby': descId,
      }),
    ),
    h(
      'div',
      { class: 'utrecht-form-field__label' },
      h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', for: id }, spec.label),
    ),
    spec.description
      ? h(
          'div',
          { class: 'utrecht-form-field__description utrecht-form-field-description', id: descId },
          spec.description,
        )
      : null,
  );
}

/** @param {...Children} children */
export function actions(...children) {
  return h('div', { class: 'utrecht-button-group wp-actions' }, ...children);
}

/**
 * Marks every wrong field and puts a summary with links to them at the top of the form (NL Design System
 * pattern), then moves focus to the summary so a screen reader announces it.
 * @param {HTMLFormElement} form
 * @param {Array<{ field: string | null, message: string, summary?: string }>} problems `summary`: how the problem
 *   reads in the list at the top, where the field's label is not next to it (default: the message)
 * @param {string} [title] default: "Controleer de volgende punten"
 */
export function showFormErrors(form, problems, title = t('forms.checkTitle')) {
  clearFormErrors(form);
  const items = problems.map(({ field, message, summary }) => {
    const container = field
      ? /** @type {HTMLElement | null} */ (form.querySelector(`[data-field="${CSS.escape(field)}"]`))
      : null;
    let target = null;
    if (container) {
      container.classList.add('utrecht-form-field--invalid', 'wp-invalid');
      const err = container.querySelector('.wp-error');
      if (err) {
        err.textContent = message;
        err.removeAttribute('hidden');
      }
      const control = /** @type {HTMLElement | null} */ (container.querySelector('input, textarea, select'));
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        target = control.id;
      }
    }
    const text = summary ?? message;
    return target
      ? h('a', { href: `#${target}`, class: 'utrecht-link utrecht-link--html-a', on: { click: focusTarget } }, text)
      : text;
  });
  const box = alert(
    'error',
    title,
    h(
      'ul',
      { class: 'utrecht-unordered-list' },
      items.map((i) => h('li', { class: 'utrecht-unordered-list__item' }, i)),
    ),
    { tabindex: '-1', role: 'alert', class: 'wp-error-summary' },
  );
  form.prepend(box);
  box.focus();
}

/** @param {MouseEvent} event */
function focusTarget(event) {
  const a = /** @type {HTMLAnchorElement} */ (event.currentTarget);
  const target = document.getElementById(a.hash.slice(1));
  if (target) {
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  }
}

/** @param {HTMLFormElement} form */
export function clearFormErrors(form) {
  form.querySelectorAll('.wp-error-summary').forEach((el) => el.remove());
  form
    .querySelectorAll('.wp-invalid')
    .forEach((el) => el.classList.remove('utrecht-form-field--invalid', 'wp-invalid'));
  form.querySelectorAll('.wp-error').forEach((el) => {
    el.textContent = '';
    el.setAttribute('hidden', '');
  });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

/**
 * Turns an API refusal into messages next to the fields it names (`answers.x` → field `x` when given a prefix).
 * @param {HTMLFormElement} form
 * @param {unknown} err
 * @param {(field: string) => string | null} [fieldFor]
 */
export function showApiError(form, err, fieldFor = (f) => f) {
  const e = /** @type {{ status?: number, problem?: import('../../types/api').Problem | null, message?: string }} */ (
    err
  );
  const problems = (e.problem?.errors ?? []).flatMap((x) =>
    x.messages.map((m) => ({ field: fieldFor(x.field), message: m })),
  );
  if (problems.length === 0) {
    const status = e.status ?? 0;
    const what = t(
      status === 403
        ? 'forms.refused.forbidden'
        : status === 409
          ? 'forms.refused.conflict'
          : status === 0
            ? 'forms.refused.offline'
            : 'forms.refused.failed',
    );
    problems.push({ field: null, message: `${what} ${e.problem?.detail ?? e.message ?? ''}`.trim() });
  }
  showFormErrors(form, problems, t('forms.failedTitle'));
}

/**
 * Reads a form's named values: one string per text field, a list for checkbox groups.
 * @param {HTMLFormElement} form
 */
export function formValues(form) {
  const data = new FormData(form);
  /** @type {Record<string, string>} */
  const one = {};
  /** @type {Record<string, string[]>} */
  const many = {};
  for (const [key, value] of data.entries()) {
    if (typeof value !== 'string') continue;
    one[key] = value;
    (many[key] ??= []).push(value);
  }
  return { one, many };
}

/** Lines of a textarea, trimmed, empty ones left out. @param {string | undefined} text */
export function lines(text) {
  return (text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** @param {HTMLButtonElement | null} btn @param {boolean} busy */
export function setBusy(btn, busy) {
  if (!btn) return;
  btn.disabled = busy;
  btn.classList.toggle('utrecht-button--busy', busy);
  btn.setAttribute('aria-busy', busy ? 'true' : 'false');
}
