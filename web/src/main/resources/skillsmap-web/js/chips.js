// A list of removable items ("chips"), each with a labelled remove button; keeps focus sensible after a removal.
import { h, replace } from './dom.js';

export class ChipList {
  #list;
  #onRemove;
  #fallbackFocus;
  #focusAfterRender = -1;

  /**
   * @param {HTMLUListElement} list
   * @param {object} config
   * @param {(item) => void} config.onRemove
   * @param {() => HTMLElement} config.fallbackFocus where focus goes when the last chip is removed
   */
  constructor(list, { onRemove, fallbackFocus }) {
    this.#list = list;
    this.#onRemove = onRemove;
    this.#fallbackFocus = fallbackFocus;
  }

  /** The list element, e.g. to mark the language of its labels. */
  get element() {
    return this.#list;
  }

  /** @param {Array<{key: string, label: string, tag?: string, uri?: string}>} items uri: an ESCO label's concept */
  render(items) {
    replace(this.#list, items.map((item, index) => h('li', { class: 'chip' },
      h('span', { class: 'chip-label', dataset: item.uri ? { uri: item.uri } : undefined }, item.label),
      item.tag ? h('span', { class: 'chip-tag' }, item.tag) : null,
      h('button', {
        type: 'button',
        class: 'chip-remove',
        'aria-label': `Haal weg: ${item.label}`,
        title: 'Haal weg',
        onclick: () => {
          this.#focusAfterRender = index;
          this.#onRemove(item);
        },
      }, '×'))));
    this.#list.hidden = items.length === 0;

    if (this.#focusAfterRender >= 0) {
      const buttons = this.#list.querySelectorAll('.chip-remove');
      const target = buttons[Math.min(this.#focusAfterRender, buttons.length - 1)] ?? this.#fallbackFocus?.();
      this.#focusAfterRender = -1;
      target?.focus();
    }
  }
}
