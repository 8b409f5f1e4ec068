// Parts (groups of equivalent work processes) that several qualifications share.
import { h, replace } from '../dom.js';
import { isAbort } from '../api.js';
import { Picker } from '../picker.js';
import { FormDraft } from '../form-draft.js';
import { chip, commonFromParams, commonHash, qualificationHash } from '../url-state.js';
import { levelLabel, plural } from '../words.js';
import { failure, glossary, loading, namedChoices, notice } from './parts.js';
import { followedLines } from './lineage.js';

const MIN = 2;
const MAX = 10;

export class CommonView {
  #api;
  #navigate;
  #announce;
  #output;
  #error;
  #picker;
  #controller = null;
  /** Chosen and typed but not yet sent, kept for this tab so back and forward lose nothing. */
  #kept = new FormDraft('common');
  #shown = commonHash([]);

  constructor({ root, api, navigate, announce }) {
    this.#api = api;
    this.#navigate = navigate;
    this.#announce = announce;
    this.#output = root.querySelector('#common-output');
    this.#error = root.querySelector('#common-error');
    this.#picker = new Picker({
      api, announce, type: 'qualification', max: MAX, onChange: () => this.#saveDraft(),
      input: root.querySelector('#common-input'), list: root.querySelector('#common-chips'),
    });
    this.#picker.combobox.input.addEventListener('input', () => this.#saveDraft());
    root.querySelector('#common-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = this.#picker.items;
      if (chosen.length < MIN) {
        this.#showError(`Kies minstens ${MIN} diploma’s. Typ een naam en kies uit de lijst.`);
        this.#picker.combobox.input.focus();
        return;
      }
      this.#navigate(commonHash(chosen));
    });
  }

  show(params) {
    const chosen = commonFromParams(params);
    this.#shown = commonHash(chosen);
    this.#picker.show(chosen);
    this.#restoreDraft();
    this.#showError(null);
    if (chosen.length < MIN) {
      this.#controller?.abort();
      replace(this.#output);
      return;
    }
    this.#run(chosen);
  }

  #saveDraft() {
    this.#kept.save(this.#shown, { chosen: this.#picker.items, text: this.#picker.combobox.input.value });
  }

  /** After back or forward to the same view, puts back what was chosen or typed but not yet sent. */
  #restoreDraft() {
    const saved = this.#kept.restore(this.#shown);
    if (saved) {
      this.#picker.show((saved.chosen ?? []).map((c) => chip(c.id, c.label)));
      if (saved.text && !this.#picker.combobox.input.value) this.#picker.combobox.input.value = saved.text;
    }
    this.#saveDraft();
  }

  #showError(message) {
    this.#error.textContent = message ?? '';
    this.#error.hidden = !message;
  }

  async #run(chosen) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#output.setAttribute('aria-busy', 'true');
    replace(this.#output, loading('Even zoeken naar wat ze gemeen hebben…'));
    try {
      const answer = await this.#api.common(chosen.map((c) => c.id), { signal: controller.signal });
      if (controller.signal.aborted) return;
      replace(this.#output, this.#render(answer));
      this.#picker.show(namedChoices(chosen, answer.qualifications ?? [], answer.followed));
      this.#announce(`Klaar. ${plural(answer.common?.length ?? 0, 'gedeeld onderdeel', 'gedeelde onderdelen')} gevonden.`);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      replace(this.#output, failure(error, { subject: 'een van deze diploma’s', retry: () => this.#run(chosen) }));
    } finally {
      if (this.#controller === controller) this.#output.removeAttribute('aria-busy');
    }
  }

  #render(answer) {
    const qualifications = answer.qualifications ?? [];
    const names = new Map(qualifications.map((q) => [q.crebo, q.name]));
    const groups = answer.common ?? [];
    return h('section', { class: 'results', 'aria-labelledby': 'common-result-title' },
      h('h2', { id: 'common-result-title' }, 'Wat deze diploma’s gemeen hebben'),
      followedLines(answer.followed),
      glossary(),
      h('ul', { class: 'plain-list inline-list' }, qualifications.map((q) => h('li', {},
        h('a', { href: qualificationHash(q.crebo) }, q.name), q.level ? ` (${levelLabel(q.level)})` : ''))),
      groups.length
        ? h('ol', { class: 'cards' }, groups.map((group) => h('li', {}, h('article', { class: 'card' },
          h('h3', { class: 'card-title' }, group.title),
          group.coreTask?.title ? h('p', { class: 'meta' }, `Hoort bij de kerntaak ${group.coreTask.title}`) : null,
          h('p', {}, h('strong', {}, `Zit in ${group.sharedBy?.length ?? 0} van de ${qualifications.length}: `),
            (group.sharedBy ?? []).map((crebo) => names.get(crebo) ?? crebo).join(', ')),
          group.workProcesses?.length ? h('details', { class: 'disclosure' },
            h('summary', {}, 'Zo heet het in elk diploma'),
            h('ul', { class: 'workprocess-list' }, group.workProcesses.map((wp) => h('li', {},
              wp.title, h('span', { class: 'meta' }, ` in ${names.get(wp.crebo) ?? wp.crebo}`))))) : null))))
        : notice('Geen gedeelde onderdelen gevonden',
          h('p', {}, 'Deze diploma’s hebben geen werkprocessen die op elkaar lijken, of we kennen hun werkprocessen niet. Probeer diploma’s uit dezelfde richting.')));
  }
}
