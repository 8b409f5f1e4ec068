// The page state lives in the URL hash, so an advisor can share a link and get the same view back.
//
// Routes (all in the hash, so nothing a person types is sent to the server in a page request):
//   #/?werk=kassa&werk=voorraad+bijhouden      the match page; results are shown when there is any input
//      &werkproces=<id>|<title>                 a chosen work process (repeatable)
//      &vaardigheid=<uri>|<label>               a chosen skill (repeatable)
//      &beroep=<id>|<label>                     "Ik werk als ..." (ESCO occupation)
//      &diploma=<crebo>|<name>                  "Ik heb het diploma ..."
//      &niveau=2&niveau=3&domein=<name>         filters on the results
//      &zonder=<id or uri>                      an interpretation the person removed (repeatable)
//   #/kwalificatie/<crebo>                      one qualification
//   #/overzicht/<crebo>?werk=...&weg=<id>&erbij=<id>   the overview for an employer or school (views/overview-view.js)
//   #/vergelijk?van=<crebo>|<name>&naar=<crebo>|<name>
//   #/gemeen?crebo=<crebo>|<name>&crebo=...     parts that qualifications have in common
// A chosen item is written as "<id>|<label>": ids (crebos, work-process ids, URIs) never contain "|", and carrying
// the label lets the page show the chip before the API has answered.

export const View = Object.freeze({
  MATCH: 'match',
  QUALIFICATION: 'qualification',
  OVERVIEW: 'overview',
  COMPARE: 'compare',
  COMMON: 'common',
  UNKNOWN: 'unknown',
});

/** The most activities the page keeps and sends (the API takes up to MatchRequest.MAX_ACTIVITIES, 40). */
const MAX_ACTIVITIES = 20;

/** An item chosen from the suggestions: what is sent (id) and what is shown (label). */
export function chip(id, label) {
  return Object.freeze({ id: String(id), label: String(label || id) });
}

export function parseChip(value) {
  const bar = value.indexOf('|');
  const id = (bar < 0 ? value : value.slice(0, bar)).trim();
  return id ? chip(id, bar < 0 ? id : value.slice(bar + 1).trim()) : null;
}

export function formatChip(item) {
  return item.label && item.label !== item.id ? `${item.id}|${item.label}` : item.id;
}

function chips(params, name) {
  return params.getAll(name).map(parseChip).filter(Boolean);
}

function distinctBy(items, key) {
  const seen = new Set();
  return items.filter((item) => !seen.has(key(item)) && seen.add(key(item)));
}

/** Everything the match page needs to reproduce a result. Immutable; `with` returns a changed copy. */
export class MatchState {
  constructor({
    activities = [],
    workProcesses = [],
    skills = [],
    occupation = null,
    qualification = null,
    levels = [],
    domains = [],
    without = [],
  } = {}) {
    this.activities = distinctBy(activities.map((a) => a.trim()).filter(Boolean), (a) => a.toLowerCase()).slice(0, MAX_ACTIVITIES);
    this.workProcesses = distinctBy(workProcesses, (c) => c.id);
    this.skills = distinctBy(skills, (c) => c.id);
    this.occupation = occupation;
    this.qualification = qualification;
    this.levels = [...new Set(levels.map(Number).filter((l) => Number.isInteger(l) && l >= 1 && l <= 4))].sort();
    this.domains = [...new Set(domains.filter(Boolean))];
    this.without = [...new Set(without.filter(Boolean))];
    Object.freeze(this);
  }

  static fromParams(params) {
    return new MatchState({
      activities: params.getAll('werk'),
      workProcesses: chips(params, 'werkproces'),
      skills: chips(params, 'vaardigheid'),
      occupation: chips(params, 'beroep')[0] ?? null,
      qualification: chips(params, 'diploma')[0] ?? null,
      levels: params.getAll('niveau'),
      domains: params.getAll('domein'),
      without: params.getAll('zonder'),
    });
  }

  with(changes) {
    return new MatchState({ ...this, ...changes });
  }

  hasInput() {
    return this.activities.length > 0 || this.workProcesses.length > 0 || this.skills.length > 0
      || this.occupation !== null || this.qualification !== null;
  }

  toParams() {
    const params = new URLSearchParams();
    for (const activity of this.activities) params.append('werk', activity);
    for (const item of this.workProcesses) params.append('werkproces', formatChip(item));
    for (const item of this.skills) params.append('vaardigheid', formatChip(item));
    if (this.occupation) params.set('beroep', formatChip(this.occupation));
    if (this.qualification) params.set('diploma', formatChip(this.qualification));
    for (const level of this.levels) params.append('niveau', String(level));
    for (const domain of this.domains) params.append('domein', domain);
    for (const id of this.without) params.append('zonder', id);
    return params;
  }

  toHash() {
    const query = this.toParams().toString();
    return query ? `#/?${query}` : '#/';
  }

  /** The POST /match body for this state, before any removed interpretation is taken into account. */
  toRequest(limit = 20) {
    const body = { limit };
    if (this.activities.length) body.activities = [...this.activities];
    if (this.workProcesses.length) body.workProcesses = this.workProcesses.map((c) => c.id);
    if (this.skills.length) body.skills = this.skills.map((c) => c.id);
    if (this.qualification) body.qualification = this.qualification.id;
    if (this.occupation) body.occupation = this.occupation.id;
    if (this.levels.length) body.levels = [...this.levels];
    if (this.domains.length) body.domains = [...this.domains];
    return body;
  }
}

/**
 * Reads a route from a location hash. Returns null for in-page anchors such as "#main" (the skip link),
 * which are not routes and must not change the view.
 */
export function parseRoute(hash) {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw !== '' && !raw.startsWith('/')) return null;
  const [path, query = ''] = raw.split(/\?(.*)/s, 2);
  const params = new URLSearchParams(query);
  let segments;
  try {
    segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return { view: View.UNKNOWN, params }; // a mangled link (bad %-escape)
  }
  if (segments.length === 0) return { view: View.MATCH, params };
  if (segments[0] === 'kwalificatie' && segments.length === 2) return { view: View.QUALIFICATION, crebo: segments[1], params };
  if (segments[0] === 'overzicht' && segments.length === 2) return { view: View.OVERVIEW, crebo: segments[1], params };
  if (segments[0] === 'vergelijk' && segments.length === 1) return { view: View.COMPARE, params };
  if (segments[0] === 'gemeen' && segments.length === 1) return { view: View.COMMON, params };
  return { view: View.UNKNOWN, params };
}

export function qualificationHash(crebo) {
  return `#/kwalificatie/${encodeURIComponent(crebo)}`;
}

export function compareHash(from, to) {
  const params = new URLSearchParams();
  if (from) params.set('van', formatChip(from));
  if (to) params.set('naar', formatChip(to));
  const query = params.toString();
  return query ? `#/vergelijk?${query}` : '#/vergelijk';
}

export function commonHash(qualifications) {
  const params = new URLSearchParams();
  for (const item of qualifications) params.append('crebo', formatChip(item));
  const query = params.toString();
  return query ? `#/gemeen?${query}` : '#/gemeen';
}

export function compareFromParams(params) {
  return { from: chips(params, 'van')[0] ?? null, to: chips(params, 'naar')[0] ?? null };
}

export function commonFromParams(params) {
  return distinctBy(chips(params, 'crebo'), (c) => c.id).slice(0, 10);
}
