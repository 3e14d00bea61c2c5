import type { FirstViewsStrings, ViewsStrings } from '../types.js';
/** Texts of the tools, storage, consent and delivery lines, Dutch (the history and group views': ./views-later.ts). */
export const viewsNl: FirstViewsStrings = {
  data: {
    heading: 'Jouw gegevens',
    intro: 'Je antwoorden en metingen worden in deze browser bewaard.',
  },
  tools: {
    newMeasurement: 'Nieuwe meting beginnen',
    deleteData: 'Mijn gegevens op dit apparaat wissen',
    confirmDelete:
      'Weet je het zeker? Je antwoorden, eerdere metingen en antwoorden die nog niet naar de organisator zijn verstuurd, worden van dit apparaat gewist.',
    deleteFailed: 'Niet alles kon worden gewist. Wis de websitegegevens van deze site in je browser om zeker te zijn.',
    confirmYes: 'Ja, wissen',
    confirmNo: 'Nee, bewaren',
    deleted: 'Je gegevens op dit apparaat zijn gewist.',
    history: 'Eerdere metingen',
    loading: 'Even laden…',
  },
  storage: {
    unavailable: 'Je antwoorden kunnen in deze browser niet worden bewaard; rond de vragenlijst af in één keer.',
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

export type { ViewsStrings };
