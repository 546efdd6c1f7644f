/** Building blocks in NL Design System markup (Utrecht component classes), so the tokens style them. */
import { h } from './dom.js';

/** @typedef {import('./dom.js').Children} Children */
/** @typedef {import('./dom.js').Props} Props */

/**
 * @param {1 | 2 | 3 | 4} level
 * @param {Children} text
 * @param {Props} [props]
 */
export function heading(level, text, props = {}) {
  const tag = /** @type {'h1' | 'h2' | 'h3' | 'h4'} */ (`h${level}`);
  return h(tag, { ...props, class: [`utrecht-heading-${level}`, /** @type {string} */ (props.class ?? '')] }, text);
}

/** @param {...Children} children */
export function p(...children) {
  return h('p', { class: 'utrecht-paragraph' }, ...children);
}

/** @param {...Children} children */
export function lead(...children) {
  return h('p', { class: 'utrecht-paragraph utrecht-paragraph--lead' }, ...children);
}

/**
 * @param {'info' | 'ok' | 'warning' | 'error'} type
 * @param {Children} title
 * @param {Children} [body]
 * @param {Props} [props]
 */
export function alert(type, title, body, props = {}) {
  return h(
    'div',
    { ...props, class: [`utrecht-alert utrecht-alert--${type} wp-alert`, /** @type {string} */ (props.class ?? '')] },
    h(
      'div',
      { class: 'utrecht-alert__content' },
      h(
        'div',
        { class: 'utrecht-alert__message' },
        h('p', { class: 'utrecht-paragraph wp-alert__title' }, title),
        body,
      ),
    ),
  );
}

/**
 * @param {Children} text
 * @param {Props & { variant?: 'primary' | 'secondary' | 'subtle' }} [props]
 */
export function button(text, props = {}) {
  const { variant = 'primary', ...rest } = props;
  return h(
    'button',
    {
      type: 'button',
      ...rest,
      class: [
        'utrecht-button',
        `utrecht-button--${variant === 'subtle' ? 'subtle' : `${variant}-action`}`,
        /** @type {string} */ (rest.class ?? ''),
      ],
    },
    text,
  );
}

/**
 * @param {string} href
 * @param {Children} text
 * @param {Props} [props]
 */
export function link(href, text, props = {}) {
  return h(
    'a',
    { href, ...props, class: ['utrecht-link utrecht-link--html-a', /** @type {string} */ (props.class ?? '')] },
    text,
  );
}

/**
 * @param {string} href
 * @param {Children} text
 * @param {'primary' | 'secondary'} [variant]
 */
export function buttonLink(href, text, variant = 'primary') {
  return h(
    'a',
    { href, class: `utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${variant}-action` },
    text,
  );
}

/**
 * @param {Children} text
 * @param {'danger' | 'warning' | 'success' | 'neutral' | 'active' | 'inactive'} [variant]
 */
export function badge(text, variant = 'neutral') {
  return h(
    'span',
    { class: `utrecht-status-badge utrecht-status-badge--${variant} wp-badge wp-badge--${variant}` },
    text,
  );
}

/** @param {Array<[Children, Children] | null | false>} items */
export function dataList(items) {
  return h(
    'dl',
    { class: 'utrecht-data-list utrecht-data-list--rows' },
    items
      .filter((i) => !!i)
      .map((item) => {
        const [key, value] = /** @type {[Children, Children]} */ (item);
        return h(
          'div',
          { class: 'utrecht-data-list__item' },
          h('dt', { class: 'utrecht-data-list__item-key' }, key),
          h('dd', { class: 'utrecht-data-list__item-value utrecht-data-list__item-value--html-dd' }, value),
        );
      }),
  );
}

/** @param {Children[]} items @param {Props} [props] */
export function list(items, props = {}) {
  return h(
    'ul',
    { ...props, class: 'utrecht-unordered-list utrecht-unordered-list--distanced' },
    items.map((i) => h('li', { class: 'utrecht-unordered-list__item' }, i)),
  );
}

/**
 * A data table; header cells are column headers, the first cell of each row a row header.
 * @param {{ caption: Children, head: Children[], rows: Children[][], numeric?: number[], rowHeader?: boolean, captionHidden?: boolean }} spec
 */
export function table(spec) {
  const numeric = new Set(spec.numeric ?? []);
  const rowHeader = spec.rowHeader ?? true;
  return h(
    'div',
    { class: 'utrecht-table-container utrecht-table-container--overflow-inline wp-table-wrap' },
    h(
      'table',
      { class: 'utrecht-table utrecht-table--html-table wp-table' },
      h('caption', { class: ['utrecht-table__caption', spec.captionHidden ? 'wp-visually-hidden' : ''] }, spec.caption),
      h(
        'thead',
        { class: 'utrecht-table__header' },
        h(
          'tr',
          { class: 'utrecht-table__row' },
          spec.head.map((cell, i) =>
            h(
              'th',
              {
                scope: 'col',
                class: [
                  'utrecht-table__header-cell',
                  numeric.has(i) ? 'utrecht-table__header-cell--numeric-column' : '',
                ],
              },
              cell,
            ),
          ),
        ),
      ),
      h(
        'tbody',
        { class: 'utrecht-table__body' },
        spec.rows.map((row) =>
          h(
            'tr',
            { class: 'utrecht-table__row' },
            row.map((cell, i) =>
              i === 0 && rowHeader
                ? h('th', { scope: 'row', class: 'utrecht-table__header-cell' }, cell)
                : h(
                    'td',
                    {
                      class: [
                        'utrecht-table__cell',
                        numeric.has(i) ? 'utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data' : '',
                      ],
                    },
                    cell,
                  ),
            ),
          ),
        ),
      ),
    ),
  );
}
