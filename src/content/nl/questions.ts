import type { QuestionTexts } from '../types.js';

// A text table parallel to the other language's (same keys, same order). Apart from ./advice.ts
// because the questionnaire needs only these texts: they load with the first screen, the advice
// with the results (issue 13).

/**
 * Dutch texts the questionnaire shows: factor titles as in the research "Succesfactoren voor learning
 * communities" (Duurzame learning communities: Oogsten in de Greenport); the statements and the
 * names of groups and themes in our own words, faithful to that research.
 */
export const questionsNl: QuestionTexts = {
  factors: {
    commitment: {
      title: 'Gedreven en persoonlijk gecommitteerd zijn',
      short: 'Gedreven en gecommitteerd',
    },
    'qualities-roles': {
      title: '(De som van) kwaliteiten van mensen en rollen',
      short: 'Kwaliteiten en rollen',
    },
    'community-building': {
      title: 'Continue aandacht voor community vorming',
      short: 'Community vorming',
    },
    'competition-sensitivity': {
      title: 'Hanteren van concurrentiegevoeligheid',
      short: 'Concurrentiegevoeligheid',
    },
    'shared-vision': {
      title: 'Een gedeelde visie op de toekomst opbouwen',
      short: 'Gedeelde toekomstvisie',
    },
    together: {
      title: "Bewustzijn van 'samen moeten we het doen'",
      short: 'Samen moeten we het doen',
    },
    'interim-results': {
      title: 'Tussentijdse en meetbare resultaten delen',
      short: 'Tussentijdse resultaten',
    },
    reputation: {
      title: 'Werken aan een goede reputatie',
      short: 'Goede reputatie',
    },
    'long-term-support': {
      title: '(Verzekeren van) langdurige (financiële) ondersteuning',
      short: 'Langdurige ondersteuning',
    },
    'idea-to-application': {
      title: 'Aandacht voor ontstaan van vacuüm tussen ideeontwikkeling en toepassing van de resultaten',
      short: 'Van idee naar toepassing',
    },
    'home-organisation': {
      title: 'Eigen organisatie meenemen in het gezamenlijke verhaal',
      short: 'Eigen organisatie meenemen',
    },
    'system-innovation': {
      title: 'Systeeminnovatie: breder kijken',
      short: 'Systeeminnovatie',
    },
  },
  items: {
    'commitment.1': 'Iedere deelnemer wil zelf graag bijdragen aan ons gezamenlijke doel.',
    'commitment.2': 'De deelnemers blijven gedreven, ook nu de samenwerking langer loopt.',
    'commitment.3': 'Ieder van ons voelt zich persoonlijk verbonden met onze gezamenlijke opgave.',

    'qualities-roles.1': 'In onze learning community zijn alle kwaliteiten en rollen aanwezig die we nodig hebben.',
    'qualities-roles.2': 'De kwaliteiten van de deelnemers vullen elkaar aan.',
    'qualities-roles.3': 'Als een nieuwe fase andere kwaliteiten vraagt, passen we de samenstelling van de groep aan.',

    'community-building.1': 'We werken actief aan de onderlinge relaties in onze learning community.',
    'community-building.2': 'Iedereen voelt zich gezien en gehoord in onze learning community.',
    'community-building.3': 'De deelnemers vertrouwen elkaar.',

    'competition-sensitivity.1': 'We hebben goede manieren gevonden om met concurrentiegevoeligheid om te gaan.',
    'competition-sensitivity.2': 'De deelnemers delen hun kennis open met elkaar.',
    'competition-sensitivity.3': 'Als concurrentie speelt, bespreken we dat openlijk.',

    'shared-vision.1': 'We hebben een gedeelde visie op de toekomst waarop we samen koersen.',
    'shared-vision.2': 'We bespreken onze toekomstvisie regelmatig opnieuw.',
    'shared-vision.3': 'Ik weet wat mijn eigen bijdrage aan onze gezamenlijke toekomstvisie is.',

    'together.1': 'We zijn ervan overtuigd dat we onze doelen alleen samen kunnen bereiken.',
    'together.2': 'Het gezamenlijke belang weegt bij ons zwaarder dan het eigen belang.',
    'together.3': 'We hebben oog voor verschillen in cultuur, tempo en vaktaal tussen de partijen.',

    'interim-results.1': 'We delen regelmatig tussentijdse resultaten met elkaar.',
    'interim-results.2': 'We maken onze voortgang zichtbaar in kleine, meetbare stappen.',
    'interim-results.3': 'We bespreken leerpunten openlijk met elkaar.',

    'reputation.1': 'We werken actief aan de reputatie van onze learning community.',
    'reputation.2': 'Onze learning community heeft een goede naam buiten de eigen kring.',
    'reputation.3': 'De deelnemers treden naar buiten op als ambassadeur van onze learning community.',

    'long-term-support.1':
      'Onze learning community wordt voor langere tijd ondersteund met geld, apparatuur, expertise of menskracht.',
    'long-term-support.2': 'Partners die bijdragen aan onze learning community, halen er zelf ook waarde uit.',
    'long-term-support.3': 'We weten hoe de ondersteuning doorgaat als het huidige project of de subsidie afloopt.',

    'idea-to-application.1':
      'We besteden bewust aandacht aan de weg van een idee naar de toepassing van de resultaten in de praktijk.',
    'idea-to-application.2': 'Het is duidelijk wie de vertaalslag van idee naar toepassing oppakt.',
    'idea-to-application.3': 'We bespreken tijdig welke partijen onze resultaten in de praktijk kunnen brengen.',

    'home-organisation.1':
      'We nemen onze eigen organisaties mee in het verhaal van de learning community: het doel, de werkwijze en de resultaten.',
    'home-organisation.2': 'We vertellen onze eigen organisaties regelmatig wat de learning community oplevert.',
    'home-organisation.3': 'Mensen in onze eigen organisaties zijn betrokken bij wat de learning community doet.',

    'system-innovation.1': 'We werken ook samen met andere dan de gebruikelijke partijen.',
    'system-innovation.2':
      'We sturen er bewust op dat onze learning community uitgroeit tot meer dan een eenmalig experiment.',
    'system-innovation.3': 'Er is iemand die de verschillende delen van de keten bij elkaar brengt.',
  },
  groups: {
    people: 'Mensen',
    process: 'Proces',
    content: 'Inhoud',
    precondition: 'Randvoorwaarde',
    outcomes: 'Opbrengsten',
  },
  themes: {
    collaboration: 'Doorontwikkelen van de samenwerking',
    outcomes: 'Verduurzamen van de opbrengsten',
  },
};
