// A text input with a suggestion list, following the ARIA 1.2 combobox pattern (list autocomplete):
// the input keeps focus, aria-activedescendant points at the highlighted option.
// Keys: ArrowDown/ArrowUp move, Enter chooses (or adds the typed text), Escape closes then clears, Tab leaves.
import { h, replace, srOnly, uniqueId } from './dom.js';
import { isAbort } from './api.js';
import { plural, suggestionTypeLabel } from './words.js';

const CACHE_SIZE = 60;

/** Appends `text` to `parent`, marking where the typed words occur (as elements, never as HTML). */
function highlight(parent, text, query) {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w.length >= 2);
  const lower = text.toLowerCase();
  const ranges = [];
  for (const word of words) {
    const at = lower.indexOf(word);
    if (at >= 0) ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  for (const [start, end] of ranges) {
    if (start < cursor) continue;
    parent.append(text.slice(cursor, start), h('mark', {}, text.slice(start, end)));
    cursor = end;
  }
  parent.append(text.slice(cursor));
}

export class SuggestCombobox {
  #input;
  #listbox;
  #fetch;
  #onChoose;
  #freeText;
  #announce;
  #minChars;
  #debounceMs;
  #options = [];
  #active = -1;
  #timer = 0;
  #announceTimer = 0;
  #controller = null;
  #cache = new Map();

  /**
   * @param {object} config
   * @param {HTMLInputElement} config.input an input inside an element with class "combobox"
   * @param {(q: string, signal: AbortSignal) => Promise<Array<{text,type,id}>>} config.fetchSuggestions
   * @param {(suggestion) => void} config.onChoose
   * @param {((text: string) => void)|null} config.freeText called on Enter without a highlighted option
   * @param {(message: string) => void} config.announce writes to a polite live region
   */
  constructor({ input, fetchSuggestions, onChoose, freeText = null, announce, minChars = 2, debounceMs = 220 }) {
    this.#input = input;
    this.#fetch = fetchSuggestions;
    this.#onChoose = onChoose;
    this.#freeText = freeText;
    this.#announce = announce;
    this.#minChars = minChars;
    this.#debounceMs = debounceMs;

    const listId = uniqueId('suggestions');
    this.#listbox = h('ul', { id: listId, role: 'listbox', class: 'listbox', hidden: true, 'aria-label': 'Suggesties' });
    input.after(this.#listbox);
    Object.entries({
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      autocomplete: 'off',
      autocapitalize: 'off',
      spellcheck: 'false',
    }).forEach(([name, value]) => input.setAttribute(name, value));

    input.addEventListener('input', () => this.#onInput());
    input.addEventListener('keydown', (event) => this.#onKeyDown(event));
    input.addEventListener('blur', () => this.close());
    // Keep focus in the input while a pointer picks an option.
    this.#listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.#listbox.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.#choose(Number(option.dataset.index));
    });
  }

  get input() {
    return this.#input;
  }

  close() {
    clearTimeout(this.#timer);
    this.#controller?.abort();
    this.#listbox.hidden = true;
    this.#input.setAttribute('aria-expanded', 'false');
    this.#input.removeAttribute('aria-activedescendant');
    this.#active = -1;
  }

  #onInput() {
    clearTimeout(this.#timer);
    const query = this.#input.value.trim();
    if (query.length < this.#minChars) {
      this.#controller?.abort();
      this.#render(query, []);
      return;
    }
    const cached = this.#cache.get(query.toLowerCase());
    if (cached) {
      this.#render(query, cached);
      return;
    }
    this.#timer = setTimeout(() => this.#load(query), this.#debounceMs);
  }

  async #load(query) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    try {
      const suggestions = await this.#fetch(query, controller.signal);
      this.#cache.set(query.toLowerCase(), suggestions);
      if (this.#cache.size > CACHE_SIZE) this.#cache.delete(this.#cache.keys().next().value);
      if (this.#input.value.trim() === query && document.activeElement === this.#input) this.#render(query, suggestions);
    } catch (error) {
      // Suggestions are a convenience: when they fail, typing and adding text still works.
      if (!isAbort(error) && this.#input.value.trim() === query) this.#render(query, []);
    }
  }

  #render(query, suggestions) {
    const options = [];
    if (this.#freeText && query) options.push({ free: true, text: query });
    for (const suggestion of suggestions) options.push({ free: false, text: suggestion.text, suggestion });
    this.#options = options;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');

    replace(this.#listbox, options.map((option, index) => {
      const li = h('li', { id: `${this.#listbox.id}-${index}`, role: 'option', 'aria-selected': 'false', class: 'option', dataset: { index } });
      if (option.free) {
        li.classList.add('option-free');
        li.append('Voeg toe zoals je het typte: ', h('q', {}, option.text));
      } else {
        const label = h('span', { class: 'option-text' });
        highlight(label, option.text, query);
        li.append(label, h('span', { class: 'option-type' }, srOnly(', '), suggestionTypeLabel(option.suggestion.type)));
      }
      return li;
    }));

    const open = suggestions.length > 0;
    this.#listbox.hidden = !open;
    this.#input.setAttribute('aria-expanded', String(open));
    clearTimeout(this.#announceTimer);
    if (query.length >= this.#minChars) {
      const message = open
        ? `${plural(suggestions.length, 'suggestie', 'suggesties')}. Gebruik pijltje omlaag om te kiezen.`
        : 'Geen suggesties.';
      this.#announceTimer = setTimeout(() => this.#announce?.(message), 500);
    }
  }

  #move(delta) {
    if (!this.#options.length) return;
    if (this.#listbox.hidden) {
      this.#listbox.hidden = false;
      this.#input.setAttribute('aria-expanded', 'true');
    }
    const count = this.#options.length;
    this.#active = this.#active < 0 ? (delta > 0 ? 0 : count - 1) : (this.#active + delta + count) % count;
    for (const option of this.#listbox.children) {
      const selected = Number(option.dataset.index) === this.#active;
      option.setAttribute('aria-selected', String(selected));
      if (selected) {
        this.#input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      }
    }
  }

  #onKeyDown(event) {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.#move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.#move(-1);
        break;
      case 'Enter': {
        const text = this.#input.value.trim();
        if (!this.#listbox.hidden && this.#active >= 0) {
          event.preventDefault();
          this.#choose(this.#active);
        } else if (this.#freeText && text) {
          event.preventDefault();
          this.#finish();
          this.#freeText(text);
        }
        // With an empty input, Enter submits the surrounding form as usual.
        break;
      }
      case 'Escape':
        if (!this.#listbox.hidden) {
          event.preventDefault();
          this.close();
        } else if (this.#input.value) {
          event.preventDefault();
          this.#input.value = '';
          this.#render('', []);
        }
        break;
      case 'Tab':
        this.close();
        break;
      default:
    }
  }

  #choose(index) {
    const option = this.#options[index];
    if (!option) return;
    this.#finish();
    if (option.free) this.#freeText?.(option.text);
    else this.#onChoose(option.suggestion);
  }

  #finish() {
    this.#input.value = '';
    this.#render('', []);
    this.close();
    this.#input.focus();
  }
}
