/** The five groups of success factors, in the order the research presents them. */
export const GROUP_IDS = ['people', 'process', 'content', 'precondition', 'outcomes'] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/**
 * The two themes: developing the collaboration (factors 1–8) and sustaining its outcomes (9–12).
 */
export const THEME_IDS = ['collaboration', 'outcomes'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export const THEME_OF_GROUP: Readonly<Record<GroupId, ThemeId>> = {
  people: 'collaboration',
  process: 'collaboration',
  content: 'collaboration',
  precondition: 'collaboration',
  outcomes: 'outcomes',
};

/** The twelve factor ids, in the fixed order of the research. These ids are stable: payloads and stored data use them. */
export const FACTOR_IDS = [
  'commitment',
  'qualities-roles',
  'community-building',
  'competition-sensitivity',
  'shared-vision',
  'together',
  'interim-results',
  'reputation',
  'long-term-support',
  'idea-to-application',
  'home-organisation',
  'system-innovation',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

export interface Factor {
  /** Stable id, e.g. `shared-vision`. */
  readonly id: string;
  /** 1-based position in the research's numbering. */
  readonly number: number;
  readonly group: GroupId;
  /** Factors that this factor's tips refer to. */
  readonly related: readonly string[];
}

export const FACTORS: readonly Factor[] = [
  { id: 'commitment', number: 1, group: 'people', related: [] },
  { id: 'qualities-roles', number: 2, group: 'people', related: [] },
  { id: 'community-building', number: 3, group: 'process', related: ['competition-sensitivity'] },
  { id: 'competition-sensitivity', number: 4, group: 'process', related: ['community-building'] },
  { id: 'shared-vision', number: 5, group: 'content', related: ['commitment', 'interim-results'] },
  { id: 'together', number: 6, group: 'content', related: [] },
  { id: 'interim-results', number: 7, group: 'content', related: ['reputation', 'home-organisation'] },
  { id: 'reputation', number: 8, group: 'precondition', related: ['commitment', 'home-organisation'] },
  { id: 'long-term-support', number: 9, group: 'outcomes', related: ['idea-to-application'] },
  { id: 'idea-to-application', number: 10, group: 'outcomes', related: ['long-term-support'] },
  { id: 'home-organisation', number: 11, group: 'outcomes', related: ['interim-results', 'reputation'] },
  { id: 'system-innovation', number: 12, group: 'outcomes', related: ['idea-to-application'] },
];
