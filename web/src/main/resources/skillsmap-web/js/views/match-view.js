// The match page: the activities form, "Zo hebben we je begrepen", ranked qualifications and ESCO occupations.
import { h, markedText, replace, srOnly } from '../dom.js';
import { isAbort } from '../api.js';
import { ChipList } from '../chips.js';
import { FormDraft } from '../form-draft.js';
import { SuggestCombobox } from '../combobox.js';
import { interpretationIds, resolveMatch } from '../match-resolution.js';
import { overviewHash } from './overview-view.js';
import { Picker } from '../picker.js';
import { lineageLine } from './lineage.js';
import { chip, commonHash, compareHash, MatchState, qualificationHash } from '../url-state.js';
import { basisNoun, coverageSentence, inputKindLabel, plural, profileWords, skillCoverageSentence, suggestionTypeLabel } from '../words.js';
import {
  certificateSection, coreTaskBars, coverageBar, evidenceList, failure, glossary, loading, markLanguages, metaLine,
  notice, printedGlossary, reason,
} from './parts.js';

const SHOWN_INTERPRETATIONS = 4;
/** Qualifications shown before "Toon nog ...": on a phone, twenty full cards put the occupations screens away. */
const SHOWN_CARDS = 5;
const ACTIVITY_TYPES = new Set(['workProcess', 'skill']);
/** The API's limit on the length of one activity (MatchRequest); longer text is cut there, with a notice. */
const MAX_ACTIVITY_LENGTH = 200;
/** Where a pasted or long text is split into separate activities: line breaks, semicolons, commas, bullets. */
const ACTIVITY_SEPARATORS = /[\r\n;,•·]+/;
/**
 * The end of a sentence: a full stop, question or exclamation mark, space, and a capital that starts the next (an
 * abbreviation inside a sentence, "o.a. de kassa", is followed by lower case). The API splits a text by the same rule.
 * No lookbehind, which older Safari cannot parse.
 */
const SENTENCE_END = /([.!?])\s+(?=\p{Lu})/u;

/** A piece of text split at its sentence ends, each sentence keeping its full stop. */
function sentencesOf(piece) {
  return piece.replace(new RegExp(SENTENCE_END.source, 'gu'), '$1\n').split('\n');
}

export class MatchView {
  #api;
  #navigate;
  #announce;
  #output;
  #activityInput;
  #activityError;
  #activityChips;
  #occupation;
  #qualification;
  #searchResults;
  #searchInput;
  /** The form's unsent input, kept for this tab so back and forward lose nothing. */
  #kept = new FormDraft('match');
  #activityNotice;
  #pickerFields;
  /** Whether the person opened "Zo hebben we je begrepen"; it stays open across redraws. */
  #understoodOpen = false;
  /** Whether the person asked to see every qualification, not only the first SHOWN_CARDS. */
  #allCards = false;
  /** What the form holds now, in the order it was entered: {kind: 'activity'|'workProcess'|'skill', id, label}. */
  #draft = [];
  #state = new MatchState();
  #controller = null;
  #knownDomains = new Set();
  /** The control to focus again after the result is redrawn (its data-focus-key), so keyboard users keep their place. */
  #focusKey = null;
  /** Inputs whose full list of interpretations the person opened; stays open across redraws. */
  #expanded = new Set();
  /** After a submit or on opening a shared link, bring the result into view once it is drawn. */
  #revealResult = 'scroll';
  /** The request whose answer is shown, and its answer with every missing part once someone opened a list of them. */
  #shownRequest = null;
  #completeAnswer = null;

  constructor({ root, api, navigate, announce }) {
    this.#api = api;
    this.#navigate = navigate;
    this.#announce = announce;
    this.#output = root.querySelector('#match-output');
    this.#activityInput = root.querySelector('#activity-input');
    this.#activityError = root.querySelector('#activities-error');
    this.#searchResults = root.querySelector('#search-results');
    this.#searchInput = root.querySelector('#search-input');

    this.#activityChips = new ChipList(root.querySelector('#activity-chips'), {
      onRemove: (item) => this.#setDraft(this.#draft.filter((d) => d.key !== item.key)),
      fallbackFocus: () => this.#activityInput,
    });
    new SuggestCombobox({
      input: this.#activityInput,
      announce,
      fetchSuggestions: async (q, signal) => {
        const answer = await api.suggest(q, { types: [...ACTIVITY_TYPES], signal });
        return (answer.suggestions ?? []).filter((s) => s.id);
      },
      onChoose: (s) => this.#add({ kind: s.type, id: s.id, label: s.text }),
      freeText: (text) => this.#addText(text),
    });
    this.#activityNotice = root.querySelector('#activities-notice');
    root.querySelector('#activity-add').addEventListener('click', () => {
      const text = this.#activityInput.value.trim();
      this.#activityInput.value = '';
      if (text) this.#addText(text);
      this.#activityInput.focus();
    });
    // A pasted list (several lines, or longer than one activity) becomes several activities at once.
    this.#activityInput.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text') ?? '';
      if (!ACTIVITY_SEPARATORS.test(text) && !SENTENCE_END.test(text) && text.length <= MAX_ACTIVITY_LENGTH) return;
      event.preventDefault();
      this.#activityInput.value = '';
      this.#addText(text);
    });
    for (const input of root.querySelectorAll('#activity-input, #occupation-input, #qualification-input, #search-input')) {
      input.addEventListener('input', () => this.#saveDraft());
    }
    const onPick = () => { this.#saveDraft(); this.#markOutdated(); };
    this.#occupation = new Picker({
      input: root.querySelector('#occupation-input'), list: root.querySelector('#occupation-chips'), api, type: 'occupation', announce, onChange: onPick,
    });
    this.#qualification = new Picker({
      input: root.querySelector('#qualification-input'), list: root.querySelector('#qualification-chips'), api, type: 'qualification', announce, onChange: onPick,
    });
    this.#pickerFields = {
      occupation: { picker: this.#occupation, input: root.querySelector('#occupation-input'), note: root.querySelector('#occupation-note'), noun: 'beroep' },
      qualification: { picker: this.#qualification, input: root.querySelector('#qualification-input'), note: root.querySelector('#qualification-note'), noun: 'diploma' },
    };

    root.querySelector('#match-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.#submit();
    });
    root.querySelector('#reset-button').addEventListener('click', () => {
      this.#draft = [];
      this.#kept.clear();
      for (const input of root.querySelectorAll('#match-form input')) input.value = '';
      for (const field of Object.values(this.#pickerFields)) this.#setNote(field, null);
      this.#showNotice(null);
      this.#navigate('#/');
      this.#activityInput.focus();
    });
    this.#bindSearch(root);
  }

  /** Shows the state described by the URL parameters, running the match when there is any input. */
  show(params) {
    const state = MatchState.fromParams(params);
    this.#state = state;
    this.#draft = [
      ...state.activities.map((text) => draftItem('activity', text, text)),
      ...state.workProcesses.map((c) => draftItem('workProcess', c.id, c.label)),
      ...state.skills.map((c) => draftItem('skill', c.id, c.label)),
    ];
    this.#occupation.show(state.occupation ? [state.occupation] : []);
    this.#qualification.show(state.qualification ? [state.qualification] : []);
    this.#restoreDraft(state);
    this.#renderDraft();
    this.#showError(null);
    if (!state.hasInput()) {
      this.#controller?.abort();
      replace(this.#output);
      return;
    }
    this.#run(state);
  }

  // ---- the form ----

  #add(item) {
    const entry = draftItem(item.kind, item.id, item.label);
    if (this.#draft.some((d) => d.key === entry.key)) {
      this.#announce(`${entry.label} staat er al.`);
      return;
    }
    this.#setDraft([...this.#draft, entry]);
    this.#showError(null);
    this.#announce(`Toegevoegd: ${entry.label}. Je hebt nu ${plural(this.#draft.length, 'ding', 'dingen')} ingevuld.`);
  }

  /**
   * Adds typed or pasted text as activities: split at line breaks, semicolons, commas and sentences, each piece cut to what
   * the API takes, with a notice saying what was done to the text.
   */
  #addText(text) {
    const all = text.split(ACTIVITY_SEPARATORS).flatMap(sentencesOf)
      .map((p) => p.replace(/\s+/g, ' ').trim().replace(/^[-*–—>]+\s*/, ''))
      .filter(Boolean);
    // A list's numbers, dashes and headings ("Taken:") are no activity; a text without letters stays one, as typed.
    const lettered = all.filter((p) => /\p{L}/u.test(p) && !p.endsWith(':'));
    const pieces = lettered.length ? lettered : all;
    const cut = pieces.filter((p) => p.length > MAX_ACTIVITY_LENGTH).length;
    const activities = pieces.map((p) => p.slice(0, MAX_ACTIVITY_LENGTH).trim());
    for (const activity of activities) this.#add({ kind: 'activity', id: activity, label: activity });
    const notes = [];
    if (activities.length > 1) notes.push(`We hebben je tekst in ${activities.length} dingen gesplitst, bij elke nieuwe regel, zin, komma of puntkomma. Haal weg wat niet klopt.`);
    if (cut) notes.push(`${cut === 1 ? 'Eén stuk was' : `${cut} stukken waren`} langer dan ${MAX_ACTIVITY_LENGTH} tekens; we gebruiken alleen het begin. Zet een komma of nieuwe regel tussen verschillende dingen.`);
    this.#showNotice(notes.join(' ') || null);
    if (notes.length) this.#announce(notes.join(' '));
  }

  #showNotice(message) {
    this.#activityNotice.textContent = message ?? '';
    this.#activityNotice.hidden = !message;
  }

  #setDraft(items) {
    this.#draft = items;
    this.#renderDraft();
  }

  /** What the form holds now, as the state it would show if sent. */
  #formState() {
    return this.#state.with({
      activities: this.#draft.filter((d) => d.kind === 'activity').map((d) => d.label),
      workProcesses: this.#draft.filter((d) => d.kind === 'workProcess').map((d) => chip(d.id, d.label)),
      skills: this.#draft.filter((d) => d.kind === 'skill').map((d) => chip(d.id, d.label)),
      occupation: this.#occupation.items[0] ?? null,
      qualification: this.#qualification.items[0] ?? null,
    });
  }

  /** Keeps what is typed but not sent for this tab, tied to the result it was typed over. */
  #saveDraft() {
    this.#kept.save(this.#state.toHash(), {
      items: this.#draft.map(({ kind, id, label }) => ({ kind, id, label })),
      occupation: this.#occupation.items[0] ?? null,
      qualification: this.#qualification.items[0] ?? null,
      pending: this.#activityInput.value,
      occupationText: this.#pickerFields.occupation.input.value,
      qualificationText: this.#pickerFields.qualification.input.value,
      search: this.#searchInput.value,
    });
  }

  /** After back or forward to the same result, puts back what was added or typed but not yet sent. */
  #restoreDraft(state) {
    const saved = this.#kept.restore(state.toHash());
    if (!saved) return;
    this.#draft = (saved.items ?? []).map((d) => draftItem(d.kind, d.id, d.label));
    if (saved.occupation) this.#occupation.show([chip(saved.occupation.id, saved.occupation.label)]);
    if (saved.qualification) this.#qualification.show([chip(saved.qualification.id, saved.qualification.label)]);
    const fill = (input, text) => { if (text && !input.value) input.value = text; };
    fill(this.#activityInput, saved.pending);
    fill(this.#pickerFields.occupation.input, saved.occupationText);
    fill(this.#pickerFields.qualification.input, saved.qualificationText);
    fill(this.#searchInput, saved.search);
    if (saved.search) this.#searchInput.closest('details').open = true;
  }

  /** Says so on the result when the form no longer asks what the result answers. */
  #markOutdated() {
    const result = this.#output.querySelector('.results');
    if (!result) return;
    const outdated = this.#formState().toHash() !== this.#state.toHash();
    this.#output.classList.toggle('is-outdated', outdated);
    let banner = this.#output.querySelector('.outdated');
    if (outdated && !banner) {
      banner = h('div', { class: 'state outdated no-print', role: 'status' },
        h('p', {}, h('strong', {}, 'Je hebt iets veranderd.'), ' De uitslag hieronder hoort nog bij wat er eerst stond.'),
        h('button', { type: 'button', class: 'button', onclick: () => this.#submit() }, 'Werk de uitslag bij'));
      this.#output.prepend(banner);
    } else if (!outdated) {
      banner?.remove();
    }
  }

  #renderDraft() {
    this.#activityChips.render(this.#draft.map((d) => ({
      key: d.key,
      label: d.label,
      tag: d.kind === 'activity' ? null : suggestionTypeLabel(d.kind),
      uri: d.kind === 'skill' ? d.id : undefined,
    })));
    if (this.#draft.some((d) => d.kind === 'skill')) markLanguages(this.#api, this.#activityChips.element).catch(() => {});
    this.#saveDraft();
    this.#markOutdated();
  }

  async #submit() {
    // Text typed but not yet added still counts: people forget to add it.
    const pending = this.#activityInput.value.trim();
    if (pending) {
      this.#activityInput.value = '';
      this.#addText(pending);
    }
    // A job or diploma typed but not picked from the suggestions becomes the best match, and the page says which.
    for (const field of Object.values(this.#pickerFields)) {
      if (!(await this.#resolveTyped(field))) return;
    }
    const state = this.#formState();
    if (!state.hasInput()) {
      this.#showError('Vul eerst in wat je doet in je werk, bijvoorbeeld “kassa”. Tik daarna op “Voeg toe”.');
      this.#activityInput.focus();
      return;
    }
    this.#revealResult = 'focus';
    this.#navigate(state.toHash());
  }

  /** Picks the best suggestion for text left in a job or diploma field; false (with the error at that field) when none fits. */
  async #resolveTyped(field) {
    const typed = field.input.value.trim();
    if (!typed) return true;
    let best = null;
    try {
      const answer = await this.#api.suggest(typed, { types: [field.picker === this.#occupation ? 'occupation' : 'qualification'], limit: 1 });
      best = (answer.suggestions ?? []).find((s) => s.id) ?? null;
    } catch {
      best = null;
    }
    if (!best) {
      this.#setNote(field, `We vinden geen ${field.noun} dat lijkt op “${typed}”. Kies een suggestie terwijl je typt, of maak het veld leeg.`, true);
      field.input.focus();
      return false;
    }
    field.input.value = '';
    field.picker.show([chip(best.id, best.text)]);
    this.#setNote(field, `Je typte “${typed}”. We kozen het ${field.noun} “${best.text}”. Klopt dat niet? Typ opnieuw en kies uit de lijst.`);
    return true;
  }

  #setNote(field, message, isError = false) {
    field.note.textContent = message ?? '';
    field.note.hidden = !message;
    field.note.className = isError ? 'field-error' : 'field-note';
    if (isError) field.input.setAttribute('aria-invalid', 'true');
    else field.input.removeAttribute('aria-invalid');
  }

  #showError(message) {
    this.#activityError.textContent = message ?? '';
    this.#activityError.hidden = !message;
    if (message) this.#activityInput.setAttribute('aria-invalid', 'true');
    else this.#activityInput.removeAttribute('aria-invalid');
  }

  #bindSearch(root) {
    const input = root.querySelector('#search-input');
    const run = () => this.#search(input.value.trim());
    root.querySelector('#search-button').addEventListener('click', run);
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault(); // not the match form's submit
        run();
      }
    });
  }

  async #search(q) {
    if (!q) {
      replace(this.#searchResults, h('p', { class: 'hint' }, 'Typ eerst een woord.'));
      return;
    }
    replace(this.#searchResults, loading('Even zoeken…'));
    try {
      const answer = await this.#api.search({ q, types: ['workProcess'], limit: 10 });
      const hits = answer.hits ?? [];
      if (!hits.length) {
        replace(this.#searchResults, h('p', {}, `Niets gevonden voor “${q}”. Probeer een ander of korter woord.`));
        return;
      }
      replace(this.#searchResults,
        h('p', {}, `${plural(answer.total ?? hits.length, 'werkproces', 'werkprocessen')} gevonden. Doe je dit ook? Voeg het dan toe.`),
        h('ul', { class: 'hits' }, hits.map((hit) => h('li', { class: 'hit' },
          h('p', { class: 'hit-title' }, hit.title),
          hit.snippet ? h('p', { class: 'snippet' }, markedText(hit.snippet)) : null,
          hit.qualification ? h('p', { class: 'meta' }, `In ${hit.qualification.name}, niveau ${hit.qualification.level}`) : null,
          h('button', {
            type: 'button',
            class: 'button button-small button-secondary',
            'aria-label': `Dit doe ik ook: ${hit.title}`,
            onclick: () => this.#add({ kind: 'workProcess', id: hit.id, label: hit.title }),
          }, 'Dit doe ik ook')))));
    } catch (error) {
      replace(this.#searchResults, failure(error, { retry: () => this.#search(q) }));
    }
  }

  // ---- the result ----

  async #run(state) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#output.setAttribute('aria-busy', 'true');
    const message = 'Even zoeken naar diploma’s en beroepen die bij je werk passen…';
    if (this.#output.querySelector('.results')) {
      // Keep the previous result in place (dimmed) so focus stays where the person clicked.
      this.#output.querySelector('.state-loading')?.remove();
      this.#output.classList.add('is-stale');
      this.#output.prepend(loading(message));
    } else {
      replace(this.#output, loading(message));
    }
    this.#announce('Even zoeken…');
    try {
      const outcome = await resolveMatch(this.#api, state, controller.signal);
      if (controller.signal.aborted) return;
      this.#render(state, outcome);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      replace(this.#output, failure(error, { retry: () => this.#run(state) }));
      this.#focusKey = null;
    } finally {
      if (this.#controller === controller) {
        this.#output.removeAttribute('aria-busy');
        this.#output.classList.remove('is-stale');
      }
    }
  }

  #render(state, { answer, understood, origins, nothingLeft, request }) {
    this.#shownRequest = request;
    this.#completeAnswer = null;
    const qualifications = answer.qualifications ?? [];
    const occupations = answer.occupations ?? [];
    if (!state.domains.length) for (const q of qualifications) if (q.domain) this.#knownDomains.add(q.domain);
    const labels = labelsFor(state, understood);
    const complete = (pick) => this.#completeList(pick);

    // When no input was understood as any work, a list of qualifications would only echo letters: say so instead.
    const nothingUnderstood = understood.length > 0 && understood.every((u) => interpretationCount(u) === 0);
    replace(this.#output,
      this.#understoodSection(state, understood),
      this.#resultsSection(state, qualifications, occupations, { origins, labels, nothingLeft, nothingUnderstood, complete }));
    this.#restoreFocus();
    this.#reveal();
    markLanguages(this.#api, this.#output.closest('.view')).catch(() => {});

    if (qualifications.length && !nothingUnderstood) {
      const best = qualifications[0];
      this.#announce(`Klaar. ${plural(qualifications.length, 'diploma', 'diploma’s')} en ${plural(occupations.length, 'beroep', 'beroepen')} gevonden. `
        + `Bovenaan: ${best.name}. ${coverageSentence(best.coverage, best.coverageBasis)}.`);
    } else {
      this.#announce('Klaar. We vonden nog geen diploma dat past. Onder de uitslag staan tips.');
    }
  }

  /**
   * One full list of missing parts, from the same question asked again with every missing part (the answer first
   * names only a few per core task): `pick` takes it from that answer. Asked once per result, when first needed.
   */
  async #completeList(pick) {
    const request = this.#shownRequest;
    if (!request) return null;
    this.#completeAnswer ??= this.#api.match(request, { expand: 'missing' });
    try {
      const answer = await this.#completeAnswer;
      return request === this.#shownRequest ? pick(answer) : null;
    } catch (error) {
      if (request === this.#shownRequest) this.#completeAnswer = null; // asked again on the next opening
      throw error;
    }
  }

  /** Navigates to a changed state, remembering which control should have focus once the new result is shown. */
  #go(state, focusKey) {
    this.#focusKey = focusKey;
    this.#navigate(state.toHash());
  }

  #reveal() {
    const how = this.#revealResult;
    this.#revealResult = null;
    const heading = this.#output.querySelector('#understood-title');
    if (!how || !heading) return;
    if (how === 'focus') heading.focus();
    else heading.scrollIntoView({ block: 'start' });
  }

  #restoreFocus() {
    const key = this.#focusKey;
    this.#focusKey = null;
    if (!key) return;
    const target = [...this.#output.querySelectorAll('[data-focus-key]')].find((el) => el.dataset.focusKey === key)
      ?? this.#output.querySelector('#understood-title');
    target?.focus();
  }

  /**
   * "Zo hebben we je begrepen": one short line always in view (with what found nothing and "bedoelde je ...?"),
   * the full list of interpretations folded away until the person opens it.
   */
  #understoodSection(state, understood) {
    const removed = new Set(state.without);
    const found = understood.filter((u) => interpretationCount(u) > 0);
    const empty = understood.filter((u) => u.kind === 'activity' && interpretationCount(u) === 0);
    const works = found.reduce((n, u) => n + interpretationCount(u), 0);
    const details = h('details', { class: 'understood-details', open: this.#understoodOpen || undefined },
      h('summary', {}, 'Bekijk wat we vonden en haal weg wat niet klopt'),
      h('p', { class: 'hint no-print' }, 'Klopt iets niet? Tik op “Klopt niet”. Dan zoeken we opnieuw zonder dat.'),
      h('ul', { class: 'understood-list' }, understood.map((u) => this.#understoodItem(state, u, removed))));
    details.addEventListener('toggle', () => { this.#understoodOpen = details.open; });
    return h('section', { class: 'understood', 'aria-labelledby': 'understood-title' },
      h('h2', { id: 'understood-title', tabindex: '-1' }, 'Zo hebben we je begrepen'),
      h('p', { class: 'understood-summary' }, understoodSummary(understood.length, found.length, works)),
      empty.length ? h('ul', { class: 'understood-empty' }, empty.map((u) => this.#nothingFound(state, u))) : null,
      found.length ? h('ul', { class: 'understood-empty' },
        found.filter((u) => u.kind === 'activity').map((u) => this.#didYouMean(state, u))) : null,
      found.length ? details : null);
  }

  /** An activity that reached nothing, with "bedoelde je ...?" from the index's own words when there are any. */
  #nothingFound(state, u) {
    return h('li', { class: 'warning' },
      h('strong', {}, `“${u.input}”`), ': hier vonden we niets bij.', this.#suggestions(state, u));
  }

  /**
   * An activity that did find something, shown only when the index knows a likelier wording: a typo in one of its
   * words, or an English ESCO label ("warehouse worker") with the Dutch label of the same concept.
   */
  #didYouMean(state, u) {
    const item = h('li', { class: 'did-you-mean-found', hidden: true }, h('strong', {}, `“${u.input}”`), ':');
    item.append(this.#suggestions(state, u, () => { item.hidden = false; }));
    return item;
  }

  /** "Bedoelde je ...?" buttons from GET /spelling, filled in when it answers; `onShown` when there are any. */
  #suggestions(state, u, onShown = () => {}) {
    const suggestions = h('span', { class: 'did-you-mean' });
    this.#api.spelling(u.input).then((answer) => {
      const options = answer.suggestions ?? [];
      if (!options.length) return;
      onShown();
      replace(suggestions, ' Bedoelde je ', options.map((text, i) => [
        i ? (i === options.length - 1 ? ' of ' : ', ') : '',
        h('button', {
          type: 'button',
          class: 'button button-small button-secondary',
          onclick: () => this.#go(state.with({
            activities: state.activities.map((a) => (a === u.input ? text : a)),
          }), 'understood'),
        }, text)]), '?');
    }).catch(() => {});
    return suggestions;
  }

  #understoodItem(state, u, removed) {
    const interpretations = [
      ...(u.workProcesses ?? []).map((wp) => ({
        id: wp.id, title: wp.title, how: wp.how, strength: wp.strength ?? 0,
        context: wp.qualificationName ? `in het diploma ${wp.qualificationName}` : null,
        noun: 'werkproces',
      })),
      ...(u.skills ?? []).map((s) => ({ id: s.uri, title: s.label, how: s.how, strength: s.strength ?? 0, context: null, noun: 'vaardigheid' })),
    ].sort((a, b) => b.strength - a.strength);

    const title = u.kind === 'activity' ? u.input : labelForInput(state, u);
    const removeInput = h('button', {
      type: 'button',
      class: 'button button-small button-link',
      'aria-label': `Helemaal weghalen: ${title}`,
      onclick: () => this.#go(withoutInput(state, u), 'understood'),
    }, 'Helemaal weghalen');

    const item = h('li', { class: 'understood-item' },
      h('p', { class: 'understood-input' }, h('span', { class: 'kind' }, `${inputKindLabel(u.kind)}: `), h('strong', {}, title), ' ', removeInput));

    if (u.occupation) {
      item.append(h('p', { class: 'meta understood-occupation' }, 'Hierin lazen we je beroep: ',
        h('strong', {}, u.occupation.label), '. Wat je in dat beroep doet, telt mee als werk dat je al kent.'));
    }
    if (u.kind !== 'activity') {
      if (interpretations.length) item.append(h('p', { class: 'meta' }, `Telt mee met ${plural(interpretations.length, interpretations[0].noun, interpretations[0].noun === 'werkproces' ? 'werkprocessen' : 'vaardigheden')}.`));
      return item;
    }
    if (!interpretations.length) {
      item.append(h('p', { class: 'warning' }, 'Hier vonden we niets bij. Probeer een ander woord, of kies een suggestie terwijl je typt.'));
      return item;
    }
    const list = h('ul', { class: 'interpretations' });
    const collapsed = !this.#expanded.has(u.input) && interpretations.length > SHOWN_INTERPRETATIONS;
    interpretations.forEach((i, index) => {
      const isRemoved = removed.has(i.id);
      const li = h('li', { class: isRemoved ? 'interpretation removed' : 'interpretation', hidden: collapsed && index >= SHOWN_INTERPRETATIONS },
        h('div', {},
          h('span', { class: 'interpretation-title', dataset: i.noun === 'vaardigheid' ? { uri: i.id } : undefined }, isRemoved ? h('del', {}, i.title) : i.title),
          ' ',
          h('span', { class: 'how' }, isRemoved ? 'weggehaald' : reason(i.how, u.input)),
          i.context ? h('span', { class: 'meta interpretation-context' }, i.context) : null),
        h('button', {
          type: 'button',
          class: 'button button-small button-secondary',
          'aria-label': isRemoved ? `Zet terug: ${i.title}` : `Klopt niet: ${i.title}`,
          dataset: { focusKey: `interpretation:${u.input}:${i.id}` },
          onclick: () => this.#go(state.with({
            without: isRemoved ? state.without.filter((id) => id !== i.id) : [...state.without, i.id],
          }), `interpretation:${u.input}:${i.id}`),
        }, isRemoved ? 'Zet terug' : 'Klopt niet'));
      list.append(li);
    });
    item.append(list);
    if (collapsed) {
      const more = h('button', {
        type: 'button',
        class: 'button button-small button-link',
        onclick: () => {
          this.#expanded.add(u.input);
          for (const li of list.children) li.hidden = false;
          more.remove();
          list.children[SHOWN_INTERPRETATIONS]?.querySelector('button')?.focus();
        },
      }, `Toon alle ${interpretations.length}`);
      item.append(more);
    }
    return item;
  }

  #resultsSection(state, qualifications, occupations, context) {
    const section = h('section', { class: 'results', 'aria-labelledby': 'results-title' },
      h('div', { class: 'results-head' },
        h('h2', { id: 'results-title' }, 'Diploma’s die lijken op je werk'),
        context.nothingUnderstood ? null : this.#shareActions()),
      glossary(),
      context.nothingUnderstood ? null : this.#filters(state));

    if (context.nothingLeft) {
      section.append(notice('Je hebt alles weggehaald',
        h('p', {}, 'Zet een weggehaald werkproces terug, of vul iets nieuws in bij “Wat doe je nu in je werk?”.')));
      return section;
    }
    if (!qualifications.length || context.nothingUnderstood) {
      section.append(this.#noMatch(state));
      if (context.nothingUnderstood) return section;
    } else {
      section.append(h('p', { class: 'summary' },
        `We vonden ${plural(qualifications.length, 'diploma', 'diploma’s')}. Bovenaan staat wat het meest lijkt op jouw werk.`));
    }

    const layout = h('div', { class: 'results-layout' });
    if (qualifications.length) {
      const top = qualifications.slice(0, 3).map((q) => chip(q.crebo, q.name));
      const cards = h('ol', { class: 'cards', 'aria-label': 'Diploma’s, best passend eerst' },
        qualifications.map((q, i) => h('li', { hidden: !this.#allCards && i >= SHOWN_CARDS }, this.#qualificationCard(state, q, context))));
      const hiddenCount = this.#allCards ? 0 : Math.max(0, qualifications.length - SHOWN_CARDS);
      const showAll = hiddenCount ? h('p', { class: 'no-print' }, h('button', {
        type: 'button',
        class: 'button button-secondary',
        onclick: () => {
          this.#allCards = true;
          for (const li of cards.children) li.hidden = false;
          showAll.remove();
          cards.children[SHOWN_CARDS]?.querySelector('a')?.focus();
        },
      }, `Toon nog ${plural(hiddenCount, 'diploma', 'diploma’s')}`)) : null;
      layout.append(h('div', { class: 'results-main' }, cards, showAll,
        top.length >= 2 ? h('p', { class: 'more-link' },
          h('a', { href: commonHash(top) }, `Bekijk wat de bovenste ${top.length} diploma’s gemeen hebben`)) : null));
    }
    layout.append(this.#occupationsSection(occupations, context));
    section.append(layout, printedGlossary());
    return section;
  }

  #shareActions() {
    const copied = h('span', { class: 'copied', role: 'status' });
    return h('div', { class: 'share-actions no-print' },
      h('button', {
        type: 'button',
        class: 'button button-small button-secondary',
        onclick: async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            copied.textContent = 'Link gekopieerd. Een adviseur ziet met deze link dezelfde uitslag.';
          } catch {
            copied.textContent = `Kopieer deze link: ${window.location.href}`;
          }
        },
      }, 'Link kopiëren'),
      h('button', { type: 'button', class: 'button button-small button-secondary', onclick: () => window.print() }, 'Afdrukken'),
      copied);
  }

  #filters(state) {
    const change = (event) => {
      const levels = [...form.querySelectorAll('input[name="niveau"]:checked')].map((c) => Number(c.value));
      const domain = form.querySelector('select').value;
      this.#go(state.with({ levels, domains: domain ? [domain] : [] }), event.target.dataset.focusKey);
    };
    const domains = [...new Set([...this.#knownDomains, ...state.domains])].sort((a, b) => a.localeCompare(b, 'nl'));
    const form = h('form', { class: 'filters no-print', 'aria-label': 'Filters', onsubmit: (e) => e.preventDefault() },
      h('fieldset', { class: 'filter-levels' },
        h('legend', {}, 'Niveau'),
        [1, 2, 3, 4].map((level) => h('label', { class: 'check' },
          h('input', {
            type: 'checkbox', name: 'niveau', value: level, checked: state.levels.includes(level), onchange: change,
            dataset: { focusKey: `level:${level}` },
          }),
          ` ${level}`))),
      h('div', { class: 'filter-domain' },
        h('label', { for: 'domain-filter' }, 'Richting'),
        h('select', { id: 'domain-filter', class: 'select', onchange: change, dataset: { focusKey: 'domain' } },
          h('option', { value: '' }, 'Alle richtingen'),
          domains.map((d) => h('option', { value: d, selected: state.domains[0] === d }, d)))));
    return form;
  }

  #noMatch(state) {
    const filtered = state.levels.length > 0 || state.domains.length > 0;
    return notice('We vonden nog geen diploma dat past',
      h('p', {}, 'Dat ligt meestal aan de woorden. Probeer dit:'),
      h('ul', {},
        filtered ? h('li', {}, 'Zet de filters voor niveau en richting uit.') : null,
        h('li', {}, 'Gebruik gewone woorden voor wat je doet, bijvoorbeeld “kassa”, “vakken vullen” of “klanten helpen”.'),
        h('li', {}, 'Kies een suggestie uit de lijst terwijl je typt.'),
        h('li', {}, 'Of zoek zelf in alle werkprocessen, onder het invulveld.')));
  }

  #qualificationCard(state, q, { origins, labels, complete }) {
    const certificates = q.certificates ?? [];
    const certifiedTitles = new Set(certificates.filter((c) => c.kind === 'certificate').map((c) => c.title?.toLowerCase()));
    const shared = q.shared ?? [];
    const missing = q.missing ?? [];
    const missingCount = missing.reduce((n, group) => n + missingCountOf(group), 0);
    const titleId = `q-${q.crebo}`;

    return h('article', { class: 'card', 'aria-labelledby': titleId },
      h('h3', { id: titleId, class: 'card-title' }, h('a', { href: qualificationHash(q.crebo) }, q.name)),
      metaLine(q),
      lineageLine(q.lineage, q.name),
      state.qualification?.id === q.crebo ? h('p', {}, h('span', { class: 'tag tag-own' }, 'je eigen diploma')) : null,
      h('p', { class: 'coverage-sentence' }, `${coverageSentence(q.coverage, q.coverageBasis)}.`),
      coverageBar(q.coverage),
      profileWords(q.profileEvidence).length
        ? h('p', { class: 'hint' }, `Je woorden in de beschrijving van dit diploma: ${profileWords(q.profileEvidence).join(', ')}.`)
        : null,
      profileWords(q.profileEvidence, 'occupationWords').length
        ? h('p', { class: 'hint' }, `Woorden van je beroep in de beschrijving van dit diploma: ${profileWords(q.profileEvidence, 'occupationWords').slice(0, 8).join(', ')}.`)
        : null,
      profileWords(q.profileEvidence, 'qualificationWords').length
        ? h('p', { class: 'hint' }, `Woorden van je diploma in de beschrijving van dit diploma: ${profileWords(q.profileEvidence, 'qualificationWords').slice(0, 8).join(', ')}.`)
        : null,
      profileWords(q.profileEvidence, 'similarMeaning').length
        ? h('p', { class: 'hint' }, `Woorden van dit diploma die lijken op wat je doet: ${profileWords(q.profileEvidence, 'similarMeaning').join(', ')}.`)
        : null,
      q.coverageBasis === 'skills'
        ? h('p', { class: 'hint' }, 'Van dit diploma kennen we de vaardigheden, niet de werkprocessen. Daarom tellen we vaardigheden.')
        : null,
      coreTaskBars(q.coreTasks, q.coverageBasis, (task) => (certifiedTitles.has(task.title?.toLowerCase())
        ? [h('span', { class: 'badge badge-certificate badge-inline' }, 'mbo-certificaat')] : []), { codes: false }),
      certificateSection(certificates),
      shared.length ? h('p', { class: 'print-only print-strongest' }, h('strong', {}, 'Sterkste overeenkomst: '), shared[0].title,
        evidenceList(shared[0].evidence?.slice(0, 1), { origins, labels, sharedId: shared[0].id })) : null,
      missingCount ? h('p', { class: 'print-only' }, h('strong', {}, 'Nog te leren: '), missingSummary(missing, missingCount, q.coverageBasis)) : null,
      shared.length ? h('details', { class: 'disclosure' },
        h('summary', {}, `Wat je al doet (${shared.length})`),
        h('ul', { class: 'workprocess-list' }, shared.map((wp) => h('li', {},
          h('span', { class: 'wp-title' }, wp.title),
          evidenceList(wp.evidence, { origins, labels, sharedId: wp.id }))))) : null,
      missingCount ? completableDetails(`Wat je nog mist (${missingCount})`, missingGroups(missing, q.coverageBasis),
        missing.some((g) => missingCountOf(g) > (g.workProcesses?.length ?? 0))
          ? () => complete((answer) => missingGroups(
            (answer.qualifications ?? []).find((full) => full.crebo === q.crebo)?.missing, q.coverageBasis))
          : null) : null,
      h('p', { class: 'card-actions no-print' },
        h('a', { href: qualificationHash(q.crebo) }, 'Bekijk het hele diploma', srOnly(` ${q.name}`)),
        h('a', { href: cardOverviewHash(state, q), class: 'overview-link' }, 'Maak een overzicht voor je werkgever of school', srOnly(` (${q.name})`)),
        state.qualification && state.qualification.id !== q.crebo
          ? h('a', { href: compareHash(state.qualification, chip(q.crebo, q.name)) }, 'Vergelijk met mijn diploma', srOnly(` (${q.name})`))
          : null));
  }

  #occupationsSection(occupations, { origins, labels, complete }) {
    return h('section', { class: 'occupations', 'aria-labelledby': 'occupations-title' },
      h('h2', { id: 'occupations-title' }, 'Beroepen die erop lijken'),
      h('p', { class: 'hint' }, 'Uit de Europese beroepenlijst ESCO. We tellen de vaardigheden die voor het beroep belangrijk zijn.'),
      occupations.length
        ? h('ul', { class: 'occupation-list' }, occupations.map((o) => h('li', {}, occupationCard(o, { origins, labels, complete, markLanguages: (root) => markLanguages(this.#api, root) }))))
        : h('p', {}, 'Geen beroepen gevonden bij wat je invulde.'));
  }
}

/**
 * The overview of a card's qualification: of the code whose work processes the card counts, with the matches the
 * person removed on this page already removed there.
 */
function cardOverviewHash(state, q) {
  const own = new Set([...(q.shared ?? []).map((s) => s.id),
    ...(q.missing ?? []).flatMap((g) => (g.workProcesses ?? []).map((wp) => wp.id))]);
  return overviewHash(q.lineage?.contentFrom?.crebo ?? q.crebo, state, { removed: state.without.filter((id) => own.has(id)) });
}

function occupationCard(o, { origins, labels, complete, markLanguages }) {
  const titleId = `o-${o.id ?? o.uri}`.replace(/[^\w-]/g, '-');
  const shared = o.sharedSkills ?? [];
  const missing = o.missingSkills ?? [];
  const missingCount = o.missingSkillCount ?? missing.length;
  return h('article', { class: 'card card-compact', 'aria-labelledby': titleId },
    h('h3', { id: titleId, class: 'card-title' }, h('span', { dataset: { uri: o.uri } }, o.label)),
    h('p', { class: 'coverage-sentence' }, `${skillCoverageSentence(o.coverage)}.`),
    profileWords(o.profileEvidence).length
      ? h('p', { class: 'hint' }, `Je woorden in de beschrijving van dit beroep: ${profileWords(o.profileEvidence).join(', ')}.`)
      : null,
    (o.profileEvidence ?? []).some((e) => e.how === 'relatedOccupation')
      ? h('p', { class: 'hint' }, 'Verwant aan je eigen beroep: het vraagt voor een deel dezelfde vaardigheden.')
      : null,
    coverageBar(o.coverage),
    shared.length ? h('details', { class: 'disclosure' },
      h('summary', {}, `Wat je al kunt (${shared.length})`),
      h('ul', { class: 'workprocess-list skill-labels' }, shared.map((s) => h('li', {}, h('span', { dataset: { uri: s.uri } }, s.label), evidenceList(s.evidence, { origins, labels, sharedId: s.uri }))))) : null,
    missingCount ? completableDetails(`Wat je nog mist (${missingCount})`, missingSkillList(missing, missingCount),
      missingCount > missing.length
        ? async () => {
          const list = await complete((answer) => {
            const full = (answer.occupations ?? []).find((other) => other.uri === o.uri)?.missingSkills;
            return full ? missingSkillList(full, full.length) : null;
          });
          if (list) markLanguages(list).catch(() => {});
          return list;
        }
        : null) : null,
    o.uri?.startsWith('http') ? h('p', { class: 'card-actions no-print' },
      h('a', { href: o.uri, rel: 'noopener noreferrer', target: '_blank' }, 'Meer over dit beroep bij ESCO', srOnly(' (opent in een nieuw venster)'))) : null);
}

/** How many parts of a core task are missing; the answer names only the first few of them. */
function missingCountOf(group) {
  return group.count ?? group.workProcesses?.length ?? 0;
}

/** "en nog 4 werkprocessen": the missing parts a list does not name (yet). */
function notNamed(count, noun, tag = 'li') {
  return count > 0 ? h(tag, { class: 'not-named' }, `en nog ${count} ${noun}`) : null;
}

/** The missing work processes (or skills) per core task, with how many more each has than the answer names. */
function missingGroups(missing, coverageBasis) {
  if (!missing) return null;
  return h('ul', { class: 'missing-groups' }, missing.filter((g) => missingCountOf(g)).map((group) => {
    const named = group.workProcesses ?? [];
    const rest = missingCountOf(group) - named.length;
    return h('li', {},
      h('p', { class: 'subhead' }, group.coreTask?.title ?? 'Overig'),
      h('ul', { class: 'workprocess-list' }, named.map((wp) => h('li', {}, wp.title)),
        notNamed(rest, basisNoun(coverageBasis, rest))));
  }));
}

function missingSkillList(skills, count) {
  const rest = count - skills.length;
  // The note stays outside the list: English labels are moved to the end of it.
  return h('div', {},
    h('ul', { class: 'workprocess-list skill-labels' }, skills.map((s) => h('li', {}, h('span', { dataset: { uri: s.uri } }, s.label)))),
    notNamed(rest, rest === 1 ? 'vaardigheid' : 'vaardigheden', 'p'));
}

/**
 * A folded list of missing parts. When the answer names only the first few, opening it asks for the whole list
 * (`loadAll`, once) and puts it in place; until then, and if that fails, the first few stay with a note.
 */
function completableDetails(title, list, loadAll) {
  if (!loadAll) return h('details', { class: 'disclosure' }, h('summary', {}, title), list);
  const status = h('p', { class: 'hint', role: 'status' });
  const details = h('details', { class: 'disclosure' }, h('summary', {}, title), list, status);
  let loading = false;
  const load = async () => {
    if (loading || !details.open) return;
    loading = true;
    status.textContent = 'De hele lijst wordt geladen…';
    try {
      const full = await loadAll();
      if (full) {
        list.replaceWith(full);
        list = full;
        details.removeEventListener('toggle', load);
        status.textContent = '';
        return;
      }
      status.textContent = '';
    } catch {
      status.textContent = 'De hele lijst kon niet worden geladen. Sluit en open deze lijst om het opnieuw te proberen.';
    }
    loading = false;
  };
  details.addEventListener('toggle', load);
  return details;
}

/** "6 werkprocessen, vooral in Beheert werkplaatsplanning en Verleent service aan klanten." */
function missingSummary(missing, count, coverageBasis) {
  const biggest = missing.filter((g) => missingCountOf(g) && g.coreTask?.title)
    .sort((a, b) => missingCountOf(b) - missingCountOf(a)).slice(0, 2).map((g) => g.coreTask.title);
  return `${count} ${basisNoun(coverageBasis, count)}${biggest.length ? `, vooral in ${biggest.join(' en ')}` : ''}.`;
}

function understoodSummary(inputs, found, works) {
  if (!inputs || !found) return 'Bij wat je invulde vonden we nog geen werk dat we kennen. Probeer andere woorden.';
  const which = found === inputs ? 'Daarbij' : `Bij ${found} daarvan`;
  return `Je vulde ${plural(inputs, 'ding', 'dingen')} in. ${which} vonden we ${plural(works, 'taak of vaardigheid', 'taken en vaardigheden')} uit diploma’s en beroepen.`;
}

function interpretationCount(u) {
  return (u.workProcesses?.length ?? 0) + (u.skills?.length ?? 0);
}

function draftItem(kind, id, label) {
  return { kind, id, label, key: `${kind}:${kind === 'activity' ? id.toLowerCase() : id}` };
}

/** Labels to show for ids that come back as evidence input (chosen items are sent by id). */
function labelsFor(state, understood) {
  const labels = new Map();
  for (const c of [...state.workProcesses, ...state.skills]) labels.set(c.id, c.label);
  if (state.qualification) labels.set(state.qualification.id, state.qualification.label);
  if (state.occupation) labels.set(state.occupation.id, state.occupation.label);
  for (const u of understood) {
    if (u.kind === 'workProcess' && u.workProcesses?.length === 1) labels.set(u.input, u.workProcesses[0].title);
    if (u.kind === 'skill' && u.skills?.length === 1) labels.set(u.input, u.skills[0].label);
  }
  return labels;
}

function labelForInput(state, u) {
  const pools = {
    workProcess: state.workProcesses,
    skill: state.skills,
    qualification: state.qualification ? [state.qualification] : [],
    occupation: state.occupation ? [state.occupation] : [],
  };
  const known = (pools[u.kind] ?? []).find((c) => c.id === u.input);
  if (known) return known.label;
  if (u.kind === 'workProcess') return u.workProcesses?.[0]?.title ?? u.input;
  if (u.kind === 'skill') return u.skills?.[0]?.label ?? u.input;
  return u.input;
}

/** The state without one understood input (and without removals that only concerned it). */
function withoutInput(state, u) {
  const ids = new Set(interpretationIds(u));
  const without = state.without.filter((id) => !ids.has(id));
  switch (u.kind) {
    case 'activity':
      return state.with({ activities: state.activities.filter((a) => a.trim().toLowerCase() !== u.input.trim().toLowerCase()), without });
    case 'workProcess':
      return state.with({ workProcesses: state.workProcesses.filter((c) => c.id !== u.input && !ids.has(c.id)), without });
    case 'skill':
      return state.with({ skills: state.skills.filter((c) => c.id !== u.input && !ids.has(c.id)), without });
    case 'qualification':
      return state.with({ qualification: null, without });
    case 'occupation':
      return state.with({ occupation: null, without });
    default:
      return state;
  }
}
