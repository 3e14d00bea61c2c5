// What every consumer page hands the widget: two group results (set as a property) and flower scores.
const FACTORS = [
  'commitment', 'qualities-roles', 'community-building', 'competition-sensitivity', 'shared-vision', 'together',
  'interim-results', 'reputation', 'long-term-support', 'idea-to-application', 'home-organisation', 'system-innovation',
];

function response(id, value) {
  return {
    schema: 'seeds-of-innovation/response',
    schemaVersion: 1,
    id,
    community: 'smoke',
    instrument: 'quick',
    locale: 'en',
    startedAt: '2026-11-27T10:00:00.000Z',
    completedAt: '2026-11-27T10:02:00.000Z',
    respondent: { role: 'business' },
    answers: FACTORS.map((factor) => ({ item: `${factor}.1`, factor, value })),
    scores: Object.fromEntries(FACTORS.map((factor) => [factor, (value - 1) * 25])),
  };
}

export const RESULTS = [
  response('6f1c3c1e-2f7a-4d7e-9a43-3f2c2c0f9b11', 4),
  response('0b8f4a52-7d0e-4c1a-8e59-1c3b2a9d4e77', 2),
];

export const SCORES = Object.fromEntries(FACTORS.map((factor, i) => [factor, 20 + i * 6]));
