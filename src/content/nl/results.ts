import { quoted } from '../lists.js';
import type { ResultsStrings, SummaryInput } from '../types.js';
import type { AttentionReason } from '../../model/attention.js';

const score = (value: number) => `${Math.round(value)} van 100`;

export { quoted };

/** Texts of the results view, the factor detail and the agenda, Dutch. */
export const resultsNl: ResultsStrings = {
  summary: ({ overall, uniform, strongest, weakest }: SummaryInput) => {
    if (overall === null) return 'Er is nog geen enkele factor beoordeeld, dus er is nog geen beeld.';
    if (uniform)
      return `Alle beoordeelde factoren scoren hetzelfde: ${score(overall)}. Geen factor is dus zwakker of sterker dan een andere.`;
    const parts = [`De gemiddelde score is ${score(overall)}.`];
    if (strongest.length === 1) parts.push(`Het sterkst is ‘${strongest[0]}’.`);
    else if (strongest.length > 1 && strongest.length <= 3) parts.push(`Het sterkst zijn ${quoted(strongest, 'en')}.`);
    else if (strongest.length > 3) parts.push(`${strongest.length} factoren delen de hoogste score.`);
    if (weakest.length === 1) parts.push(`De meeste aandacht vraagt ‘${weakest[0]}’.`);
    else if (weakest.length > 1 && weakest.length <= 3)
      parts.push(`De meeste aandacht vragen ${quoted(weakest, 'en')}.`);
    else if (weakest.length > 3)
      parts.push(`${weakest.length} factoren delen de laagste score en vragen de meeste aandacht.`);
    return parts.join(' ');
  },
  score,
  strengthsHeading: 'Sterke punten',
  attentionHeading: 'Aandachtspunten',
  attentionIntro: 'Deze factoren vragen nu de meeste aandacht. Met de tips kun je ze op de agenda zetten.',
  notAssessedHeading: 'Niet beoordeeld',
  notAssessedIntro: 'Op deze factoren is alleen ‘Weet ik niet’ geantwoord of niets. Ze tellen niet mee.',
  reasons: {
    low: 'een van de laagste scores',
    'below-50': 'score onder 50',
    disagreement: 'deelnemers zijn verdeeld: antwoorden aan beide kanten van neutraal',
  } satisfies Record<AttentionReason, string>,
  /** Beside the average score: the two themes of the research, e.g. "Doorontwikkelen van de samenwerking: 62 van 100". */
  themeScore: (theme: string, value: number | null) => `${theme}: ${value === null ? 'niet beoordeeld' : score(value)}`,
  themesLabel: 'Score per thema',
  /** Suggestions for "who" on the agenda: the roles the research names. */
  roleSuggestions: [
    'Community manager',
    'Innovatiemanager',
    'Ambassadeur',
    'Systeemintegrator',
    'Verbinder',
    'Afgevaardigde',
  ] as readonly string[],
  /** Under an attention point whose linked factors need attention too. */
  linkedLow: (titles: readonly string[]) =>
    titles.length === 1
      ? `Ook ${quoted(titles, 'en')} vraagt aandacht, en die factor hangt hiermee samen.`
      : `Ook ${quoted(titles, 'en')} vragen aandacht, en die factoren hangen hiermee samen.`,
  findingsHeading: 'Wat het onderzoek laat zien',
  tipsHeading: 'Hoe verder?',
  relatedHeading: 'Zie ook',
  readMore: (title: string) => `Alles over ‘${title}’`,
  detail: {
    close: 'Sluiten',
    yourScore: 'Jouw score',
    yourAnswers: 'Jouw antwoorden',
    noAnswers: 'Nog geen antwoorden op deze factor.',
    group: 'Groep',
  },
  agenda: {
    heading: 'Agenda voor de volgende bijeenkomst',
    intro:
      'De aandachtspunten staan al aangevinkt. Kies zelf welke factoren op de agenda komen en spreek per factor een actie af.',
    onAgenda: (title: string) => `${title} op de agenda`,
    what: 'Wat gaan we doen?',
    who: 'Wie',
    when: 'Wanneer klaar',
    copy: 'Kopiëren',
    copied: 'De agenda staat op het klembord.',
    copyFailed: 'Kopiëren lukte niet. Selecteer de tekst hieronder en kopieer die zelf.',
    downloadMarkdown: 'Download als Markdown',
    print: 'Afdrukken',
    empty: 'Er staat nog niets op de agenda.',
    labels: {
      agenda: 'Agenda',
      score: 'Score',
      tips: 'Tips',
      action: 'Actie',
      who: 'Wie',
      when: 'Wanneer klaar',
      notAssessed: 'niet beoordeeld',
      date: (date: Date) => `Opgesteld op ${date.toLocaleDateString('nl', { dateStyle: 'long' })}`,
    },
    lastTime: 'Vorige keer nam je je voor:',
  },
  exports: {
    heading: 'Bewaren en delen',
    json: 'Antwoorden downloaden (JSON)',
    csv: 'Scores downloaden (CSV)',
    png: 'Bloem downloaden (PNG)',
    svg: 'Bloem downloaden (SVG)',
    import: 'Eerdere antwoorden openen (JSON)',
    imported: (date: string) => `Je bekijkt de meting van ${date}.`,
    notJson: 'Dit bestand kan niet worden geopend: het is geen JSON-bestand.',
    notResponse: (detail: string) =>
      `Dit bestand kan niet worden geopend: het is geen antwoordbestand van Seeds of Innovation (${detail}).`,
    exportFailed: 'Downloaden lukte niet.',
  },
  noResults: 'Er zijn nog geen resultaten. Vul eerst de vragenlijst in.',
  toQuestionnaire: 'Naar de vragenlijst',
  filePrefix: 'seeds-of-innovation',
};

export type { ResultsStrings, SummaryInput };
