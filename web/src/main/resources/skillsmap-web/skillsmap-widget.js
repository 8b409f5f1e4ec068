/*
 * <skillsmap-search>: the Skillsmap search as an embeddable custom element.
 *
 *   <script src="https://host/skillsmap-widget.js"></script>
 *   <skillsmap-search api="https://host/api/v1" lang="nl" accent="#0b5"></skillsmap-search>
 *
 * Attributes (all optional):
 *   api            base URL of the JSON API (default: /api/v1 on the host that served this script)
 *   page           URL of the full Skillsmap page (default: the root of the API's host)
 *   lang           "nl" (default) or "en": the language of the widget's own texts
 *   accent         colour of buttons and bars; text on it is black or white, whichever reads better
 *   color, background   text and background colour of the widget
 *   limit          how many qualifications to show, 1..10 (default 5)
 *   heading        the title text; heading-level: its heading level 1..6 (default 2)
 *
 * Self-contained on purpose: one classic script, no imports, everything inside a Shadow DOM with its own
 * styles, so the host page's CSS cannot reach in and nothing leaks out (no globals, no global styles).
 */
(() => {
  'use strict';

  const TAG = 'skillsmap-search';
  if (!window.customElements || customElements.get(TAG)) return;

  const scriptUrl = document.currentScript?.src || window.location.href;
  const TIMEOUT_MS = 15000;

  const TEXT = {
    nl: {
      title: 'Wat kun je met je werkervaring?',
      label: 'Wat doe je in je werk?',
      hint: 'Typ één ding tegelijk en tik op “Voeg toe”, bijvoorbeeld “kassa” of “bestellingen doen”.',
      add: 'Voeg toe',
      remove: (what) => `Haal weg: ${what}`,
      chips: 'Wat je hebt ingevuld',
      search: 'Zoek diploma’s',
      empty: 'Vul eerst in wat je doet in je werk.',
      loading: 'Even zoeken…',
      results: (n) => (n === 1 ? 'Dit diploma past het best bij je werk:' : `Deze ${n} diploma’s passen het best bij je werk:`),
      none: 'We vonden nog geen diploma dat past. Probeer andere, gewone woorden, zoals “kassa” of “klanten helpen”.',
      level: (l) => `niveau ${l}`,
      coverage: (m, t, skills) => {
        const noun = skills ? (t === 1 ? 'vaardigheid' : 'vaardigheden') : (t === 1 ? 'werkproces' : 'werkprocessen');
        if (m === 0 && t > 1) return `nog geen van de ${t} ${noun} herkend in wat je invulde`;
        if (m === 0 && t === 1) return `${skills ? 'de enige' : 'het enige'} ${noun} nog niet herkend in wat je invulde`;
        return `je doet al ${m} van ${t} ${noun}`;
      },
      more: 'Bekijk alles, ook wat je nog mist',
      unreachable: 'Skillsmap is nu niet bereikbaar: er is een storing of je internet doet het niet. Probeer het over een paar minuten opnieuw.',
      notAllowed: (origin) => `Deze site mag Skillsmap nog niet gebruiken: vraag de beheerder om dit domein (${origin}) toe te staan.`,
      blockedHere: (api) => `Deze site blokkeert de verbinding met Skillsmap. Vraag de beheerder van deze site om ${api} toe te staan in de Content-Security-Policy (connect-src).`,
      failed: 'Het zoeken is niet gelukt. Probeer het opnieuw.',
      rejected: 'Dit kunnen we zo niet zoeken. Gebruik kortere omschrijvingen.',
      retry: 'Opnieuw proberen',
      results_label: 'Diploma’s, best passend eerst',
    },
    en: {
      title: 'What can you do with your work experience?',
      label: 'What do you do at work?',
      hint: 'Type one thing at a time and tap “Add”, for example “till” or “ordering stock”. Dutch words work best.',
      add: 'Add',
      remove: (what) => `Remove: ${what}`,
      chips: 'What you entered',
      search: 'Find qualifications',
      empty: 'First enter what you do at work.',
      loading: 'Searching…',
      results: (n) => (n === 1 ? 'This qualification matches your work best:' : `These ${n} qualifications match your work best:`),
      none: 'No matching qualification yet. Try other, everyday words.',
      level: (l) => `level ${l}`,
      coverage: (m, t, skills) => {
        const noun = skills ? (t === 1 ? 'skill' : 'skills') : (t === 1 ? 'work process' : 'work processes');
        if (m === 0 && t > 1) return `none of the ${t} ${noun} recognised yet in what you entered`;
        if (m === 0 && t === 1) return `the one ${noun} not recognised yet in what you entered`;
        return `you already do ${m} of ${t} ${noun}`;
      },
      more: 'See everything, including what you still miss',
      unreachable: 'Skillsmap cannot be reached right now: the service is down or your internet is not working. Please try again in a few minutes.',
      notAllowed: (origin) => `This site may not use Skillsmap yet: ask the administrator to allow this domain (${origin}).`,
      blockedHere: (api) => `This site blocks the connection to Skillsmap. Ask this site's administrator to allow ${api} in its Content-Security-Policy (connect-src).`,
      failed: 'The search did not work. Please try again.',
      rejected: 'This cannot be searched as it is. Use shorter descriptions.',
      retry: 'Try again',
      results_label: 'Qualifications, best match first',
    },
  };

  const STYLE = `
    :host { display: block; contain: content; }
    :host([hidden]) { display: none; }
    .sm {
      all: initial;
      display: block;
      box-sizing: border-box;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      font-size: 16px;
      line-height: 1.5;
      color: var(--sm-color);
      background: var(--sm-background);
      border: 1px solid var(--sm-line);
      border-radius: 8px;
      padding: 14px 16px 16px;
      text-align: start;
    }
    .sm *, .sm *::before, .sm *::after { box-sizing: border-box; }
    .title { display: block; font-size: 1.2em; font-weight: 700; line-height: 1.3; margin: 0 0 10px; }
    label { display: block; font-weight: 700; margin: 0 0 2px; }
    .hint { margin: 0 0 6px; font-size: 0.9em; opacity: 0.85; }
    .row { display: flex; gap: 8px; flex-wrap: wrap; }
    input {
      all: unset; box-sizing: border-box; flex: 1 1 12em; min-width: 0; min-height: 42px; padding: 8px 10px;
      font: inherit; color: var(--sm-color); background: var(--sm-background);
      border: 2px solid currentColor; border-radius: 6px;
    }
    button {
      all: unset; box-sizing: border-box; cursor: pointer; display: inline-flex; align-items: center; justify-content: center;
      min-height: 42px; padding: 8px 14px; font: inherit; font-weight: 700; border-radius: 6px;
      color: var(--sm-on-accent); background: var(--sm-accent); border: 2px solid var(--sm-accent);
    }
    button.secondary { color: var(--sm-color); background: transparent; border-color: currentColor; }
    button:hover { filter: brightness(0.92); }
    input:focus-visible, button:focus-visible, a:focus-visible {
      outline: 3px solid var(--sm-focus); outline-offset: 2px;
    }
    a { color: var(--sm-color); text-decoration: underline; text-underline-offset: 0.15em; }
    ul, ol { margin: 0; padding: 0; list-style: none; }
    .chips { display: flex; flex-wrap: wrap; gap: 6px; margin: 10px 0 0; }
    .chips:empty { display: none; }
    .chip { display: inline-flex; align-items: center; gap: 4px; padding: 2px 2px 2px 10px; border: 2px solid currentColor; border-radius: 999px; }
    .chip button { min-height: 30px; width: 30px; padding: 0; border-radius: 50%; font-size: 1.1em; line-height: 1;
      color: var(--sm-color); background: transparent; border: 0; }
    .actions { margin-top: 12px; }
    .status { margin: 12px 0 0; }
    .status:empty { display: none; }
    .error { padding: 8px 10px; border-radius: 6px; border: 2px solid #a4001d; background: #fdeeee; color: #6d0013; }
    .error p { margin: 0 0 8px; }
    .error button { color: #fff; background: #a4001d; border-color: #a4001d; }
    .results { margin-top: 8px; }
    .results:empty { display: none; }
    .result { padding: 8px 0; border-top: 1px solid var(--sm-line); }
    .name { font-weight: 700; }
    .meta { font-size: 0.9em; opacity: 0.85; }
    .coverage { display: flex; align-items: center; gap: 8px; font-size: 0.9em; }
    .bar { flex: 0 1 10em; height: 10px; border-radius: 999px; background: var(--sm-track); border: 1px solid currentColor; overflow: hidden; }
    .fill { display: block; height: 100%; background: var(--sm-accent); }
    .more { display: inline-block; margin-top: 10px; font-weight: 700; }
    .vh { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
  `;

  // A constructed stylesheet is not an inline <style>, so a host page's strict Content-Security-Policy
  // (style-src without 'unsafe-inline') does not block it; one sheet is shared by every instance.
  /** Origins the host page's Content-Security-Policy refused to connect to, as the browser reported them. */
  const blockedApis = new Set();
  document.addEventListener('securitypolicyviolation', (event) => {
    if (!/^connect-src/.test(event.effectiveDirective || event.violatedDirective || '')) return;
    try {
      blockedApis.add(new URL(event.blockedURI).origin);
    } catch {
      // "inline" or similar: not a connection
    }
  });

  let sharedSheet = null;
  function styleFor(shadow) {
    if ('adoptedStyleSheets' in Document.prototype && typeof CSSStyleSheet === 'function') {
      try {
        if (!sharedSheet) {
          sharedSheet = new CSSStyleSheet();
          sharedSheet.replaceSync(STYLE);
        }
        shadow.adoptedStyleSheets = [sharedSheet];
        return null;
      } catch {
        // fall through to a <style> element
      }
    }
    const style = document.createElement('style');
    style.textContent = STYLE;
    return style;
  }

  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value == null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) if (child != null && child !== false) node.append(child);
    return node;
  }

  /** Relative luminance of an "rgb(...)" string, or null when it cannot be read. */
  function luminance(rgb) {
    const parts = rgb.match(/[\d.]+/g);
    if (!parts || parts.length < 3) return null;
    const [r, g, b] = parts.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  class SkillsmapSearch extends HTMLElement {
    static get observedAttributes() {
      return ['lang', 'accent', 'color', 'background', 'heading', 'heading-level'];
    }

    #shadow;
    #parts = null;
    #activities = [];
    #controller = null;
    #lastAnswer = null;

    constructor() {
      super();
      this.#shadow = this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      if (!this.#parts) this.#build();
      this.#applyLook();
    }

    disconnectedCallback() {
      this.#controller?.abort();
    }

    attributeChangedCallback() {
      if (!this.#parts) return;
      this.#build();
      this.#applyLook();
    }

    get #text() {
      return TEXT[(this.getAttribute('lang') || 'nl').slice(0, 2).toLowerCase()] || TEXT.nl;
    }

    get #language() {
      return this.#text === TEXT.en ? 'en' : 'nl';
    }

    get #apiBase() {
      const base = new URL(this.getAttribute('api') || '/api/v1/', scriptUrl).href;
      return base.endsWith('/') ? base : `${base}/`;
    }

    get #pageUrl() {
      return new URL(this.getAttribute('page') || '/', this.#apiBase).href;
    }

    get #limit() {
      const limit = Number.parseInt(this.getAttribute('limit') || '5', 10);
      return Math.min(10, Math.max(1, Number.isFinite(limit) ? limit : 5));
    }

    #build() {
      const t = this.#text;
      const level = Math.min(6, Math.max(1, Number.parseInt(this.getAttribute('heading-level') || '2', 10) || 2));
      const input = el('input', { id: 'activity', type: 'text', maxlength: 200, autocomplete: 'off', 'aria-describedby': 'hint' });
      const chips = el('ul', { class: 'chips', 'aria-label': t.chips });
      const status = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' });
      const results = el('div', { class: 'results' });
      const form = el('form', { novalidate: true },
        el('label', { for: 'activity' }, t.label),
        el('p', { class: 'hint', id: 'hint' }, t.hint),
        el('div', { class: 'row' },
          input,
          el('button', { type: 'button', class: 'secondary', onclick: () => this.#addFromInput(true) }, t.add)),
        chips,
        el('div', { class: 'actions' }, el('button', { type: 'submit' }, t.search)));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        this.#search();
      });
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.isComposing && input.value.trim()) {
          event.preventDefault();
          this.#addFromInput(false);
        }
      });

      // A labelled region, so the widget is a landmark of its own wherever it is placed.
      const wrapper = el('div', { class: 'sm', lang: this.#language, role: 'region', 'aria-labelledby': 'title' },
        el('div', { class: 'title', id: 'title', role: 'heading', 'aria-level': level }, this.getAttribute('heading') || t.title),
        form, status, results);
      const style = styleFor(this.#shadow);
      this.#shadow.replaceChildren(...(style ? [style, wrapper] : [wrapper]));
      this.#parts = { wrapper, input, chips, status, results };
      this.#renderChips();
      if (this.#lastAnswer) this.#renderResults(this.#lastAnswer);
    }

    /** Applies the colour attributes; invalid colours are ignored rather than breaking the widget. */
    #applyLook() {
      const { wrapper } = this.#parts;
      const pick = (name, fallback) => {
        const value = this.getAttribute(name);
        return value && window.CSS?.supports?.('color', value) ? value : fallback;
      };
      const color = pick('color', '#1b1f23');
      const background = pick('background', '#ffffff');
      const accent = pick('accent', '#00558a');
      wrapper.style.setProperty('--sm-color', color);
      wrapper.style.setProperty('--sm-background', background);
      wrapper.style.setProperty('--sm-accent', accent);
      wrapper.style.setProperty('--sm-line', 'color-mix(in srgb, currentColor 25%, transparent)');
      wrapper.style.setProperty('--sm-track', 'color-mix(in srgb, currentColor 12%, transparent)');
      wrapper.style.setProperty('--sm-focus', color);
      // Text on the accent colour: black or white, whichever contrasts more with it.
      const probe = el('span');
      probe.style.color = accent;
      wrapper.append(probe);
      const l = luminance(getComputedStyle(probe).color);
      probe.remove();
      wrapper.style.setProperty('--sm-on-accent', l !== null && l > 0.179 ? '#000000' : '#ffffff');
    }

    #addFromInput(keepFocus) {
      const { input } = this.#parts;
      const text = input.value.trim();
      if (!text) {
        input.focus();
        return;
      }
      if (!this.#activities.some((a) => a.toLowerCase() === text.toLowerCase()) && this.#activities.length < 20) {
        this.#activities.push(text);
      }
      input.value = '';
      this.#renderChips();
      if (keepFocus) input.focus();
    }

    #renderChips() {
      const { chips, input } = this.#parts;
      const t = this.#text;
      chips.replaceChildren(...this.#activities.map((activity, index) => el('li', { class: 'chip' },
        el('span', {}, activity),
        el('button', {
          type: 'button',
          'aria-label': t.remove(activity),
          onclick: () => {
            this.#activities.splice(index, 1);
            this.#renderChips();
            const buttons = chips.querySelectorAll('button');
            (buttons[Math.min(index, buttons.length - 1)] || input).focus();
          },
        }, '×'))));
    }

    async #search() {
      const { input, status, results } = this.#parts;
      const t = this.#text;
      if (input.value.trim()) this.#addFromInput(false);
      if (!this.#activities.length) {
        status.replaceChildren(el('p', {}, t.empty));
        input.focus();
        return;
      }
      this.#controller?.abort();
      const controller = new AbortController();
      this.#controller = controller;
      const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
      status.replaceChildren(el('p', {}, t.loading));
      results.replaceChildren();
      let failure = null;
      let retryHelps = true;
      try {
        const response = await fetch(new URL('match', this.#apiBase), {
          method: 'POST',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify({ activities: [...this.#activities], limit: this.#limit }),
          signal: controller.signal,
        });
        if (!response.ok) failure = response.status === 400 || response.status === 422 ? t.rejected : t.failed;
        else {
          const answer = await response.json();
          if (this.#controller !== controller) return;
          this.#lastAnswer = { answer, activities: [...this.#activities] };
          this.#renderResults(this.#lastAnswer);
        }
      } catch {
        // Network failure, CORS refusal, a host policy or timeout: find out which, say it once, no retry loop.
        if (this.#controller !== controller) return;
        const cause = controller.signal.aborted ? 'unreachable' : await this.#whyUnreachable();
        if (this.#controller !== controller) return;
        failure = cause === 'notAllowed' ? t.notAllowed(window.location.origin)
          : cause === 'blockedHere' ? t.blockedHere(new URL(this.#apiBase).origin) : t.unreachable;
        retryHelps = cause === 'unreachable';
      } finally {
        clearTimeout(timer);
      }
      if (failure && this.#controller === controller) {
        status.replaceChildren(el('div', { class: 'error', 'data-cause': retryHelps ? 'outage' : 'setup' },
          el('p', {}, failure),
          retryHelps ? el('button', { type: 'button', onclick: () => this.#search() }, t.retry) : null));
      }
    }

    /**
     * Why a request failed without an answer: the host page's Content-Security-Policy blocked it (a violation was
     * reported), or the server answered but not to this origin (CORS: a no-cors request to the same server gets
     * through), or the server cannot be reached at all.
     */
    async #whyUnreachable() {
      await new Promise((resolve) => setTimeout(resolve, 0)); // violation events are queued after the failure
      if (blockedApis.has(new URL(this.#apiBase).origin)) return 'blockedHere';
      try {
        await fetch(new URL('health', this.#apiBase), { mode: 'no-cors', cache: 'no-store' });
        return 'notAllowed';
      } catch {
        return 'unreachable';
      }
    }

    #renderResults({ answer, activities }) {
      const { status, results } = this.#parts;
      const t = this.#text;
      const qualifications = (answer.qualifications || []).slice(0, this.#limit);
      const state = new URLSearchParams();
      for (const activity of activities) state.append('werk', activity);
      const fullPage = `${this.#pageUrl}#/?${state}`;

      status.replaceChildren(el('p', {}, qualifications.length ? t.results(qualifications.length) : t.none));
      if (!qualifications.length) {
        results.replaceChildren();
        return;
      }
      results.replaceChildren(
        el('ol', { 'aria-label': t.results_label }, qualifications.map((q) => {
          const matched = q.coverage?.matched ?? 0;
          const total = q.coverage?.total ?? 0;
          const fill = el('span', { class: 'fill' });
          fill.style.width = `${total ? Math.round((matched / total) * 100) : 0}%`;
          return el('li', { class: 'result' },
            el('a', { class: 'name', href: `${this.#pageUrl}#/kwalificatie/${encodeURIComponent(q.crebo)}` }, q.name),
            q.level ? el('span', { class: 'meta' }, ` · ${t.level(q.level)}`) : null,
            el('div', { class: 'coverage' },
              el('span', {}, t.coverage(matched, total, q.coverageBasis === 'skills')),
              el('span', { class: 'bar', 'aria-hidden': 'true' }, fill)));
        })),
        el('a', { class: 'more', href: fullPage }, t.more));
    }
  }

  customElements.define(TAG, SkillsmapSearch);
})();
