// Rendering pieces shared by the views: coverage, evidence, badges, and the loading/empty/error states.
import { bar, h } from '../dom.js';
import { FailureKind } from '../api.js';
import { qualificationHash } from '../url-state.js';
import { basisNoun, failureMessage, howLabel, levelLabel } from '../words.js';

/** "niveau 3 · Handel en ondernemerschap · crebo 25153" */
export function metaLine(item, ...extra) {
  const parts = [levelLabel(item.level), item.domain, item.crebo ? `crebo ${item.crebo}` : null, ...extra].filter(Boolean);
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

export function coreTaskBars(coreTasks, coverageBasis, badgesFor = () => []) {
  if (!coreTasks?.length) return null;
  return h('ul', { class: 'coretasks' }, coreTasks.map((task) => h('li', { class: 'coretask' },
    h('div', { class: 'coretask-head' },
      h('span', { class: 'coretask-title' }, task.title || task.code || 'Kerntaak',
        task.code ? h('span', { class: 'code' }, ` ${task.code}`) : null),
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
    return h('li', {},
      shownInput ? ['Past bij ', h('q', {}, shownInput), ': '] : null,
      howText(how, ev.via),
      terms.length ? h('span', { class: 'terms' }, ` (${terms.join(', ')})`) : null);
  }));
}

function howText(how, via) {
  if (!via || (how !== 'similarWorkProcess' && how !== 'heldQualification')) return howLabel(how);
  const name = via.qualificationName || (via.crebo ? `diploma ${via.crebo}` : null);
  const where = name && via.crebo ? h('a', { href: qualificationHash(via.crebo) }, name) : name;
  const title = via.title ? ` (“${via.title}”)` : '';
  return how === 'similarWorkProcess'
    ? ['vergelijkbaar werkproces', where ? [' in ', where] : null, title]
    : [howLabel(how), title];
}

/** A badge for a part that carries (or may carry) an mbo-certificate. */
export function certificateBadge(certificate) {
  const known = certificate.kind === 'certificate' || certificate.certificate === true;
  const label = known ? 'mbo-certificaat' : 'keuzedeel, certificaat onbekend';
  return h('li', { class: known ? 'badge badge-certificate' : 'badge badge-maybe' },
    h('span', { class: 'badge-kind' }, label), ' ', certificate.title,
    certificate.code ? h('span', { class: 'code' }, ` ${certificate.code}`) : null);
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
