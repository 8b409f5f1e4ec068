// Dutch wording for values the API sends as codes, and small phrasing helpers.
import { FailureKind } from './api.js';

const HOW = {
  exact: 'hetzelfde woord',
  stem: 'een vorm van hetzelfde woord',
  compoundPart: 'zit in een langer woord',
  synonym: 'woord met dezelfde betekenis',
  similarWorkProcess: 'lijkt op ander werk',
  chosen: 'door jou gekozen',
  heldQualification: 'zit in je diploma',
  skill: 'via een vaardigheid',
  qualificationProfile: 'in de beschrijving van het diploma',
  similarMeaning: 'lijkt in betekenis op het diploma',
  occupationProfile: 'in de beschrijving van het beroep',
  relatedOccupation: 'verwant aan je beroep',
  occupationWords: 'woorden van je beroep in de beschrijving van het diploma',
  qualificationWords: 'woorden van je diploma in de beschrijving van dit diploma',
};

/**
 * Why a piece of work counts, told as a reason in the person's terms: what they wrote, and what this work has of it.
 * `terms` are the words both share; `what` names the work ("dit werk", "dit beroep").
 */
export function reasonSentence(how, input, terms = []) {
  const wrote = input ? ['Je schreef ', { quote: input }] : ['Dit'];
  const shared = terms.length ? terms.join(', ') : null;
  switch (how) {
    case 'exact':
      return shared ? [...wrote, `; dit gaat ook over ${shared}.`] : [...wrote, '; hier staat hetzelfde woord.'];
    case 'stem':
      return [...wrote, shared ? `; dit gaat over ${shared} (een vorm van hetzelfde woord).` : '; hier staat een vorm van hetzelfde woord.'];
    case 'compoundPart':
      return [...wrote, shared ? `; dit gaat over ${shared} (als deel van een langer woord).` : '; je woord zit hier in een langer woord.'];
    case 'synonym':
      return [...wrote, shared ? `; hier staat ${shared}, een woord met dezelfde betekenis.` : '; hier staat een woord met dezelfde betekenis.'];
    case 'skill':
      return [...wrote, '; dat hoort bij een vaardigheid die dit werk vraagt', shared ? ` (${shared}).` : '.'];
    case 'chosen':
      return input ? ['Je koos zelf ', { quote: input }, '.'] : ['Je koos dit zelf.'];
    default:
      return [...wrote, `: ${howLabel(how)}`, shared ? ` (${shared}).` : '.'];
  }
}

/** Words a career switcher may not know, explained once in plain Dutch ("Wat betekent dit?"). */
export const GLOSSARY = Object.freeze([
  ['diploma', 'Een mbo-diploma. Officieel heet het een kwalificatie.'],
  ['kerntaak', 'Een groot deel van het werk in een diploma, bijvoorbeeld “verkopen”. Elke kerntaak bestaat uit werkprocessen.'],
  ['werkproces', 'Een taak die je in het werk doet, bijvoorbeeld “helpt klanten bij het afrekenen”.'],
  ['crebonummer', 'Het nummer van een mbo-diploma. Scholen en adviseurs gebruiken het om het juiste diploma te vinden.'],
  ['dossier', 'Een groep diploma’s voor hetzelfde soort werk. Het dossier beschrijft wat je moet kunnen.'],
  ['niveau', 'Mbo-diploma’s hebben niveau 1 tot 4. Hoe hoger, hoe moeilijker en zelfstandiger het werk.'],
  ['keuzedeel', 'Een extra onderdeel dat je kiest naast je diploma.'],
  ['mbo-certificaat', 'Een bewijs voor een deel van een diploma. Je kunt het halen zonder het hele diploma te doen.'],
  ['BOL en BBL', 'Twee manieren om te leren: BOL is vooral op school, BBL is vooral werken en één dag per week naar school.'],
  ['sectorkamer', 'De groep van scholen en bedrijven uit één sector die de diploma’s van die sector beschrijft.'],
  ['code, zoals B1-K1-W3', 'Het nummer van een kerntaak (K) of werkproces (W) in het dossier. Scholen gebruiken het; jij hebt het niet nodig.'],
  ['ESCO', 'De Europese lijst van beroepen en vaardigheden.'],
]);

/**
 * The words of whole-profile evidence, once each, in their order: with how = 'qualificationProfile' or
 * 'occupationProfile' (the default) the person's words that the description holds; with how = 'occupationWords'
 * the words of the person's occupation that it holds, with how = 'qualificationWords' those of their diploma; with how = 'similarMeaning' the qualification's own words
 * closest in meaning to what the person wrote; with how = 'relatedOccupation' the skills an occupation shares with the
 * person's own occupation, the most distinctive first.
 */
export function profileWords(evidence, how) {
  const words = [];
  for (const e of evidence ?? []) {
    if (how ? e.how !== how : ['similarMeaning', 'occupationWords', 'qualificationWords', 'relatedOccupation'].includes(e.how)) continue;
    for (const w of e.matchedTerms ?? []) {
      if (!words.some((seen) => seen.toLowerCase() === w.toLowerCase())) words.push(w);
    }
  }
  return words;
}

/** How an input matched, in plain Dutch; unknown codes are shown as they are rather than hidden. */
export function howLabel(how) {
  return HOW[how] ?? how ?? 'onbekend';
}

const INPUT_KIND = {
  activity: 'Wat je schreef',
  workProcess: 'Werkproces dat je koos',
  skill: 'Vaardigheid die je koos',
  qualification: 'Je diploma',
  occupation: 'Je beroep',
};

export function inputKindLabel(kind) {
  return INPUT_KIND[kind] ?? kind;
}

const SUGGESTION_TYPE = {
  workProcess: 'werkproces',
  skill: 'vaardigheid',
  qualification: 'diploma',
  occupation: 'beroep',
  elective: 'keuzedeel',
};

export function suggestionTypeLabel(type) {
  return SUGGESTION_TYPE[type] ?? type;
}

const PART = { basis: 'basisdeel', profiel: 'profieldeel' };

export function partLabel(part) {
  return part ? PART[part] ?? part : null;
}

const QUALITY = {
  official: 'officieel (SBB)',
  transcribed: 'overgenomen uit het dossier',
  mined: 'uit schooldocumenten, kan onvolledig zijn',
};

export function qualityLabel(quality) {
  return QUALITY[quality] ?? quality ?? '';
}

export function levelLabel(level) {
  return level ? `niveau ${level}` : null;
}

export function plural(count, one, many) {
  return `${count} ${count === 1 ? one : many}`;
}

/** "werkprocessen" or "vaardigheden": what coverage was counted over. */
export function basisNoun(coverageBasis, count = 2) {
  if (coverageBasis === 'skills') return count === 1 ? 'vaardigheid' : 'vaardigheden';
  return count === 1 ? 'werkproces' : 'werkprocessen';
}

/**
 * How much of a qualification's work the person already does. Shared work is counted only where it is surely the
 * same work, so none counted means none recognised in what the person wrote, not none done.
 */
export function coverageSentence(coverage, coverageBasis) {
  const total = coverage?.total ?? 0;
  return counted(coverage, 'Je doet al', basisNoun(coverageBasis, total), coverageBasis === 'skills' ? 'de' : 'het');
}

/** How many of an occupation's essential skills the person already has, in the same words. */
export function skillCoverageSentence(coverage) {
  const total = coverage?.total ?? 0;
  return counted(coverage, 'Je hebt al', total === 1 ? 'belangrijke vaardigheid' : 'belangrijke vaardigheden', 'de');
}

/** @param article the noun's definite article in the singular ("het werkproces", "de vaardigheid") */
function counted(coverage, already, noun, article) {
  const total = coverage?.total ?? 0;
  const matched = coverage?.matched ?? 0;
  if (matched === 0 && total > 0) {
    return total === 1
      ? `We herkenden ${article} enige ${noun} nog niet in wat je invulde`
      : `We herkenden nog geen van de ${total} ${noun} in wat je invulde`;
  }
  return `${already} ${matched} van ${total} ${noun}`;
}

/** What a person can do about a failed request. */
export function failureMessage(error, subject = 'de gegevens') {
  switch (error?.kind) {
    case FailureKind.UNREACHABLE:
      return {
        title: 'We kunnen de zoekdienst nu niet bereiken',
        advice: 'Controleer of je internet het doet en probeer het over een paar minuten opnieuw. Blijft het misgaan? Dan ligt het aan ons; probeer het later nog eens.',
      };
    case FailureKind.TIMEOUT:
      return { title: 'Het zoeken duurt te lang', advice: 'Probeer het opnieuw. Gebruik eventueel minder of kortere omschrijvingen.' };
    case FailureKind.BUSY:
      return { title: 'Het is nu erg druk', advice: 'Wacht even en probeer het dan opnieuw.' };
    case FailureKind.NOT_FOUND:
      return { title: `We konden ${subject} niet vinden`, advice: 'Controleer het nummer, of zoek op naam.' };
    case FailureKind.REJECTED: {
      const details = (error.problem?.errors ?? []).map((e) => e.message).filter(Boolean);
      return {
        title: 'Dit kunnen we zo niet zoeken',
        advice: details.length ? details.join(' ') : (error.problem?.detail || 'Pas je invoer aan en probeer het opnieuw.'),
      };
    }
    default:
      return { title: 'Er ging bij ons iets mis', advice: 'Probeer het opnieuw. Lukt het dan nog niet, probeer het later nog eens.' };
  }
}
