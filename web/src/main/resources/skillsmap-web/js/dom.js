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

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of HTML-escaped text, yielding plain text (never markup). */
export function decodeEntities(text) {
  return String(text).replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (whole, ref) => {
    if (ref[0] !== '#') return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
    const codePoint = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
  });
}

/**
 * Renders a search snippet: HTML-escaped text whose only markup is `<mark>...</mark>`.
 * The snippet is split on the mark tags; every piece becomes a text node (inside a <mark> element
 * where marked), so nothing in it can be interpreted as HTML.
 */
export function markedText(snippet) {
  const fragment = document.createDocumentFragment();
  let marked = false;
  for (const piece of String(snippet ?? '').split(/(<mark>|<\/mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else if (piece) {
      const text = decodeEntities(piece);
      fragment.append(marked ? h('mark', {}, text) : text);
    }
  }
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
