// A field where a person picks one or more items of one type (qualification, occupation) from suggestions.
import { SuggestCombobox } from './combobox.js';
import { ChipList } from './chips.js';
import { chip } from './url-state.js';

export class Picker {
  #items = [];
  #max;
  #chips;
  #onChange;
  #tag;

  /**
   * @param {object} config
   * @param {HTMLInputElement} config.input
   * @param {HTMLUListElement} config.list where chosen items are shown
   * @param {import('./api.js').SkillsmapApi} config.api
   * @param {string} config.type the suggestion type to offer (qualification, occupation)
   * @param {number} config.max how many items may be chosen; with 1, a new choice replaces the old one
   */
  constructor({ input, list, api, type, max = 1, announce, onChange = () => {}, tag = null }) {
    this.#max = max;
    this.#onChange = onChange;
    this.#tag = tag;
    this.#chips = new ChipList(list, {
      onRemove: (item) => this.#set(this.#items.filter((i) => i.id !== item.key)),
      fallbackFocus: () => input,
    });
    this.combobox = new SuggestCombobox({
      input,
      announce,
      fetchSuggestions: async (q, signal) => {
        const answer = await api.suggest(q, { types: [type], signal });
        return (answer.suggestions ?? []).filter((s) => s.id);
      },
      onChoose: (suggestion) => {
        const picked = chip(suggestion.id, suggestion.text);
        const others = this.#items.filter((i) => i.id !== picked.id);
        this.#set(this.#max === 1 ? [picked] : [...others, picked].slice(-this.#max));
        announce?.(`Gekozen: ${picked.label}`);
      },
    });
  }

  get items() {
    return [...this.#items];
  }

  /** Shows the given items without reporting a change (used when the URL is restored). */
  show(items) {
    this.#items = items.slice(0, this.#max);
    this.#render();
  }

  #set(items) {
    this.#items = items;
    this.#render();
    this.#onChange(this.items);
  }

  #render() {
    this.#chips.render(this.#items.map((i) => ({ key: i.id, label: i.label, tag: this.#tag?.(i) })));
  }
}
