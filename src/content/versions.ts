/**
 * Versions of our statements. Item ids never change (`<factor>.<n>`, `<factor>.1` the quick item);
 * when a statement's wording changes, its id goes in the list of the version that changed it, and
 * comparisons between measurements leave it out (see `compareResponses`).
 *
 * - Version 1: the first release.
 * - Version 2: every statement one claim, answerable by any member, positive, the three of a factor
 *   covering it together (issue 11; the reason for each change is in the project notes).
 */
export const INSTRUMENT_VERSION = 2;

/** Per version: the items whose wording (in either language) changed in that version. */
export const WORDING_CHANGES: Readonly<Record<number, readonly string[]>> = {
  2: [
    'commitment.1',
    'commitment.2',
    'qualities-roles.2',
    'qualities-roles.3',
    'community-building.1',
    'community-building.2',
    'community-building.3',
    'competition-sensitivity.1',
    'competition-sensitivity.2',
    'competition-sensitivity.3',
    'shared-vision.1',
    'shared-vision.2',
    'shared-vision.3',
    'together.1',
    'together.2',
    'together.3',
    'interim-results.1',
    'interim-results.2',
    'interim-results.3',
    'reputation.1',
    'reputation.2',
    'reputation.3',
    'long-term-support.2',
    'long-term-support.3',
    'idea-to-application.2',
    'idea-to-application.3',
    'home-organisation.2',
    'home-organisation.3',
    'system-innovation.1',
    'system-innovation.3',
  ],
};

/** The latest version that changed an item's wording, or undefined when it never changed (version 1). */
export function wordingVersion(itemId: string): number | undefined {
  const versions = Object.keys(WORDING_CHANGES)
    .map(Number)
    .filter((v) => WORDING_CHANGES[v].includes(itemId));
  return versions.length ? Math.max(...versions) : undefined;
}
