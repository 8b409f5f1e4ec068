// "Maak een overzicht voor je werkgever of school": one qualification read against what the person does, per core
// task, with their own corrections, an employer's confirmation blocks and what remains; made to be printed.
//
// Route: #/overzicht/<crebo>?werk=...&werkproces=...&vaardigheid=...&beroep=...&diploma=...   the profile, as on
//        the match page (so "terug naar je uitslag" restores that result, `zonder` included)
//        &weg=<work-process id>    a match the person removed (repeatable)
//        &erbij=<work-process id>  a work process the person added by hand (repeatable)
// Every correction goes through the URL, so the corrected overview can be shared and opened again.
import { h, replace, srOnly } from '../dom.js';
import { isAbort } from '../api.js';
import { MatchState, qualificationHash } from '../url-state.js';
import { reasonSentence } from '../words.js';
import { failure, loading, notice } from './parts.js';
import { dutchDate, lineageLine } from './lineage.js';

/** The API's limit on corrections per list (OverviewRequest.MAX_CORRECTIONS). */
const MAX_CORRECTIONS = 60;

/** The overview's own link for a profile and corrections. */
export function overviewHash(crebo, state, { removed = [], added = [] } = {}) {
  const params = state.toParams();
  for (const id of removed) params.append('weg', id);
  for (const id of added) params.append('erbij', id);
  const query = params.toString();
  return `#/overzicht/${encodeURIComponent(crebo)}${query ? `?${query}` : ''}`;
}

/** How sure a match is, in words: the strength is SameWork's probability that it is the same work. */
function sureness(evidence) {
  const best = evidence[0];
  if (!best) return null;
  if (best.how === 'chosen' || best.how === 'heldQualification') return 'je koos dit zelf of het zit in je diploma';
  if (best.strength >= 0.75) return 'vrij zeker';
  if (best.strength >= 0.5) return 'waarschijnlijk';
  return 'niet zeker: kijk goed of dit klopt';
}

function distinct(values) {
  return [...new Set(values.filter(Boolean))].slice(0, MAX_CORRECTIONS);
}

export class OverviewView {
  #api;
  #output;
  #navigate;
  #announce;
  #controller = null;
  /** The id of the work process whose button was used last, to put focus back on it after the redraw. */
  #focusAfter = null;

  /** @param {{root: HTMLElement, api, navigate: (hash: string) => void, announce: (message: string) => void}} config */
  constructor({ root, api, navigate, announce }) {
    this.#api = api;
    this.#output = root.querySelector('#overview-output');
    this.#navigate = navigate;
    this.#announce = announce;
  }

  async show(crebo, params) {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    const state = MatchState.fromParams(params);
    const corrections = { removed: distinct(params.getAll('weg')), added: distinct(params.getAll('erbij')) };
    this.#output.setAttribute('aria-busy', 'true');
    if (!this.#output.querySelector('#overview-title')) {
      replace(this.#output, h('h1', { id: 'overview-title', tabindex: '-1' }, 'Overzicht voor je werkgever of school'),
        loading('We maken je overzicht…'));
    }
    try {
      const body = { ...state.toRequest(), ...corrections };
      for (const filter of ['limit', 'levels', 'domains']) delete body[filter];
      const overview = await this.#api.overview(crebo, body, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const headingHadFocus = document.activeElement?.id === 'overview-title';
      replace(this.#output, ...this.#render(overview, state, corrections));
      if (headingHadFocus) document.getElementById('overview-title').focus();
      this.#restoreFocus();
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      replace(this.#output,
        h('h1', { id: 'overview-title', tabindex: '-1' }, 'Overzicht voor je werkgever of school'),
        this.#problem(error, crebo, state));
    } finally {
      if (this.#controller === controller) this.#output.removeAttribute('aria-busy');
    }
  }

  /** A qualification without work processes points to its lineage's code that has them; other errors as usual. */
  #problem(error, crebo, state) {
    const crebofield = error?.problem?.errors?.find((e) => e.field === 'crebo');
    if (crebofield && /no work processes/.test(crebofield.message)) {
      const described = crebofield.suggestion;
      return notice('Van dit diploma kennen we nog geen werkprocessen',
        h('p', {}, 'Een overzicht voor je werkgever gaat over werkprocessen: de taken uit het diploma. Van dit diploma (crebo ',
          crebo, ') kennen we die nog niet.'),
        described
          ? h('p', {}, 'Een oudere versie van hetzelfde diploma heeft ze wel: ',
            h('a', { href: overviewHash(described.value, state) }, `maak het overzicht van ${described.label} (crebo ${described.value})`), '.')
          : h('p', {}, 'Vraag een school of adviseur welke werkprocessen bij dit diploma horen.'),
        h('p', {}, h('a', { href: state.toHash() }, '← Terug naar je uitslag')));
    }
    return [failure(error, { subject: `het overzicht van crebo ${crebo}`, retry: () => this.show(crebo, new URLSearchParams(window.location.hash.split('?')[1] ?? '')) }),
      h('p', {}, h('a', { href: state.toHash() }, '← Terug naar je uitslag'))];
  }

  #correct(crebo, state, corrections, id, change) {
    const removed = corrections.removed.filter((r) => r !== id);
    const added = corrections.added.filter((a) => a !== id);
    if (change === 'remove') removed.push(id);
    if (change === 'add') added.push(id);
    this.#focusAfter = id;
    const message = { remove: 'Weggehaald. Dit staat nu bij “nog niet”.', add: 'Toegevoegd. Dit staat nu bij wat je doet.', undo: 'Teruggezet.' }[change];
    this.#announce(message);
    this.#navigate(overviewHash(crebo, state, { removed, added }));
  }

  #restoreFocus() {
    if (!this.#focusAfter) return;
    const button = this.#output.querySelector(`[data-wp="${CSS.escape(this.#focusAfter)}"] button`);
    this.#focusAfter = null;
    button?.focus();
  }

  #render(o, state, corrections) {
    const q = o.qualification;
    const lines = o.coreTasks.flatMap((ct) => ct.workProcesses);
    const byHand = lines.filter((l) => l.addedByHand || l.removedByHand).length;
    const words = o.profile.activities ?? [];
    const chosen = [...state.workProcesses, ...state.skills].map((c) => c.label);
    return [
      h('p', { class: 'back no-print' }, h('a', { href: state.hasInput() ? state.toHash() : qualificationHash(q.crebo) },
        state.hasInput() ? '← Terug naar je uitslag' : '← Terug naar het diploma')),
      h('h1', { id: 'overview-title', tabindex: '-1' }, 'Overzicht voor je werkgever of school'),
      h('p', { class: 'overview-qualification' }, h('strong', {}, q.name),
        ` · mbo-diploma niveau ${q.level ?? 'onbekend'} · crebonummer ${q.crebo}`),
      lineageLine(q.lineage, q.name) ?? (q.lineage?.status === 'current' ? h('p', { class: 'meta lineage' }, 'Dit diploma kun je nu halen.') : null),
      h('div', { class: 'overview-about' },
        h('p', {}, 'Dit overzicht laat zien welke taken uit dit diploma lijken op het werk dat je nu doet. ',
          'Je werkgever kan per taak zeggen of het klopt. Neem het mee naar je werkgever of naar een mbo-school.'),
        h('p', {}, h('strong', {}, 'Let op: '), 'dit is geen officiële praktijkverklaring. Je werkgever bevestigt wat klopt. De school beslist wat ze ermee doet.')),
      h('div', { class: 'no-print overview-actions' },
        h('button', { type: 'button', class: 'button', onclick: () => window.print() }, 'Print of bewaar als pdf'),
        h('p', { class: 'hint' }, 'Klopt iets niet? Haal het weg. Doe je een taak wel, maar staat hij bij “nog niet”? Kies “Dit doe ik ook”. Wat je zelf verandert, staat erbij in het overzicht.')),

      h('section', { class: 'overview-person', 'aria-labelledby': 'overview-person-title' },
        h('h2', { id: 'overview-person-title' }, 'Wat je zelf over je werk schreef'),
        h('p', { class: 'meta' }, `Gemaakt op ${dutchDate(o.date)}`),
        words.length || chosen.length
          ? h('ul', { class: 'plain-list own-words' }, [...words.map((w) => h('li', {}, h('q', {}, w))), ...chosen.map((c) => h('li', {}, c, ' (gekozen)'))])
          : h('p', {}, 'Je schreef niets op. Alles staat daarom bij “nog niet”, behalve wat je zelf toevoegt.'),
        state.occupation ? h('p', {}, `Je werkt als ${state.occupation.label}.`) : null,
        state.qualification ? h('p', {}, `Je hebt het diploma ${state.qualification.label}.`) : null,
        h('p', { class: 'print-only print-link' }, 'Deze uitslag online: ', h('span', { class: 'print-url' })),
        h('p', { class: 'overview-summary' },
          // None counted of what the person wrote is none recognised, not none done; once they change the list,
          // the count is theirs.
          o.coverage.matched === 0 && o.coverage.total > 0 && !byHand && state.hasInput()
            ? [`We herkenden nog geen van de ${o.coverage.total} taken uit dit diploma in wat je schreef.`,
              h('span', { class: 'no-print' }, ' Doe je een taak wel? Kies daar “Dit doe ik ook”.')]
            : `Je doet al ${o.coverage.matched} van de ${o.coverage.total} taken uit dit diploma.`,
          byHand ? ` ${byHand === 1 ? '1 taak heb je' : `${byHand} taken heb je`} zelf veranderd.` : '')),

      o.coreTasks.map((ct, i) => this.#coreTask(ct, i, q.crebo, state, corrections)),

      this.#remaining(o),

      h('section', { class: 'overview-employer', 'aria-labelledby': 'overview-employer-title' },
        h('h2', { id: 'overview-employer-title' }, 'Verklaring van de werkgever'),
        h('p', {}, 'Ik heb per taak hierboven aangegeven of deze persoon dit werk bij ons doet (ja, deels of nee).'),
        h('dl', { class: 'sign-fields' }, [
          ['Naam leerbedrijf', ''], ['Naam en functie', ''], ['Datum', ''], ['Handtekening', ''],
        ].map(([label]) => [h('dt', {}, label), h('dd', {}, h('span', { class: 'sign-line' }, srOnly('(in te vullen)')))]))),
    ];
  }

  #coreTask(ct, index, crebo, state, corrections) {
    const titleId = `overview-ct-${index}`;
    return h('section', { class: 'overview-coretask', 'aria-labelledby': titleId },
      h('h2', { id: titleId }, ct.title, ct.code ? h('span', { class: 'code' }, ` ${ct.code}`) : null),
      h('p', { class: 'meta' }, `Overeen met wat je doet: ${ct.shared} van de ${ct.total} taken.`),
      h('ol', { class: 'overview-lines' }, ct.workProcesses.map((wp) => this.#line(wp, crebo, state, corrections))));
  }

  #line(wp, crebo, state, corrections) {
    const shared = wp.status === 'shared';
    const correct = (change) => () => this.#correct(crebo, state, corrections, wp.id, change);
    let status;
    if (wp.addedByHand) status = [h('span', { class: 'tag tag-hand' }, 'door jou toegevoegd'), ' Je doet dit, zeg je zelf.'];
    else if (wp.removedByHand) status = [h('span', { class: 'tag tag-hand' }, 'door jou weggehaald'), ' Nog niet. Je schreef wel iets wat erop leek.'];
    else if (shared) status = [h('strong', {}, 'Komt overeen met wat je doet'), ` (${sureness(wp.evidence)}).`];
    else status = [h('strong', {}, 'Nog niet'), '.'];
    let button;
    if (wp.addedByHand || wp.removedByHand) button = h('button', { type: 'button', class: 'button button-link', onclick: correct('undo') }, 'Zet terug', srOnly(`: ${wp.title}`));
    else if (shared) button = h('button', { type: 'button', class: 'button button-link', onclick: correct('remove') }, 'Klopt niet, haal weg', srOnly(`: ${wp.title}`));
    else button = h('button', { type: 'button', class: 'button button-secondary', onclick: correct('add') }, 'Dit doe ik ook', srOnly(`: ${wp.title}`));
    return h('li', { class: `overview-line ${shared ? 'is-shared' : 'is-not-yet'}`, 'data-wp': wp.id, 'data-status': wp.status },
      h('p', { class: 'wp-title' }, wp.code ? h('span', { class: 'code' }, `${wp.code} `) : null, wp.title),
      h('p', { class: 'overview-status' }, status),
      shared && !wp.addedByHand && wp.evidence.length
        ? h('ul', { class: 'evidence' }, wp.evidence.slice(0, 2).map((e) => h('li', {},
          reasonSentence(e.how, e.input, e.matchedTerms ?? []).map((part) => (typeof part === 'string' ? part : h('q', {}, part.quote))))))
        : null,
      h('p', { class: 'no-print' }, button),
      h('p', { class: 'employer-answer' }, h('span', { class: 'employer-label' }, 'Werkgever:'),
        ['ja', 'deels', 'nee'].map((answer) => h('span', { class: 'tick' }, h('span', { class: 'tick-box', 'aria-hidden': 'true' }), answer))));
  }

  #remaining(o) {
    const count = o.remaining.reduce((n, g) => n + g.workProcesses.length, 0);
    return h('section', { class: 'overview-remaining', 'aria-labelledby': 'overview-remaining-title' },
      h('h2', { id: 'overview-remaining-title' }, 'Wat je nog mist voor het hele diploma'),
      count === 0
        ? h('p', {}, 'Volgens dit overzicht doe je alle taken uit dit diploma al. Een school kijkt of dat genoeg is voor het diploma.')
        : [h('p', {}, count === 1 ? 'Nog 1 taak:' : `Nog ${count} taken:`),
          h('ul', { class: 'plain-list' }, o.remaining.map((g) => h('li', {},
            h('strong', {}, g.coreTask?.title ?? 'Overig'), ': ', g.workProcesses.map((wp) => wp.title).join('; '), '.')))],
      o.certificates.length
        ? [h('p', {}, 'Delen die je apart kunt halen, met een eigen mbo-certificaat of als keuzedeel:'),
          h('ul', { class: 'plain-list' }, o.certificates.map((c) => h('li', {}, c.title,
            c.kind === 'elective' ? (c.certificate === true ? ' (keuzedeel met mbo-certificaat)' : ' (keuzedeel; vraag de school of er een certificaat bij hoort)') : ' (mbo-certificaat)')))]
        : count ? h('p', {}, 'We kennen geen mbo-certificaat voor een deel van dit diploma.') : null);
  }
}
