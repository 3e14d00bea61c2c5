import type { QuestionTexts } from '../types.js';

// A text table parallel to the other language's (same keys, same order). Apart from ./advice.ts
// because the questionnaire needs only these texts: they load with the first screen, the advice
// with the results (issue 13).

/**
 * English texts the questionnaire shows: factor titles, the first statement of each factor (the full
 * instrument's others: ./full.ts) and the names of the groups, a faithful translation of the Dutch
 * texts (./../nl/questions.ts).
 */
export const questionsEn: QuestionTexts = {
  factors: {
    commitment: {
      title: 'Driven and personally committed',
    },
    'qualities-roles': {
      title: "(The sum of) people's qualities and roles",
    },
    'community-building': {
      title: 'Continuous attention to community building',
    },
    'competition-sensitivity': {
      title: 'Handling competitive sensitivity',
    },
    'shared-vision': {
      title: 'Building a shared vision of the future',
    },
    together: {
      title: "Awareness that 'we must do it together'",
    },
    'interim-results': {
      title: 'Sharing interim and measurable results',
    },
    reputation: {
      title: 'Working on a good reputation',
    },
    'long-term-support': {
      title: '(Securing) long-term (financial) support',
    },
    'idea-to-application': {
      title: 'Minding the gap between idea development and application',
    },
    'home-organisation': {
      title: 'Taking your own organisation along in the shared story',
    },
    'system-innovation': {
      title: 'System innovation: looking wider',
    },
  },
  // The quick instrument's statements (each factor's first); the full instrument's others: ./full.ts.
  items: {
    'commitment.1': 'Every participant is keen to contribute to our shared goal.',
    'qualities-roles.1': 'Our learning community has all the qualities and roles we need.',
    'community-building.1': 'We actively work on the relationships within our learning community.',
    'competition-sensitivity.1': 'We have found good ways to handle competitive sensitivity.',
    'shared-vision.1': 'We have a shared vision of the future that we steer by together.',
    'together.1': 'We are convinced that we can only reach our goals together.',
    'interim-results.1': 'We regularly share interim results with each other.',
    'reputation.1': 'We actively work on the reputation of our learning community.',
    'long-term-support.1':
      'Our learning community is supported for a longer period with money, equipment, expertise or people.',
    'idea-to-application.1':
      'We deliberately pay attention to the path from an idea to applying the results in practice.',
    'home-organisation.1':
      'We take our own organisations along in the story of the learning community: its goal, way of working and results.',
    'system-innovation.1': 'We also work with parties other than the usual ones.',
  },
  groups: {
    people: 'People',
    process: 'Process',
    content: 'Content',
    precondition: 'Precondition',
    outcomes: 'Outcomes',
  },
};
