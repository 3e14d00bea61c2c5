import type { GroupStrings } from '../types.js';
/** Texts of the facilitator's group view, Dutch. The English table has the same shape. */
export const groupNl: GroupStrings = {
  heading: 'De bloem van de groep',
  intro: (n: number) =>
    n === 1 ? 'Op basis van de antwoorden van 1 deelnemer.' : `Op basis van de antwoorden van ${n} deelnemers.`,
  empty: 'Er zijn nog geen antwoorden om te tonen.',
  skipped: (n: number) =>
    n === 1
      ? '1 antwoord kon niet worden gelezen en telt niet mee.'
      : `${n} antwoorden konden niet worden gelezen en tellen niet mee.`,
  source: {
    loading: 'De antwoorden van de groep worden opgehaald…',
    denied:
      'Geen toegang: deze pagina mag de antwoorden van de groep niet lezen. Vraag de beheerder om een geldige sleutel.',
    unreachable: 'De antwoorden konden niet worden opgehaald. We blijven het proberen.',
    unreachableKept:
      'De antwoorden konden niet worden bijgewerkt. Je ziet de laatst opgehaalde stand; we blijven het proberen.',
    invalid: 'Het adres gaf geen lijst met antwoorden terug. We blijven het proberen.',
    live: (n: number) => (n === 1 ? '1 antwoord binnen' : `${n} antwoorden binnen`),
  },
  threshold: {
    waiting: (n: number, min: number) => `${n} van ${min} hebben geantwoord.`,
    why: (min: number) =>
      `De cijfers van de groep verschijnen vanaf ${min} antwoorden, zodat niemands antwoorden herkenbaar zijn.`,
  },
  discuss: {
    heading: 'Eerst bespreken',
    lowest: 'Laagste scores',
    disagreements: 'Echt verschil van mening',
    disagreementWhy: 'Een deel antwoordde onder neutraal, een ander deel erboven.',
    noDisagreement: 'Geen factor waarover de groep echt verdeeld is.',
    score: (s: string) => `score ${s}`,
    open: (title: string) => `Details van ${title}`,
  },
  research: 'Wat het onderzoek zegt',
  detail: {
    distribution: (title: string) => `Verdeling van de antwoorden op ${title}`,
    option: 'Antwoord',
    count: 'Aantal',
    dontKnow: (pct: string) => `${pct} koos "weet ik niet".`,
    close: 'Sluiten',
  },
  rounds: {
    label: 'Ronde',
    none: 'Zonder ronde',
    compare: 'Vergelijk met',
    noCompare: 'Geen vergelijking',
    change: 'Verandering',
    earlier: (round: string) => `Vorige ronde: ${round}`,
    /** Two rounds answered with different versions or lengths of the questionnaire. */
    partial: (items: number) =>
      `Deze rondes zijn met verschillende versies of lengtes van de vragenlijst ingevuld. De verandering en de omtrek van de eerdere ronde tellen daarom alleen de ${items} stellingen die in beide rondes in dezelfde woorden stonden; de vergelijking is gedeeltelijk.`,
  },
  roles: {
    heading: 'Per soort organisatie',
    caption: (min: number) => `Mediaan per factor, alleen voor soorten organisatie met minstens ${min} deelnemers`,
    none: (min: number) => `Nog geen soort organisatie met minstens ${min} deelnemers.`,
  },
  presentation: {
    enter: 'Presentatiemodus',
    leave: 'Presentatiemodus verlaten',
    hint: 'Pijltjestoetsen: volgende of vorige factor om te bespreken.',
    step: (i: number, n: number) => `Bespreekpunt ${i} van ${n}`,
  },
  share: {
    heading: 'Deelnemers uitnodigen',
    copy: 'Link kopiëren',
    copied: 'De link is gekopieerd.',
    copyFailed: 'Kopiëren lukte niet; selecteer de link en kopieer hem zelf.',
    qr: (url: string) => `QR-code voor ${url}`,
  },
  poster: {
    heading: 'Poster',
    empty: 'Lege poster (SVG, A3)',
    filled: 'Poster met de bloem van de groep (SVG, A3)',
    title: 'Succesfactoren van onze learning community',
    instruction: 'Plak per factor een sticker: hoe verder naar buiten, hoe beter het gaat (0–100).',
    printEmpty: 'Lege poster afdrukken (A3)',
    printFilled: 'Poster met de bloem van de groep afdrukken (A3)',
    printHint: 'Kies in het afdrukvenster papierformaat A3, staand.',
  },
  table: {
    caption: 'Scores van de groep per succesfactor (0 tot 100)',
    factor: 'Succesfactor',
    n: 'Aantal',
    mean: 'Gemiddelde',
    middle: 'Middelste helft',
    range: 'Laagste – hoogste',
  },
  csv: 'Scores van de groep downloaden (CSV)',
};

export type { GroupStrings };
