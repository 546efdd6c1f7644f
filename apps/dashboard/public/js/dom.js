/* global Node, document -- browser globals; tsc (apps/dashboard/tsconfig.json) checks their use */
/**
 * Building the page from data without ever parsing data as HTML: every text goes in as a text node, so nothing a
 * project title or a mail contains can become markup or script.
 */

/** @typedef {import('../../types/api').Child} Child */
/** @typedef {import('../../types/api').Children} Children */
/**
 * `class` (a string or a list), `on` (event handlers, added with addEventListener: the CSP allows no inline
 * handlers), `dataset`, boolean attributes as true/false, and any other attribute as a string or number.
 * @typedef {{ [name: string]: unknown, class?: string | Array<string | false | null | undefined>, on?: Record<string, (event: any) => void>, dataset?: Record<string, string> }} Props
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * @param {Element} el
 * @param {Props | null | undefined} props
 */
function applyProps(el, props) {
  if (!props) return;
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') {
      const cls = Array.isArray(value) ? value.filter(Boolean).join(' ') : String(value);
      if (cls) el.setAttribute('class', cls);
    } else if (name === 'on') {
      for (const [event, handler] of Object.entries(/** @type {Record<string, EventListener>} */ (value))) {
        el.addEventListener(event, handler);
      }
    } else if (name === 'dataset') {
      for (const [key, v] of Object.entries(/** @type {Record<string, string>} */ (value))) {
        /** @type {HTMLElement} */ (el).dataset[key] = v;
      }
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
}

/**
 * @param {Node} parent
 * @param {Children} children
 */
function append(parent, children) {
  const list = /** @type {Child[]} */ (
    Array.isArray(children) ? /** @type {unknown[]} */ (children).flat(Infinity) : [children]
  );
  for (const child of list) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * An HTML element.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Props | null} [props]
 * @param {...Children} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  applyProps(el, props);
  append(el, children);
  return el;
}

/**
 * An SVG element.
 * @param {string} tag
 * @param {Props | null} [props]
 * @param {...Children} children
 * @returns {SVGElement}
 */
export function s(tag, props, ...children) {
  const el = /** @type {SVGElement} */ (document.createElementNS(SVG_NS, tag));
  applyProps(el, props);
  append(el, children);
  return el;
}

/**
 * Appends children (strings become text; null, undefined and false are left out).
 * @param {Node} parent
 * @param {...Children} children
 */
export function add(parent, ...children) {
  append(parent, children);
}

/**
 * Replaces everything inside `parent`.
 * @param {Element} parent
 * @param {...Children} children
 */
export function replace(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
}

/** A counter for ids that must be unique on the page (labels, descriptions). */
let nextId = 0;
/** @param {string} prefix */
export function uid(prefix) {
  nextId += 1;
  return `${prefix}-${nextId}`;
}
