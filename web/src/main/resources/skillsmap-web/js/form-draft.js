// What a form holds but has not sent, kept for this tab and tied to the view it was typed over, so back and
// forward (or a reload) put it back. sessionStorage: it stays on this device and ends with the tab.

export class FormDraft {
  #key;

  /** @param {string} form a name for the form, unique on the page */
  constructor(form) {
    this.#key = `skillsmap:${form}-draft`;
  }

  /** Keeps `draft` (plain data) for the view state `shown` (its hash). */
  save(shown, draft) {
    try {
      sessionStorage.setItem(this.#key, JSON.stringify({ shown, draft }));
    } catch {
      // Storage may be off or full; the form then simply starts from the URL.
    }
  }

  /** The draft kept for `shown`, or null when there is none or it was typed over another state. */
  restore(shown) {
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.#key) ?? 'null');
      return saved && saved.shown === shown ? saved.draft : null;
    } catch {
      return null;
    }
  }

  clear() {
    try {
      sessionStorage.removeItem(this.#key);
    } catch {
      // nothing kept, nothing to clear
    }
  }
}
