import type { Locale } from '../../model/locale.js';
import type { Model } from '../../model/model.js';
import type { FlowerTexts } from '../../content/nl/flower.js';
import {
  petalPath,
  radialScale,
  spreadPaths,
  wedgePath,
  PETAL_PAD,
  type PetalAngle,
  type Spread,
  type SpreadPaths,
} from './geometry.js';
import type { FlowerScores, FlowerSpread } from './inputs.js';
import type { FlowerLayout } from './layout.js';

/** Everything one petal needs to be drawn, named and explained. Pure data. */
export interface PetalView {
  readonly id: string;
  readonly index: number;
  readonly group: string;
  /** "5. Gedeelde toekomstvisie": number and short title, as on the rim. */
  readonly label: string;
  /** "5. Een gedeelde visie op de toekomst opbouwen": number and full title. */
  readonly title: string;
  readonly score: number | null;
  readonly earlier: number | null;
  readonly spread: Spread | null;
  readonly scoreText: string | null;
  readonly earlierText: string | null;
  /** "+12 (eerder 50)", or null without both scores. */
  readonly changeText: string | null;
  readonly spreadText: string | null;
  readonly angle: PetalAngle;
  /** The filled petal; for a null score the full-length outline (drawn dashed and empty). */
  readonly d: string;
  /** The full-length outline, also the hit area of the petal's button. */
  readonly full: string;
  readonly ghost: string | null;
  readonly spreadPaths: SpreadPaths | null;
  /** Where the tooltip points: just outside the petal's tip. */
  readonly tip: readonly [number, number];
}

/** A score of 0 is still drawn, as a stub this long (px): an empty outline means "not assessed". */
const STUB = 3;

/** Labels for the rim, before there is a layout. */
export function petalLabels(model: Model, locale: Locale): string[] {
  return model.factors.map((f) => `${f.number}. ${f.content[locale].short || f.content[locale].title}`);
}

/**
 * Whole numbers: scores are shown without decimals. Both languages write integers the same way and
 * nothing here exceeds 100, so no Intl.NumberFormat (creating the first one costs ~10 ms).
 */
export function whole(n: number): string {
  return String(Math.round(n) || 0).replace('-', '\u2212');
}

/** A change: "+12", "−5" (a real minus sign) or "0". */
function signed(n: number): string {
  const r = Math.round(n) || 0;
  return r > 0 ? `+${r}` : String(r).replace('-', '\u2212');
}

/** Full-length outlines depend on the layout only. */
const outlines = new WeakMap<FlowerLayout, string[]>();
function outlinesOf(layout: FlowerLayout): string[] {
  let paths = outlines.get(layout);
  if (!paths) {
    const radius = radialScale(layout.inner, layout.outer);
    paths = layout.angles.map((angle) => petalPath(angle, radius, 100));
    outlines.set(layout, paths);
  }
  return paths;
}

export interface ViewInput {
  readonly model: Model;
  readonly locale: Locale;
  readonly texts: FlowerTexts;
  readonly layout: FlowerLayout;
  readonly scores: FlowerScores;
  readonly compare: FlowerScores | null;
  readonly spread: FlowerSpread | null;
}

/**
 * The petals drawn last for a layout (a layout stands for one width, language and model), with the
 * values they were built from. A petal whose values did not change is the same object again, so the
 * templates can skip it (`guard`): one changed score costs one petal, not twelve.
 */
const built = new WeakMap<FlowerLayout, Map<number, { key: string; view: PetalView }>>();

const spreadKey = (s: Spread | null) => (s === null ? '' : `${s.min},${s.q1},${s.median},${s.q3},${s.max}`);

export function buildPetals(input: ViewInput): PetalView[] {
  const { layout } = input;
  let cache = built.get(layout);
  if (!cache) built.set(layout, (cache = new Map()));
  const labels = petalLabels(input.model, input.locale);
  return input.model.factors.map((factor, index) => {
    const score = input.scores[factor.id] ?? null;
    const earlier = input.compare?.[factor.id] ?? null;
    const spread = input.spread?.[factor.id] ?? null;
    const key = `${factor.id}|${score}|${earlier}|${spreadKey(spread)}`;
    const hit = cache.get(index);
    if (hit && hit.key === key && hit.view.label === labels[index]) return hit.view;
    const view = buildPetal(input, index, labels[index], score, earlier, spread);
    cache.set(index, { key, view });
    return view;
  });
}

function buildPetal(
  input: ViewInput,
  index: number,
  label: string,
  score: number | null,
  earlier: number | null,
  spread: Spread | null,
): PetalView {
  const { layout, texts, locale } = input;
  const factor = input.model.factors[index];
  const radius = radialScale(layout.inner, layout.outer);
  const num = whole;
  const angle = layout.angles[index];
  const full = outlinesOf(layout)[index];
  const [tx, ty] = [Math.sin(angle.mid), -Math.cos(angle.mid)];
  const tipRadius = radius(Math.max(score ?? 0, earlier ?? 0, spread?.max ?? 0)) + 4;
  return {
    id: factor.id,
    index,
    group: factor.group,
    label,
    title: `${factor.number}. ${factor.content[locale].title}`,
    score,
    earlier,
    spread,
    scoreText: score === null ? null : num(score),
    earlierText: earlier === null ? null : num(earlier),
    changeText: score === null || earlier === null ? null : texts.change(signed(score - earlier), num(earlier)),
    spreadText:
      spread === null
        ? null
        : texts.spread({
            min: num(spread.min),
            q1: num(spread.q1),
            median: num(spread.median),
            q3: num(spread.q3),
            max: num(spread.max),
          }),
    angle,
    d:
      score === null
        ? full
        : wedgePath(
            radius(0),
            Math.max(radius(score), radius(0) + STUB),
            angle.start + PETAL_PAD,
            angle.end - PETAL_PAD,
          ),
    full,
    ghost:
      earlier === null ? null : wedgePath(radius(0), radius(earlier), angle.start + PETAL_PAD, angle.end - PETAL_PAD),
    spreadPaths: spread === null ? null : spreadPaths(angle, radius, spread),
    tip: [tx * tipRadius, ty * tipRadius],
  };
}

/** The text alternative: overall score, strongest and weakest factors, what is missing. */
export function summarize(
  petals: readonly PetalView[],
  overall: number | null,
  respondents: number | null,
  texts: FlowerTexts,
): string {
  const num = whole;
  const scored = petals.filter((p) => p.score !== null);
  const high = Math.max(...scored.map((p) => p.score as number));
  const low = Math.min(...scored.map((p) => p.score as number));
  const named = (p: PetalView) => `${p.label} (${p.scoreText})`;
  return texts.summary({
    overall: overall === null ? null : num(overall),
    respondents,
    strongest: scored.filter((p) => p.score === high).map(named),
    weakest: scored.filter((p) => p.score === low).map(named),
    missing: petals.length - scored.length,
    total: petals.length,
  });
}
