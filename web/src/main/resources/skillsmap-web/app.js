// The Skillsmap page: reads the route from the URL hash and shows one view; every change goes through the URL,
// so the URL is always a shareable copy of what is on screen.
import { SkillsmapApi } from './js/api.js';
import { parseRoute, View } from './js/url-state.js';
import { CommonView } from './js/views/common-view.js';
import { CompareView } from './js/views/compare-view.js';
import { MatchView } from './js/views/match-view.js';
import { OverviewView } from './js/views/overview-view.js';
import { QualificationView } from './js/views/qualification-view.js';

const SITE_TITLE = 'Skillsmap';
const VIEW_TITLES = {
  [View.MATCH]: 'Wat kun je met je werkervaring?',
  [View.COMPARE]: 'Mijn diploma naast een doel',
  [View.COMMON]: 'Wat hebben diploma’s gemeen?',
  [View.OVERVIEW]: 'Overzicht voor je werkgever of school',
  [View.UNKNOWN]: 'Pagina niet gevonden',
};

function apiBase() {
  const configured = document.querySelector('meta[name="skillsmap-api"]')?.content || 'api/v1/';
  return new URL(configured, document.baseURI).href;
}

const announcer = document.getElementById('announcer');
let announceTimer = 0;
/** Says something to screen-reader users through the polite live region, without repeating stale messages. */
function announce(message) {
  clearTimeout(announceTimer);
  announcer.textContent = '';
  // A short pause makes screen readers notice a message identical to the previous one.
  announceTimer = setTimeout(() => { announcer.textContent = message; }, 60);
}

/** Goes to a hash; re-shows the current view when the hash is unchanged (e.g. "search again" with the same input). */
function navigate(hash) {
  if (window.location.hash === hash || (hash === '#/' && window.location.hash === '')) show({ moveFocus: false });
  else window.location.hash = hash;
}

const api = new SkillsmapApi(apiBase());
/** The last match result shown, for the detail page's way back; null until there was one. */
let lastMatchHash = null;
const main = document.getElementById('main');
const views = {
  [View.MATCH]: new MatchView({ root: document.getElementById('view-match'), api, navigate, announce }),
  [View.QUALIFICATION]: new QualificationView({
    root: document.getElementById('view-qualification'),
    api,
    backLink: () => lastMatchHash,
    onTitle: (name) => { document.title = `${name} – ${SITE_TITLE}`; },
  }),
  [View.COMPARE]: new CompareView({ root: document.getElementById('view-compare'), api, navigate, announce }),
  [View.OVERVIEW]: new OverviewView({ root: document.getElementById('view-overview'), api, navigate, announce }),
  [View.COMMON]: new CommonView({ root: document.getElementById('view-common'), api, navigate, announce }),
};

let currentView = null;

function show({ moveFocus }) {
  const route = parseRoute(window.location.hash);
  if (!route) return; // an in-page anchor such as the skip link
  const changedView = route.view !== currentView;
  currentView = route.view;

  for (const section of main.querySelectorAll('.view')) section.hidden = section.dataset.view !== route.view;
  for (const link of document.querySelectorAll('.nav-list a')) {
    if (link.dataset.view === route.view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${VIEW_TITLES[route.view] ?? SITE_TITLE} – ${SITE_TITLE}`;

  if (route.view === View.MATCH) {
    if (route.params.toString()) lastMatchHash = window.location.hash;
    drawPrintCode(route.params.toString() ? window.location.href : null);
    views[View.MATCH].show(route.params);
  } else if (route.view === View.QUALIFICATION) {
    views[View.QUALIFICATION].show(route.crebo);
  } else if (route.view === View.OVERVIEW) {
    views[View.OVERVIEW].show(route.crebo, route.params);
  } else if (views[route.view]) {
    views[route.view].show(route.params);
  }

  // After a change of view, start reading at its heading, as a new page would.
  if (moveFocus && changedView) {
    const heading = document.querySelector(`.view[data-view="${route.view}"] h1`);
    heading?.focus({ preventScroll: false });
  }
}

/** The longest link drawn as a QR code (LinkQrCode.MAX_TEXT_LENGTH); a longer one is printed as text only. */
const MAX_CODE_LINK = 2000;
const printCode = document.getElementById('print-qr');
let printCodeRequest = null;

/** Puts the result's link on paper as a QR code too, drawn by the server (no outside service sees the link). */
async function drawPrintCode(link) {
  printCodeRequest?.abort();
  printCode.hidden = true;
  printCode.removeAttribute('src');
  if (!link || link.length > MAX_CODE_LINK) return;
  const request = new AbortController();
  printCodeRequest = request;
  try {
    const svg = await api.qrCode(link, { signal: request.signal });
    if (request.signal.aborted) return;
    printCode.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    printCode.hidden = false;
  } catch {
    // Without a code the printed link still says where the result is.
  }
}

window.addEventListener('hashchange', () => show({ moveFocus: true }));

// The skip link must not become a route: move focus to the content without touching the hash.
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
});

// Printing puts the date, the person's own words and the link to this state on top. The match result prints as a
// short summary an advisor can hand over (its stylesheet keeps the top five); other views print everything, with
// all collapsed parts opened and closed again afterwards.
let openedForPrint = [];
window.addEventListener('beforeprint', () => {
  for (const url of document.querySelectorAll('.print-url')) url.textContent = window.location.href;
  document.getElementById('print-date').textContent = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  // The person's own words, each in its own language (a chosen ESCO skill may be English).
  const words = [...document.querySelectorAll('#view-match .chip-label')].map((chip) => {
    const word = document.createElement('span');
    word.textContent = `“${chip.textContent}”`;
    if (chip.lang) word.lang = chip.lang;
    return word;
  });
  document.getElementById('print-words').replaceChildren(...words.flatMap((w, i) => (i ? [', ', w] : [w])));
  if (!words.length) document.getElementById('print-words').textContent = '-';
  if (currentView === View.MATCH) return;
  openedForPrint = [...document.querySelectorAll('details:not([open])')];
  for (const details of openedForPrint) details.open = true;
});
window.addEventListener('afterprint', () => {
  for (const details of openedForPrint) details.open = false;
  openedForPrint = [];
});

show({ moveFocus: false });
