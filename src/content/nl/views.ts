import type { FirstViewsStrings, ViewsStrings } from '../types.js';
/** Texts of the tools and storage lines, Dutch (the later views', the consent step's and the delivery lines': ./views-later.ts). */
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
  },
  storage: {
    unavailable: 'Je antwoorden kunnen in deze browser niet worden bewaard; rond de vragenlijst af in één keer.',
  },
};

export type { ViewsStrings };
