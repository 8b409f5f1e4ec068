// Builds DOM from data without ever parsing API text as HTML: strings always become text nodes.

/**
 * Creates an element. `props` keys: `class`, `text` (textContent), `on<event>` (listener),
 * `dataset`, boolean `true` for empty attributes; anything else becomes an attribute.
 * Children may be nodes, strings (appended as text), arrays, or null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value == null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  appendAll(el, children);
  return el;
}

export function appendAll(parent, children) {
  for (const child of [children].flat(Infinity)) {
    if (child == null || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

/** Replaces all children of `el`. */
export function replace(el, ...children) {
  el.replaceChildren();
  return appendAll(el, children);
}

/**
 * Renders a search snippet, `{text, marks: [[start, end], ...]}`: the text between marks as text nodes, each marked
 * range as a <mark> element holding a text node, so nothing in it is ever read as HTML.
 */
export function markedText(snippet) {
  const fragment = document.createDocumentFragment();
  const text = String(snippet?.text ?? '');
  let at = 0;
  for (const [start, end] of snippet?.marks ?? []) {
    fragment.append(text.slice(at, start), h('mark', { text: text.slice(start, end) }));
    at = end;
  }
  fragment.append(text.slice(at));
  return fragment;
}

/** A progress bar for a fraction, hidden from assistive technology: the caller always shows the numbers as text. */
export function bar(fraction, extraClass = '') {
  const fill = h('span', { class: 'bar-fill' });
  fill.style.width = `${Math.round(Math.min(1, Math.max(0, Number(fraction) || 0)) * 100)}%`;
  return h('span', { class: `bar ${extraClass}`.trim(), 'aria-hidden': 'true' }, fill);
}

/** Visually hidden text for screen readers. */
export function srOnly(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

let idCounter = 0;
export function uniqueId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
