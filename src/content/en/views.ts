import type { FirstViewsStrings } from '../types.js';

/** Texts of the tools and storage lines, English (the later views', the consent step's and the delivery lines': ./views-later.ts). */
export const viewsEn: FirstViewsStrings = {
  data: {
    heading: 'Your data',
    intro: 'Your answers and measurements are kept in this browser.',
  },
  tools: {
    newMeasurement: 'Start a new measurement',
    deleteData: 'Delete my data on this device',
    confirmDelete:
      'Are you sure? Your answers, earlier measurements and any answers not yet sent to the organiser will be deleted from this device.',
    deleteFailed: "Not everything could be deleted. Clear this site's data in your browser to be sure.",
    confirmYes: 'Yes, delete',
    confirmNo: 'No, keep',
    deleted: 'Your data on this device has been deleted.',
    history: 'Earlier measurements',
  },
  storage: {
    unavailable: 'Your answers cannot be kept in this browser; please complete the questionnaire in one go.',
  },
};
