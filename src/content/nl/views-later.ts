import type { LaterViewsStrings } from '../types.js';

/** Texts of the history and group views, the consent step and the delivery lines, Dutch: loaded with the later views (./later.ts). */
export const viewsLaterNl: LaterViewsStrings = {
  elsewhere: {
    heading: 'Geopend in een ander tabblad',
    text: 'Je vult deze vragenlijst al in in een ander tabblad of venster van deze browser. Ga daar verder, dan raakt er geen antwoord kwijt.',
    later: 'Sluit je het andere tabblad, dan kun je hier verder waar je was.',
    orHere:
      'Sluit je het andere tabblad, dan kun je hier verder waar je was. Of ga nu hier verder: het andere tabblad bewaart je antwoorden en stopt.',
    continueHere: 'Hier verder gaan',
    asking: 'Het andere tabblad wordt gevraagd je antwoorden over te dragen…',
    taken: 'Je kunt nu hier verder, met al je antwoorden tot nu toe.',
    deleteThere: 'Je kunt ze verwijderen in het tabblad waar de vragenlijst open staat.',
  },
  history: {
    heading: 'Jouw bloem door de tijd',
    intro: 'Eerdere metingen op dit apparaat. De lichte omtrek in de bloem is de vorige meting.',
    empty: 'Er zijn nog geen afgeronde metingen op dit apparaat.',
    tableCaption: 'Scores per meting (0 tot 100)',
    factor: 'Succesfactor',
    change: 'Verandering',
    measurement: (date: string, instrument: string) => `${date} (${instrument})`,
    open: (date: string) => `Meting van ${date} bekijken`,
    instruments: { quick: 'kort', full: 'volledig' } as Record<string, string>,
    /** The last two measurements asked different statements (quick and full, or other wordings). */
    partial:
      'Het verschil is gedeeltelijk: het telt alleen de stellingen die beide metingen in dezelfde woorden stelden.',
    /** The optional phase of each measurement (a row of the table). */
    phase: 'Fase van de community',
    phaseUnknown: '–',
    /** Always shown under the history: the research gives no advice per phase, only that a new one is a moment to look again. */
    phasePrompt:
      'Breekt er voor jullie learning community een nieuwe fase aan? Meet dan opnieuw: zo zie je wat er sindsdien veranderd is.',
    phaseChanged: (from: string, to: string) =>
      `De fase is veranderd sinds de vorige meting: eerst ${from}, nu ${to}. Volgens het onderzoek is een nieuwe fase een goed moment om na te gaan of iedereen nog betrokken is (factor 1) en of de groep de kwaliteiten heeft die nu nodig zijn (factor 2).`,
  },
  group: {
    heading: 'De bloem van de groep',
    intro: (n: number) =>
      n === 1 ? 'Gebaseerd op de antwoorden van 1 deelnemer.' : `Gebaseerd op de antwoorden van ${n} deelnemers.`,
    empty: 'Er zijn nog geen antwoorden om te tonen.',
    skipped: (n: number) =>
      n === 1
        ? '1 antwoord kon niet worden gelezen en telt niet mee.'
        : `${n} antwoorden konden niet worden gelezen en tellen niet mee.`,
    tableCaption: 'Scores van de groep per succesfactor (0 tot 100)',
    factor: 'Succesfactor',
    n: 'Aantal',
    mean: 'Gemiddelde',
    range: 'Laagste – hoogste',
    middle: 'Middelste helft',
    roles: 'Deelnemers per soort organisatie',
    none: 'Niet opgegeven',
    csv: 'Groepsscores downloaden (CSV)',
    /** Responses of different instruments or versions: only shared statements count. */
    partial: (items: number) =>
      `De antwoorden komen uit verschillende versies of lengtes van de vragenlijst. De scores tellen alleen de ${items} stellingen die iedereen in dezelfde woorden kreeg.`,
  },
  consent: {
    heading: 'Versturen naar de organisator',
    what: 'Als je akkoord gaat, worden je antwoorden en scores naar de organisator van deze vragenlijst gestuurd:',
    fields: [
      'je antwoord op iedere stelling en de scores per factor;',
      'het soort organisatie, als je dat hebt opgegeven;',
      'de taal, de datum en tijd, de naam van de learning community en een willekeurig nummer van deze meting.',
    ],
    notSent: 'Je naam, e-mailadres of andere persoonsgegevens worden niet gevraagd en niet verstuurd.',
    endpoint: (host: string) => `Adres: ${host}`,
    agree: 'Versturen',
    decline: 'Niet versturen',
    declined: 'Je antwoorden zijn niet verstuurd. Ze blijven alleen op dit apparaat.',
    sendLater: 'Toch naar de organisator sturen',
  },
  delivery: {
    sending: 'Je antwoorden worden verstuurd…',
    sent: 'Je antwoorden zijn verstuurd. Dank je wel!',
    offline: 'Je bent offline. Je antwoorden worden verstuurd zodra je weer online bent.',
    retrying: 'Versturen lukte nog niet. We proberen het straks opnieuw; je antwoorden blijven bewaard.',
    failed: (status: number | null) =>
      `Je antwoorden konden niet worden verstuurd: de organisator weigerde ze${status ? ` (foutcode ${status})` : ''}. Probeer het later opnieuw, of download ze (JSON) bij de resultaten en stuur ze zelf.`,
    delegated: 'Je antwoorden zijn aan de website doorgegeven.',
    retry: 'Opnieuw proberen',
  },
};
