import type { FullTexts } from '../language.js';

/**
 * The full instrument's further statements (Dutch): each factor's second and third, in our own words,
 * faithful to the research. A file of its own in the builds: loaded only for `instrument="full"`
 * and for the later views (a full measurement's results show its statements), not for the quick
 * instrument's first screen (issue 13). The first statements are in ./questions.ts.
 */
export const statementsNl: FullTexts['items'] = {
  'commitment.2': 'De deelnemers blijven gedreven, ook nu de samenwerking langer loopt.',
  'commitment.3': 'Ieder van ons voelt zich persoonlijk verbonden met onze gezamenlijke opgave.',
  'qualities-roles.2': 'De kwaliteiten van de deelnemers vullen elkaar aan.',
  'qualities-roles.3': 'Als een nieuwe fase andere kwaliteiten vraagt, passen we de samenstelling van de groep aan.',
  'community-building.2': 'Iedereen voelt zich gezien en gehoord in onze learning community.',
  'community-building.3': 'De deelnemers vertrouwen elkaar.',
  'competition-sensitivity.2': 'De deelnemers delen hun kennis open met elkaar.',
  'competition-sensitivity.3': 'Als concurrentie speelt, bespreken we dat openlijk.',
  'shared-vision.2': 'We bespreken onze toekomstvisie regelmatig opnieuw.',
  'shared-vision.3': 'Ik weet wat mijn eigen bijdrage aan onze gezamenlijke toekomstvisie is.',
  'together.2': 'Het gezamenlijke belang weegt bij ons zwaarder dan het eigen belang.',
  'together.3': 'We hebben oog voor verschillen in cultuur, tempo en vaktaal tussen de partijen.',
  'interim-results.2': 'We maken onze voortgang zichtbaar in kleine, meetbare stappen.',
  'interim-results.3': 'We bespreken leerpunten openlijk met elkaar.',
  'reputation.2': 'Onze learning community heeft een goede naam buiten de eigen kring.',
  'reputation.3': 'De deelnemers treden naar buiten op als ambassadeur van onze learning community.',
  'long-term-support.2': 'Partners die bijdragen aan onze learning community, halen er zelf ook waarde uit.',
  'long-term-support.3': 'We weten hoe de ondersteuning doorgaat als het huidige project of de subsidie afloopt.',
  'idea-to-application.2': 'Het is duidelijk wie de vertaalslag van idee naar toepassing oppakt.',
  'idea-to-application.3': 'We bespreken tijdig welke partijen onze resultaten in de praktijk kunnen brengen.',
  'home-organisation.2': 'We vertellen onze eigen organisaties regelmatig wat de learning community oplevert.',
  'home-organisation.3': 'Mensen in onze eigen organisaties zijn betrokken bij wat de learning community doet.',
  'system-innovation.2':
    'We sturen er bewust op dat onze learning community uitgroeit tot meer dan een eenmalig experiment.',
  'system-innovation.3': 'Er is iemand die de verschillende delen van de keten bij elkaar brengt.',
};

/** This file's texts, as ../language.ts loads them. */
export const texts: FullTexts = { items: statementsNl };
