// Rendering pieces shared by the views: coverage, evidence, badges, and the loading/empty/error states.
import { bar, h } from '../dom.js';
import { FailureKind } from '../api.js';
import { chip, qualificationHash } from '../url-state.js';
import { basisNoun, failureMessage, GLOSSARY, howLabel, levelLabel, reasonSentence } from '../words.js';

/**
 * The chosen items with a name where a link gave only a code ("25960" -> "Helpende Zorg en Welzijn"), from the
 * qualifications an answer names; `followed` maps a code asked to the code the answer used for it.
 */
export function namedChoices(chosen, qualifications, followed = []) {
  const names = new Map(qualifications.filter((q) => q?.crebo && q.name).map((q) => [q.crebo, q.name]));
  const used = new Map(followed.map((f) => [f.asked, f.used]));
  return chosen.map((c) => {
    const name = names.get(c.id) ?? names.get(used.get(c.id));
    return c.label === c.id && name ? chip(c.id, name) : c;
  });
}

/** "niveau 3 · Handel en ondernemerschap · crebo 25153" */
export function metaLine(item, ...extra) {
  const parts = [levelLabel(item.level), item.domain, item.crebo ? `crebonummer ${item.crebo}` : null, ...extra].filter(Boolean);
  return h('p', { class: 'meta' }, parts.join(' · '));
}

/** A count as visible text with a bar beside it; the text is the bar's alternative. */
export function coverageLine(matched, total, noun) {
  const fraction = total > 0 ? matched / total : 0;
  return h('div', { class: 'coverage' },
    h('span', { class: 'coverage-text' }, `${matched} van ${total}`, noun ? ` ${noun}` : ''),
    bar(fraction));
}

/** The bar for a whole coverage; the sentence beside it carries the numbers as text. */
export function coverageBar(coverage) {
  const total = coverage?.total ?? 0;
  const fraction = coverage?.fraction ?? (total > 0 ? (coverage?.matched ?? 0) / total : 0);
  return bar(fraction, 'bar-big');
}

/** Coverage per core task; `codes: false` leaves out codes such as B1-K1 that mean nothing to a career switcher. */
export function coreTaskBars(coreTasks, coverageBasis, badgesFor = () => [], { codes = true } = {}) {
  if (!coreTasks?.length) return null;
  return h('ul', { class: 'coretasks' }, coreTasks.map((task) => h('li', { class: 'coretask' },
    h('div', { class: 'coretask-head' },
      h('span', { class: 'coretask-title' }, task.title || (codes ? task.code : null) || 'Kerntaak',
        codes && task.code ? h('span', { class: 'code' }, ` ${task.code}`) : null),
      ...badgesFor(task)),
    coverageLine(task.matched ?? 0, task.total ?? 0, basisNoun(coverageBasis, task.total ?? 0)))));
}

/** One sentence per piece of evidence: which of your words matched, and how. */
export function evidenceList(evidence, { origins = new Map(), labels = new Map(), sharedId = null } = {}) {
  if (!evidence?.length) return null;
  return h('ul', { class: 'evidence' }, evidence.map((ev) => {
    let { input, how } = ev;
    if (how === 'chosen') {
      const origin = origins.get(ev.input) ?? origins.get(ev.via?.id) ?? origins.get(sharedId);
      if (origin) ({ input, how } = origin);
    }
    const shownInput = labels.get(input) ?? input;
    const terms = how === 'chosen' ? [] : ev.matchedTerms ?? [];
    if (ev.via && how === 'heldQualification') {
      // The person wrote nothing here: the work is in the diploma they hold, under this title.
      const diploma = labels.get(ev.input) ?? ev.via.qualificationName;
      return h('li', {}, diploma ? ['Dit zit ook in je diploma ', h('q', {}, diploma)] : 'Dit zit ook in je diploma',
        ev.via.title ? [': ', h('q', {}, ev.via.title)] : null, '.');
    }
    if (ev.via && how === 'similarWorkProcess') {
      return h('li', {}, shownInput ? ['Je schreef ', h('q', {}, shownInput), '; '] : null, howText(how, ev.via), '.');
    }
    return h('li', {}, reason(how, shownInput, terms));
  }));
}

/** Why something counts, as text with the person's words quoted: "Je schreef “kassa”; hier staat hetzelfde woord." */
export function reason(how, input, terms = []) {
  return reasonSentence(how, input, terms).map((part) => (typeof part === 'string' ? part : h('q', {}, part.quote)));
}

/** URIs per label-language request: POST /label-languages takes at most 500. */
const LANGUAGE_BATCH = 500;

/**
 * Marks ESCO labels (elements with a data-uri) that are not Dutch with their language, so a screen reader reads
 * them in English (WCAG 3.1.2), and moves them after the Dutch ones in each list of skills (`.skill-labels`).
 */
export async function markLanguages(api, root) {
  const labels = [...root.querySelectorAll('[data-uri]')];
  const uris = [...new Set(labels.map((label) => label.dataset.uri))];
  for (let start = 0; start < uris.length; start += LANGUAGE_BATCH) {
    const answer = await api.labelLanguages(uris.slice(start, start + LANGUAGE_BATCH));
    const languages = new Map((answer.labels ?? []).map((l) => [l.uri, l.language]));
    for (const label of labels) if (languages.has(label.dataset.uri)) label.lang = languages.get(label.dataset.uri);
  }
  for (const list of root.querySelectorAll('.skill-labels')) {
    list.append(...[...list.children].filter((item) => item.querySelector(':scope > [lang]')));
  }
}

/** "Wat betekenen deze woorden?": the domain words the page cannot avoid, explained once. */
export function glossary() {
  return h('details', { class: 'glossary no-print' },
    h('summary', {}, 'Wat betekenen deze woorden?'),
    h('dl', {}, GLOSSARY.map(([word, meaning]) => [h('dt', {}, word), h('dd', {}, meaning)])));
}

/** The words of the printed summary, explained in one short paragraph: paper has no "wat betekent dit?" to open. */
const PRINTED_WORDS = ['kerntaak', 'werkproces', 'crebonummer', 'mbo-certificaat', 'keuzedeel'];

export function printedGlossary() {
  const entries = GLOSSARY.filter(([word]) => PRINTED_WORDS.includes(word));
  return h('p', { class: 'print-only print-glossary' }, h('strong', {}, 'Wat betekenen deze woorden? '),
    entries.map(([word, meaning], i) => [i ? ' ' : '', h('em', {}, word), `: ${meaning}`]));
}

function howText(how, via) {
  if (!via || (how !== 'similarWorkProcess' && how !== 'heldQualification')) return howLabel(how);
  const name = via.qualificationName || (via.crebo ? `diploma ${via.crebo}` : null);
  const where = name && via.crebo ? h('a', { href: qualificationHash(via.crebo) }, name) : name;
  const title = via.title ? ` (“${via.title}”)` : '';
  return how === 'similarWorkProcess'
    ? ['dat lijkt op werk', where ? [' uit ', where] : null, title]
    : ['dit zit in je diploma', title];
}

function hasKnownCertificate(certificate) {
  return certificate.kind === 'certificate' || certificate.certificate === true;
}

/** A badge for a part that carries (or may carry) an mbo-certificate; a code is not repeated when it is the title. */
export function certificateBadge(certificate) {
  const known = hasKnownCertificate(certificate);
  const label = known ? 'mbo-certificaat' : 'keuzedeel';
  const title = certificate.title || certificate.code || '';
  return h('li', { class: known ? 'badge badge-certificate' : 'badge badge-maybe' },
    h('span', { class: 'badge-kind' }, label), ' ', title,
    certificate.code && !title.includes(certificate.code) ? h('span', { class: 'code' }, ` ${certificate.code}`) : null);
}

/**
 * The parts of a qualification with their own mbo-certificate, named ones first; electives whose certificate is not
 * known are folded away under one line, and a clear sentence says so when no certificate is known at all.
 */
export function certificateSection(certificates) {
  const known = (certificates ?? []).filter(hasKnownCertificate);
  const unknown = (certificates ?? []).filter((c) => !hasKnownCertificate(c));
  return h('div', { class: 'certificates' },
    h('p', { class: 'subhead' }, 'Delen met een eigen mbo-certificaat'),
    known.length
      ? h('ul', { class: 'badges' }, known.map(certificateBadge))
      : h('p', { class: 'no-certificate' }, 'Geen certificaat bekend voor de delen van dit diploma.'),
    unknown.length ? h('details', { class: 'disclosure' },
      h('summary', {}, `${unknown.length === 1 ? '1 keuzedeel' : `${unknown.length} keuzedelen`} waarvan we niet weten of er een certificaat bij hoort`),
      h('ul', { class: 'badges' }, unknown.map(certificateBadge))) : null);
}

export function loading(message) {
  return h('div', { class: 'state state-loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('p', {}, message));
}

/** An error that says what happened and what to do, with a retry button when retrying can help. */
export function failure(error, { subject, retry } = {}) {
  const { title, advice } = failureMessage(error, subject);
  // Asking again only helps when the failure was on the way or on the server, not when the input was wrong.
  const retryHelps = ![FailureKind.NOT_FOUND, FailureKind.REJECTED].includes(error?.kind);
  return h('div', { class: 'state state-error', role: 'alert' },
    h('h2', { class: 'state-title' }, title),
    h('p', {}, advice),
    retry && retryHelps ? h('button', { type: 'button', class: 'button button-secondary', onclick: retry }, 'Opnieuw proberen') : null);
}

export function notice(title, ...body) {
  return h('div', { class: 'state state-empty' }, h('h2', { class: 'state-title' }, title), ...body);
}
