import type { QuestionTexts } from '../types.js';

// A text table parallel to the other language's (same keys, same order). Apart from ./advice.ts
// because the questionnaire needs only these texts: they load with the first screen, the advice
// with the results (issue 13).

/**
 * English texts the questionnaire shows: factor titles, the statements, and the names of the groups
 * and themes, a faithful translation of the Dutch texts (./../nl/questions.ts).
 */
export const questionsEn: QuestionTexts = {
  factors: {
    commitment: {
      title: 'Driven and personally committed',
      short: 'Driven and committed',
    },
    'qualities-roles': {
      title: "(The sum of) people's qualities and roles",
      short: 'Qualities and roles',
    },
    'community-building': {
      title: 'Continuous attention to community building',
      short: 'Community building',
    },
    'competition-sensitivity': {
      title: 'Handling competitive sensitivity',
      short: 'Competitive sensitivity',
    },
    'shared-vision': {
      title: 'Building a shared vision of the future',
      short: 'Shared vision',
    },
    together: {
      title: "Awareness that 'we must do it together'",
      short: 'We must do it together',
    },
    'interim-results': {
      title: 'Sharing interim and measurable results',
      short: 'Interim results',
    },
    reputation: {
      title: 'Working on a good reputation',
      short: 'Good reputation',
    },
    'long-term-support': {
      title: '(Securing) long-term (financial) support',
      short: 'Long-term support',
    },
    'idea-to-application': {
      title: 'Minding the gap between idea development and application',
      short: 'From idea to application',
    },
    'home-organisation': {
      title: 'Taking your own organisation along in the shared story',
      short: 'Own organisation on board',
    },
    'system-innovation': {
      title: 'System innovation: looking wider',
      short: 'System innovation',
    },
  },
  items: {
    'commitment.1': 'Every participant is keen to contribute to our shared goal.',
    'commitment.2': 'Participants stay driven as the collaboration goes on.',
    'commitment.3': 'Each of us feels personally connected to our shared challenge.',

    'qualities-roles.1': 'Our learning community has all the qualities and roles we need.',
    'qualities-roles.2': 'The participants’ qualities complement each other.',
    'qualities-roles.3': 'When a new phase calls for other qualities, we adapt the make-up of the group.',

    'community-building.1': 'We actively work on the relationships within our learning community.',
    'community-building.2': 'Everyone feels seen and heard in our learning community.',
    'community-building.3': 'The participants trust each other.',

    'competition-sensitivity.1': 'We have found good ways to handle competitive sensitivity.',
    'competition-sensitivity.2': 'Participants share their knowledge openly with each other.',
    'competition-sensitivity.3': 'When competition plays a part, we discuss it openly.',

    'shared-vision.1': 'We have a shared vision of the future that we steer by together.',
    'shared-vision.2': 'We regularly revisit our vision of the future.',
    'shared-vision.3': 'I know what my own contribution to our shared vision of the future is.',

    'together.1': 'We are convinced that we can only reach our goals together.',
    'together.2': 'For us, the shared interest weighs more than our own interest.',
    'together.3': 'We are aware of differences in culture, pace and jargon between the parties.',

    'interim-results.1': 'We regularly share interim results with each other.',
    'interim-results.2': 'We make our progress visible in small, measurable steps.',
    'interim-results.3': 'We discuss lessons learned openly with each other.',

    'reputation.1': 'We actively work on the reputation of our learning community.',
    'reputation.2': 'Our learning community has a good name beyond its own circle.',
    'reputation.3': 'Participants act as ambassadors of our learning community to the outside world.',

    'long-term-support.1':
      'Our learning community is supported for a longer period with money, equipment, expertise or people.',
    'long-term-support.2': 'Partners who contribute to our learning community also get value from it themselves.',
    'long-term-support.3': 'We know how support will continue when the current project or grant ends.',

    'idea-to-application.1':
      'We deliberately pay attention to the path from an idea to applying the results in practice.',
    'idea-to-application.2': 'It is clear who takes on the translation from idea to application.',
    'idea-to-application.3': 'We discuss in good time which parties can put our results into practice.',

    'home-organisation.1':
      'We take our own organisations along in the story of the learning community: its goal, way of working and results.',
    'home-organisation.2': 'We regularly tell our own organisations what the learning community yields.',
    'home-organisation.3': 'People in our own organisations are involved in what the learning community does.',

    'system-innovation.1': 'We also work with parties other than the usual ones.',
    'system-innovation.2':
      'We deliberately steer towards our learning community growing into more than a one-off experiment.',
    'system-innovation.3': 'There is someone who brings the different parts of the chain together.',
  },
  groups: {
    people: 'People',
    process: 'Process',
    content: 'Content',
    precondition: 'Precondition',
    outcomes: 'Outcomes',
  },
  themes: {
    collaboration: 'Developing the collaboration',
    outcomes: 'Sustaining the outcomes',
  },
};
