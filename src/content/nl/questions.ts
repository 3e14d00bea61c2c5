import type { QuestionTexts } from '../types.js';

// A text table parallel to the other language's (same keys, same order). Apart from ./advice.ts
// because the questionnaire needs only these texts: they load with the first screen, the advice
// with the results (issue 13).

/**
 * Dutch texts the questionnaire shows: factor titles as in the research "Succesfactoren voor learning
 * communities" (Duurzame learning communities: Oogsten in de Greenport); the first statement of each
 * factor (the full instrument's others: ./full.ts) and the names of the groups in our own words,
 * faithful to that research.
 */
export const questionsNl: QuestionTexts = {
  factors: {
    commitment: {
      title: 'Gedreven en persoonlijk gecommitteerd zijn',
    },
    'qualities-roles': {
      title: '(De som van) kwaliteiten van mensen en rollen',
    },
    'community-building': {
      title: 'Continue aandacht voor community vorming',
    },
    'competition-sensitivity': {
      title: 'Hanteren van concurrentiegevoeligheid',
    },
    'shared-vision': {
      title: 'Een gedeelde visie op de toekomst opbouwen',
    },
    together: {
      title: "Bewustzijn van 'samen moeten we het doen'",
    },
    'interim-results': {
      title: 'Tussentijdse en meetbare resultaten delen',
    },
    reputation: {
      title: 'Werken aan een goede reputatie',
    },
    'long-term-support': {
      title: '(Verzekeren van) langdurige (financiële) ondersteuning',
    },
    'idea-to-application': {
      title: 'Aandacht voor ontstaan van vacuüm tussen ideeontwikkeling en toepassing van de resultaten',
    },
    'home-organisation': {
      title: 'Eigen organisatie meenemen in het gezamenlijke verhaal',
    },
    'system-innovation': {
      title: 'Systeeminnovatie: breder kijken',
    },
  },
  // The quick instrument's statements (each factor's first); the full instrument's others: ./full.ts.
  items: {
    'commitment.1': 'Iedere deelnemer wil zelf graag bijdragen aan ons gezamenlijke doel.',
    'qualities-roles.1': 'In onze learning community zijn alle kwaliteiten en rollen aanwezig die we nodig hebben.',
    'community-building.1': 'We werken actief aan de onderlinge relaties in onze learning community.',
    'competition-sensitivity.1': 'We hebben goede manieren gevonden om met concurrentiegevoeligheid om te gaan.',
    'shared-vision.1': 'We hebben een gedeelde visie op de toekomst waarop we samen koersen.',
    'together.1': 'We zijn ervan overtuigd dat we onze doelen alleen samen kunnen bereiken.',
    'interim-results.1': 'We delen regelmatig tussentijdse resultaten met elkaar.',
    'reputation.1': 'We werken actief aan de reputatie van onze learning community.',
    'long-term-support.1':
      'Onze learning community wordt voor langere tijd ondersteund met geld, apparatuur, expertise of menskracht.',
    'idea-to-application.1':
      'We besteden bewust aandacht aan de weg van een idee naar de toepassing van de resultaten in de praktijk.',
    'home-organisation.1':
      'We nemen onze eigen organisaties mee in het verhaal van de learning community: het doel, de werkwijze en de resultaten.',
    'system-innovation.1': 'We werken ook samen met andere dan de gebruikelijke partijen.',
  },
  groups: {
    people: 'Mensen',
    process: 'Proces',
    content: 'Inhoud',
    precondition: 'Randvoorwaarde',
    outcomes: 'Opbrengsten',
  },
};
