import type { FullTexts } from '../language.js';

/**
 * The full instrument's further statements (English): each factor's second and third, in our own words,
 * faithful to the research. A file of its own in the builds: loaded only for `instrument="full"`
 * and for the later views (a full measurement's results show its statements), not for the quick
 * instrument's first screen (issue 13). The first statements are in ./questions.ts.
 */
export const statementsEn: FullTexts['items'] = {
  'commitment.2': 'Participants stay driven as the collaboration goes on.',
  'commitment.3': 'Each of us feels personally connected to our shared challenge.',
  'qualities-roles.2': 'The participants’ qualities complement each other.',
  'qualities-roles.3': 'When a new phase calls for other qualities, we adapt the make-up of the group.',
  'community-building.2': 'Everyone feels seen and heard in our learning community.',
  'community-building.3': 'The participants trust each other.',
  'competition-sensitivity.2': 'Participants share their knowledge openly with each other.',
  'competition-sensitivity.3': 'When competition plays a part, we discuss it openly.',
  'shared-vision.2': 'We regularly revisit our vision of the future.',
  'shared-vision.3': 'I know what my own contribution to our shared vision of the future is.',
  'together.2': 'For us, the shared interest weighs more than our own interest.',
  'together.3': 'We are aware of differences in culture, pace and jargon between the parties.',
  'interim-results.2': 'We make our progress visible in small, measurable steps.',
  'interim-results.3': 'We discuss lessons learned openly with each other.',
  'reputation.2': 'Our learning community has a good name beyond its own circle.',
  'reputation.3': 'Participants act as ambassadors of our learning community to the outside world.',
  'long-term-support.2': 'Partners who contribute to our learning community also get value from it themselves.',
  'long-term-support.3': 'We know how support will continue when the current project or grant ends.',
  'idea-to-application.2': 'It is clear who takes on the translation from idea to application.',
  'idea-to-application.3': 'We discuss in good time which parties can put our results into practice.',
  'home-organisation.2': 'We regularly tell our own organisations what the learning community yields.',
  'home-organisation.3': 'People in our own organisations are involved in what the learning community does.',
  'system-innovation.2':
    'We deliberately steer towards our learning community growing into more than a one-off experiment.',
  'system-innovation.3': 'There is someone who brings the different parts of the chain together.',
};

/** This file's texts, as ../language.ts loads them. */
export const texts: FullTexts = { items: statementsEn };
