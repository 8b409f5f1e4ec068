// The status line of a qualification: which code is offered now, which codes it replaces, whose work is shown.
import { h } from '../dom.js';
import { qualificationHash } from '../url-state.js';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september',
  'oktober', 'november', 'december'];

/** "2022-08-01" -> "1 augustus 2022"; anything else as given. */
export function dutchDate(iso) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}` : iso;
}

function codeLink(code) {
  return h('a', { href: qualificationHash(code.crebo) }, code.name ? `${code.name} (crebo ${code.crebo})` : `crebo ${code.crebo}`);
}

function join(parts, separator) {
  return parts.flatMap((part, i) => (i ? [separator, part] : [part]));
}

/**
 * One line under a qualification's name, or null when there is nothing to say: "vervangen door Manager
 * mobiliteitsbranche (crebo 25713) (instroom tot 1 augustus 2022)", "vervallen", "nieuwere code: crebo 25943",
 * "voorheen crebo 25218, 25240", "werkprocessen van crebo 25471 (deze code heeft er zelf geen)".
 * @param {object} lineage the API's lineage summary of the qualification
 * @param {string} name the qualification's own name, so former codes of the same name show only their crebo
 */
export function lineageLine(lineage, name) {
  if (!lineage) return null;
  const parts = [];
  const until = lineage.intakeUntil ? `instroom tot ${dutchDate(lineage.intakeUntil)}` : null;
  if (lineage.successor) {
    parts.push(['vervangen door ', codeLink(lineage.successor), until ? ` (${until})` : '']);
  } else if (lineage.status === 'intakeEnded') {
    parts.push([until ? `geen instroom meer (${until})` : 'geen instroom meer']);
  } else if (lineage.status === 'lapsed') {
    parts.push(['vervallen']);
  }
  if (lineage.current && lineage.current.crebo !== lineage.successor?.crebo) {
    parts.push(['nieuwere code: ', codeLink(lineage.current)]);
  }
  const former = lineage.formerCodes ?? [];
  if (former.length) {
    parts.push(['voorheen ', ...join(former.map((code) => (code.name && code.name.toLowerCase() !== name?.toLowerCase()
      ? `${code.name} (crebo ${code.crebo})` : `crebo ${code.crebo}`)), ', ')]);
  }
  if (lineage.contentFrom) {
    parts.push(['werkprocessen en vaardigheden van ', codeLink(lineage.contentFrom), ' (deze code heeft er zelf geen)']);
  }
  if (!parts.length) return null;
  return h('p', { class: 'meta lineage', 'data-status': lineage.status }, join(parts, ' · '));
}

/** What a comparison followed: "Crebo 25218 is vervangen; we vergelijken met crebo 25713." */
export function followedLines(followed) {
  return (followed ?? []).map((step) => h('p', { class: 'hint lineage-followed' }, step.reason === 'current'
    ? ['Crebo ', step.asked, ' is niet meer te volgen; we vergelijken met de code van nu, ',
      h('a', { href: qualificationHash(step.used) }, `crebo ${step.used}`), '.']
    : ['Van crebo ', step.asked, ' kennen we de inhoud niet; we gebruiken die van ',
      h('a', { href: qualificationHash(step.used) }, `crebo ${step.used}`), ', dezelfde kwalificatie.']));
}
