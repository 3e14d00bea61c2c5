import type { ScreensStrings } from '../types.js';
/**
 * Dutch texts added with the redesign of the results, questionnaire, history and empty screens
 * (issue 15). Kept apart from the older tables so both can change without stepping on each other.
 */
export const screensNl: ScreensStrings = {
  results: {
    topThreeHeading: 'Top drie voor de agenda',
    /** The heading when the tie rule names more or fewer than three factors. */
    firstHeading: 'Eerst op de agenda',
    firstTied: (n: number) =>
      `Deze ${n} factoren hebben dezelfde laagste score. Geen ervan gaat voor: bespreek ze samen of kies er zelf een uit.`,
    firstMore: (n: number, score: string) =>
      n === 1
        ? `Nog 1 factor scoort ${score}. Je vindt hem hieronder bij de aandachtspunten.`
        : `Nog ${n} factoren scoren gelijk, ${score}. Geen ervan gaat voor de andere, dus staan ze hier niet; je vindt ze hieronder bij de aandachtspunten.`,
    topThreeIntro: 'Deze factoren vragen nu de meeste aandacht.',
    useTip: 'Gebruik deze tip als actie',
    tipUsed: (title: string) => `De tip staat nu als actie bij ‘${title}’ op de agenda.`,
    moreTips: (n: number) => (n === 1 ? 'Nog 1 tip' : `Nog ${n} tips`),
    otherFactors: 'Overige factoren',
    downloads: 'Downloaden',
    openEarlier: 'Eerdere antwoorden openen (JSON)',
    /** Screen readers hear the score of a strength without the parenthesis. */
    scoreShort: (score: number) => `${Math.round(score)}`,
  },
  empty: {
    results: {
      heading: 'Nog geen bloem',
      text: 'Vul eerst de vragenlijst in. Daarna zie je hier jouw bloem en wat je op de agenda kunt zetten.',
      action: 'Naar de vragenlijst',
    },
    history: {
      heading: 'Nog geen metingen',
      text: 'Na je eerste meting zie je hier hoe jouw bloem verandert.',
      action: 'Begin met een meting',
    },
    group: {
      heading: 'Nog geen antwoorden van de groep',
      text: 'Deel de vragenlijst met de deelnemers van jullie community. Zodra hun antwoorden binnen zijn, verschijnt hier de bloem van de groep.',
    },
  },
  history: {
    intro: 'Eerdere metingen op dit apparaat. De gestippelde lijn in de bloem is de vorige meting.',
    /** A column head: the date, and the time when two measurements share a day. */
    measurement: (date: string, time: string | null, instrument: string) =>
      time ? `${date}, ${time} (${instrument})` : `${date} (${instrument})`,
    open: (when: string) => `Meting van ${when} bekijken`,
    up: 'hoger',
    down: 'lager',
    same: 'gelijk',
    scrollHint: 'Schuif de tabel opzij voor meer metingen.',
    trendHeading: 'Per factor door de tijd',
    trendIntro:
      'Elke kleine grafiek loopt van 0 tot 100, van de eerste tot de laatste meting. De tabel hierboven geeft dezelfde cijfers.',
  },
  flower: {
    legend: 'Legenda',
    notAssessedMark: '–',
    ringLabel: (score: number) => `${score}`,
  },
};

export type { ScreensStrings };
