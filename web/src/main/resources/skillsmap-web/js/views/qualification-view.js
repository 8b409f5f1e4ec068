// One qualification in full: core tasks, work processes, similar work processes elsewhere, electives, certificates.
import { h, replace } from '../dom.js';
import { isAbort } from '../api.js';
import { chip, compareHash, MatchState, qualificationHash } from '../url-state.js';
import { partLabel, plural, qualityLabel } from '../words.js';
import { failure, glossary, loading, markLanguages, metaLine, notice } from './parts.js';
import { lineageLine } from './lineage.js';
import { overviewHash } from './overview-view.js';

const RELEVANCE = { essentieel: 'belangrijk', optioneel: 'handig' };

export class QualificationView {
  #api;
  #output;
  #backLink;
  #controller = null;
  #onTitle;

  /** @param {{root: HTMLElement, api, backLink: () => string|null, onTitle: (title: string) => void}} config */
  constructor({ root, api, backLink, onTitle }) {
    this.#api = api;
    this.#output = root.querySelector('#qualification-output');
    this.#backLink = backLink;
    this.#onTitle = onTitle;
  }

  async show(crebo) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.#output.setAttribute('aria-busy', 'true');
    replace(this.#output, h('h1', { id: 'qualification-title', tabindex: '-1' }, `Diploma ${crebo}`), loading('Even ophalen…'));
    try {
      const q = await this.#api.qualification(crebo, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const headingHadFocus = document.activeElement?.id === 'qualification-title';
      replace(this.#output, ...this.#render(q));
      markLanguages(this.#api, this.#output).catch(() => {});
      if (headingHadFocus) document.getElementById('qualification-title').focus();
      this.#onTitle(q.name);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      replace(this.#output,
        h('h1', { id: 'qualification-title', tabindex: '-1' }, `Diploma met crebo ${crebo}`),
        failure(error, { subject: `het diploma met crebo ${crebo}`, retry: () => this.show(crebo) }),
        h('p', {}, h('a', { href: '#/' }, 'Zoek een diploma dat past bij je werk')));
    } finally {
      if (this.#controller === controller) this.#output.removeAttribute('aria-busy');
    }
  }

  #render(q) {
    const coreTasks = q.coreTasks ?? [];
    const wpCount = coreTasks.reduce((n, t) => n + (t.workProcesses?.length ?? 0), 0);
    return [
      h('p', { class: 'back no-print' }, this.#backLink()
        ? h('a', { href: this.#backLink() }, '← Terug naar je uitslag')
        : h('a', { href: '#/' }, 'Zoek diploma’s die passen bij je werk')),
      h('h1', { id: 'qualification-title', tabindex: '-1' }, q.name),
      metaLine(q, q.sectorChamber ? `sectorkamer ${q.sectorChamber}` : null),
      lineageLine(q.lineage, q.name),
      q.dossier ? h('p', { class: 'meta' }, `Hoort bij het dossier ${q.dossier.name} (crebonummer ${q.dossier.crebo})`) : null,
      q.learningPaths?.length ? h('p', { class: 'meta' }, `Je kunt het halen ${q.learningPaths.map(learningPathLabel).join(' of ')}.`) : null,
      glossary(),
      q.description ? h('div', { class: 'description' }, q.description.split(/\n{2,}/).map((p) => h('p', {}, p))) : null,
      h('p', { class: 'card-actions no-print' },
        h('a', { href: compareHash(null, chip(q.crebo, q.name)) }, 'Zet dit diploma naast het jouwe'),
        h('a', { href: compareHash(chip(q.crebo, q.name), null) }, 'Dit is mijn diploma: vergelijk met een doel'),
        h('a', { href: this.#overviewLink(q), class: 'overview-link' }, 'Maak een overzicht voor je werkgever of school')),

      h('h2', {}, 'Wat je doet in dit beroep'),
      coreTasks.length
        ? [h('p', {}, `${plural(coreTasks.length, 'kerntaak', 'kerntaken')} met samen ${plural(wpCount, 'werkproces', 'werkprocessen')}. Open een werkproces voor meer uitleg.`),
          coreTasks.map((task) => this.#coreTask(task))]
        : notice('Nog geen werkprocessen bekend',
          h('p', {}, q.skills?.length
            ? 'Van dit diploma kennen we alleen de vaardigheden. Die staan hieronder.'
            : 'Van dit diploma kennen we alleen de naam en het niveau. Vraag een school of adviseur naar de inhoud.')),

      q.electives?.length ? [
        h('h2', {}, 'Keuzedelen'),
        h('ul', { class: 'plain-list' }, q.electives.map((e) => h('li', {},
          e.title, e.code ? h('span', { class: 'code' }, ` ${e.code}`) : null,
          e.certificate === true ? [' ', h('span', { class: 'badge badge-certificate badge-inline' }, 'mbo-certificaat')] : null))),
      ] : null,

      q.certificates?.length ? [
        h('h2', {}, 'Delen met een eigen mbo-certificaat'),
        h('ul', { class: 'plain-list' }, q.certificates.map((c) => h('li', {},
          h('span', { class: 'badge badge-certificate badge-inline' }, 'mbo-certificaat'), ' ', c.title,
          c.evidence ? h('span', { class: 'meta' }, ` (bron: ${c.evidence})`) : null))),
      ] : null,

      q.skills?.length ? [
        h('h2', {}, 'Vaardigheden en kennis'),
        h('ul', { class: 'skill-list skill-labels' }, q.skills.map((s) => h('li', {},
          h('span', { dataset: s.uri ? { uri: s.uri } : undefined }, s.label), s.relevance ? h('span', { class: 'meta' }, ` (${RELEVANCE[s.relevance] ?? s.relevance})`) : null))),
      ] : null,

      q.sources?.length ? h('details', { class: 'disclosure sources' },
        h('summary', {}, 'Waar komen deze gegevens vandaan?'),
        h('ul', { class: 'plain-list' }, q.sources.map((s) => h('li', {},
          [s.source, s.file].filter(Boolean).join(', '), s.quality ? ` (${qualityLabel(s.quality)})` : '')))) : null,
    ];
  }

  /** The overview of this qualification for what the person told on the result they came from, if any. */
  #overviewLink(q) {
    const back = this.#backLink();
    const state = back ? MatchState.fromParams(new URLSearchParams(back.split('?')[1] ?? '')) : new MatchState();
    return overviewHash(q.crebo, state);
  }

  #coreTask(task) {
    const part = partLabel(task.part);
    return h('section', { class: 'coretask-detail', 'aria-label': task.title },
      h('h3', {}, task.title, task.code ? h('span', { class: 'code' }, ` ${task.code}`) : null,
        part ? h('span', { class: 'tag' }, part) : null),
      h('ol', { class: 'wp-details' }, (task.workProcesses ?? []).map((wp) => h('li', {},
        h('details', { class: 'disclosure' },
          h('summary', {}, wp.title, wp.code ? h('span', { class: 'code' }, ` ${wp.code}`) : null),
          wp.description ? textBlock('Wat je doet', wp.description) : null,
          wp.result ? textBlock('Wat het oplevert', wp.result) : null,
          wp.behaviour ? textBlock('Hoe je het doet', wp.behaviour) : null,
          !wp.description && !wp.result && !wp.behaviour ? h('p', { class: 'meta' }, 'Geen verdere uitleg bekend.') : null,
          wp.similar?.length ? [
            h('p', { class: 'subhead' }, 'Lijkt op werk in andere diploma’s'),
            h('ul', { class: 'plain-list' }, wp.similar.map((s) => h('li', {},
              s.title, ' in ', h('a', { href: qualificationHash(s.crebo) }, s.qualificationName || `crebo ${s.crebo}`)))),
          ] : null)))));
  }
}

const LEARNING_PATHS = { BOL: 'vooral op school (BOL)', BBL: 'vooral werkend, met één dag per week school (BBL)' };

function learningPathLabel(path) {
  return LEARNING_PATHS[path] ?? path;
}

function textBlock(label, text) {
  return h('div', { class: 'text-block' }, h('p', { class: 'subhead' }, label), h('p', { class: 'pre-line' }, text));
}
