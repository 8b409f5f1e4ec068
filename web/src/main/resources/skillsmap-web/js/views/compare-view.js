// "Mijn diploma versus een doel": what carries over from the diploma you hold to the one you want.
import { h, replace } from '../dom.js';
import { isAbort } from '../api.js';
import { Picker } from '../picker.js';
import { FormDraft } from '../form-draft.js';
import { chip, compareFromParams, compareHash, qualificationHash } from '../url-state.js';
import { basisNoun, levelLabel, partLabel } from '../words.js';
import { coverageBar, coverageLine, evidenceList, failure, glossary, loading, namedChoices, notice } from './parts.js';
import { followedLines } from './lineage.js';

export class CompareView {
  #api;
  #navigate;
  #announce;
  #output;
  #error;
  #from;
  #to;
  #controller = null;
  /** Chosen and typed but not yet compared, kept for this tab so back and forward lose nothing. */
  #kept = new FormDraft('compare');
  #shown = compareHash(null, null);

  constructor({ root, api, navigate, announce }) {
    this.#api = api;
    this.#navigate = navigate;
    this.#announce = announce;
    this.#output = root.querySelector('#compare-output');
    this.#error = root.querySelector('#compare-error');
    const common = { api, type: 'qualification', announce, onChange: () => this.#saveDraft() };
    this.#from = new Picker({ ...common, input: root.querySelector('#compare-from-input'), list: root.querySelector('#compare-from-chips') });
    this.#to = new Picker({ ...common, input: root.querySelector('#compare-to-input'), list: root.querySelector('#compare-to-chips') });
    for (const picker of [this.#from, this.#to]) picker.combobox.input.addEventListener('input', () => this.#saveDraft());
    root.querySelector('#compare-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const from = this.#from.items[0];
      const to = this.#to.items[0];
      if (!from || !to) {
        this.#showError(!from ? 'Kies eerst je eigen diploma.' : 'Kies ook het diploma dat je wilt halen.');
        (!from ? this.#from : this.#to).combobox.input.focus();
        return;
      }
      this.#navigate(compareHash(from, to));
    });
  }

  show(params) {
    const { from, to } = compareFromParams(params);
    this.#shown = compareHash(from, to);
    this.#from.show(from ? [from] : []);
    this.#to.show(to ? [to] : []);
    this.#restoreDraft();
    this.#showError(null);
    if (!from || !to) {
      this.#controller?.abort();
      replace(this.#output);
      return;
    }
    this.#run(from, to);
  }

  #saveDraft() {
    this.#kept.save(this.#shown, {
      from: this.#from.items[0] ?? null,
      to: this.#to.items[0] ?? null,
      fromText: this.#from.combobox.input.value,
      toText: this.#to.combobox.input.value,
    });
  }

  /** After back or forward to the same comparison, puts back what was chosen or typed but not yet compared. */
  #restoreDraft() {
    const saved = this.#kept.restore(this.#shown);
    if (saved) {
      if (saved.from) this.#from.show([chip(saved.from.id, saved.from.label)]);
      if (saved.to) this.#to.show([chip(saved.to.id, saved.to.label)]);
      if (saved.fromText && !this.#from.combobox.input.value) this.#from.combobox.input.value = saved.fromText;
      if (saved.toText && !this.#to.combobox.input.value) this.#to.combobox.input.value = saved.toText;
    }
    this.#saveDraft();
  }

  #showError(message) {
    this.#error.textContent = message ?? '';
    this.#error.hidden = !message;
  }

  async #run(from, to) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#output.setAttribute('aria-busy', 'true');
    replace(this.#output, loading('Even vergelijken…'));
    try {
      const answer = await this.#api.compare(from.id, to.id, { signal: controller.signal });
      if (controller.signal.aborted) return;
      replace(this.#output, this.#render(answer));
      const [fromNamed, toNamed] = namedChoices([from, to], [answer.from, answer.to], answer.followed);
      this.#from.show([fromNamed]);
      this.#to.show([toNamed]);
      const c = answer.coverage ?? {};
      this.#announce(`Klaar. Je neemt ${c.matched ?? 0} van ${c.total ?? 0} ${basisNoun(answer.coverageBasis, c.total ?? 0)} mee naar ${answer.to?.name ?? to.label}.`);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      replace(this.#output, failure(error, { subject: 'een van deze diploma’s', retry: () => this.#run(from, to) }));
    } finally {
      if (this.#controller === controller) this.#output.removeAttribute('aria-busy');
    }
  }

  #render(answer) {
    const coverage = answer.coverage ?? { matched: 0, total: 0 };
    const coreTasks = answer.coreTasks ?? [];
    const noun = (count) => basisNoun(answer.coverageBasis, count);
    // Evidence names the held diploma by the code asked or the code used for it.
    const diplomaNames = new Map([answer.from, ...(answer.followed ?? []).filter((f) => f.used === answer.from?.crebo)
      .map((f) => ({ crebo: f.asked, name: answer.from?.name }))].filter((q) => q?.crebo).map((q) => [q.crebo, q.name]));
    return h('section', { class: 'results', 'aria-labelledby': 'compare-result-title' },
      h('h2', { id: 'compare-result-title' },
        'Van ', qualificationLink(answer.from), ' naar ', qualificationLink(answer.to)),
      followedLines(answer.followed),
      glossary(),
      h('p', { class: 'coverage-sentence' }, `Je neemt ${coverage.matched} van de ${coverage.total} ${noun(coverage.total)} al mee.`),
      coverageBar(coverage),
      coreTasks.length ? coreTasks.map((task) => h('section', { class: 'card', 'aria-label': task.title },
        h('h3', { class: 'card-title' }, task.title,
          partLabel(task.part) ? h('span', { class: 'tag' }, partLabel(task.part)) : null),
        coverageLine(task.matched ?? 0, task.total ?? 0, basisNoun(answer.coverageBasis, task.total ?? 0)),
        task.carriedOver?.length ? [
          h('p', { class: 'subhead' }, `Neem je mee (${task.carriedOver.length})`),
          h('ul', { class: 'workprocess-list' }, task.carriedOver.map((wp) => h('li', {},
            wp.title, evidenceList(wp.evidence, { sharedId: wp.id, labels: diplomaNames })))),
        ] : null,
        task.remaining?.length ? [
          h('p', { class: 'subhead' }, `Nog te leren (${task.remaining.length})`),
          h('ul', { class: 'workprocess-list' }, task.remaining.map((wp) => h('li', {}, wp.title))),
        ] : null))
        : answer.coverageBasis === 'skills' && coverage.total > 0
          ? notice('We vergelijken hier vaardigheden',
            h('p', {}, `Van ${answer.to?.name ?? 'dit diploma'} kennen we de taken in het werk niet, wel de vaardigheden. Daarom tellen we vaardigheden. Vraag een school welke taken erbij horen.`))
          : notice('Geen werkprocessen om te vergelijken',
            h('p', {}, `Van ${answer.to?.name ?? 'dit diploma'} kennen we de werkprocessen niet. Vraag een school naar de inhoud.`)),
      coverage.total > 0 && coverage.matched === coverage.total
        ? h('p', { class: 'notice' }, 'Je neemt alles mee. Vraag een school hoe je dit diploma kunt halen met wat je al kunt.')
        : h('p', { class: 'hint' }, `Nog ${coverage.total - coverage.matched} ${noun(coverage.total - coverage.matched)} te leren.`));
  }
}

function qualificationLink(q) {
  if (!q) return '?';
  return h('a', { href: qualificationHash(q.crebo) }, q.name, q.level ? ` (${levelLabel(q.level)})` : '');
}
