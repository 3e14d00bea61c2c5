import { expect } from '@open-wc/testing';
import { DEFAULT_MODEL } from '../../../src/content/default-model.js';
import {
  GROUP_GAP,
  groupSpans,
  petalAngles,
  petalPath,
  polar,
  radialScale,
  spreadPaths,
  textArcPath,
} from '../../../src/components/flower/geometry.js';
import {
  boxesOverlap,
  breakPoints,
  estimateWidth,
  placeLabels,
  wrapText,
} from '../../../src/components/flower/labels.js';
import { layoutFlower } from '../../../src/components/flower/layout.js';
import { checkRespondents, checkScores, checkSpread, InvalidJson } from '../../../src/components/flower/inputs.js';

const FACTORS = DEFAULT_MODEL.factors;

const GROUPS = FACTORS.map((f) => f.group);
const IDS = FACTORS.map((f) => f.id);

/** Farthest distance from the centre of the points in a path string (wedges: the outer arc's ends). */
function outerRadius(d: string): number {
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.append(path);
  document.body.append(svg);
  let max = 0;
  const length = path.getTotalLength();
  for (let i = 0; i <= 200; i++) {
    const p = path.getPointAtLength((length * i) / 200);
    max = Math.max(max, Math.hypot(p.x, p.y));
  }
  svg.remove();
  return max;
}

describe('petalAngles(groups)', () => {
  const angles = petalAngles(GROUPS);

  it('gives every petal the same angle, in the given order', () => {
    const spans = angles.map((a) => a.end - a.start);
    for (const span of spans) expect(span).to.be.closeTo(spans[0], 1e-9);
    angles.forEach((a, i) => i > 0 && expect(a.start).to.be.at.least(angles[i - 1].end - 1e-9));
  });

  it('leaves a gap between groups only, and fills the circle', () => {
    const gaps = angles.map((a, i) =>
      i === 0 ? a.start + (2 * Math.PI - angles[angles.length - 1].end) : a.start - angles[i - 1].end,
    );
    gaps.forEach((gap, i) => {
      const changes = GROUPS[i] !== GROUPS[(i + GROUPS.length - 1) % GROUPS.length];
      expect(gap).to.be.closeTo(changes ? GROUP_GAP : 0, 1e-9);
    });
  });

  it("puts the first petal just right of twelve o'clock", () => {
    expect(angles[0].start).to.be.closeTo(GROUP_GAP / 2, 1e-9);
  });

  it('returns nothing for no petals', () => {
    expect(petalAngles([])).to.deep.equal([]);
  });
});

describe('groupSpans(groups, angles)', () => {
  it('returns the five groups in order with their first and last petal', () => {
    const spans = groupSpans(GROUPS, petalAngles(GROUPS));
    expect(spans.map((s) => s.group)).to.deep.equal(['people', 'process', 'content', 'precondition', 'outcomes']);
    expect(spans.map((s) => [s.first, s.last])).to.deep.equal([
      [0, 1],
      [2, 3],
      [4, 6],
      [7, 7],
      [8, 11],
    ]);
  });
});

describe('radialScale(inner, outer)', () => {
  it('maps 0–100 linearly from the heart to the full petal and clamps', () => {
    const r = radialScale(20, 120);
    expect(r(0)).to.equal(20);
    expect(r(50)).to.equal(70);
    expect(r(100)).to.equal(120);
    expect(r(140)).to.equal(120);
    expect(r(-5)).to.equal(20);
  });
});

describe('petalPath(angle, radius, score)', () => {
  it('reaches further for a higher score, and the full radius at 100', () => {
    const angle = petalAngles(GROUPS)[4];
    const r = radialScale(20, 120);
    const radii = [0, 10, 25, 50, 62.5, 99, 100].map((s) => outerRadius(petalPath(angle, r, s)));
    radii.forEach((v, i) => i > 0 && expect(v).to.be.greaterThan(radii[i - 1]));
    expect(radii[radii.length - 1]).to.be.closeTo(120, 0.05);
  });
});

describe('spreadPaths(angle, radius, spread)', () => {
  it('puts the whisker from min to max and the band from q1 to q3', () => {
    const angle = petalAngles(GROUPS)[0];
    const r = radialScale(0, 100);
    const paths = spreadPaths(angle, r, { min: 10, q1: 30, median: 50, q3: 70, max: 90 });
    expect(outerRadius(paths.band)).to.be.closeTo(70, 0.05);
    expect(outerRadius(paths.whisker)).to.be.closeTo(90, 0.5);
  });
});

describe('textArcPath(mid, radius)', () => {
  it('runs clockwise over the top and counter-clockwise under the bottom', () => {
    expect(textArcPath(0, 50)).to.match(/A50,50,0,0,1,/);
    expect(textArcPath(Math.PI, 50)).to.match(/A50,50,0,0,0,/);
  });
});

describe('polar(angle, radius)', () => {
  it("measures angles clockwise from twelve o'clock", () => {
    const [x, y] = polar(Math.PI / 2, 10);
    expect(x).to.be.closeTo(10, 1e-9);
    expect(y).to.be.closeTo(0, 1e-9);
    expect(polar(0, 10)[1]).to.equal(-10);
  });
});

describe('wrapText(text, maxWidth, fontSize, measure)', () => {
  it('wraps at spaces within the width', () => {
    const lines = wrapText('11. Taking your own organisation along', 80, 10);
    for (const line of lines) expect(estimateWidth(line, 10)).to.be.at.most(80);
    expect(lines.join(' ')).to.equal('11. Taking your own organisation along');
  });

  it('hyphenates a word longer than a line at a syllable break', () => {
    const lines = wrapText('4. Concurrentiegevoeligheid', 70, 11);
    for (const line of lines) expect(estimateWidth(line, 11)).to.be.at.most(70);
    expect(lines.join('').replace(/-/g, '')).to.equal('4. Concurrentiegevoeligheid'.replace(/ /g, ' '));
  });

  it('keeps a word whole when it has no break', () => {
    expect(wrapText('Xyzzyx', 10, 11)).to.deep.equal(['Xyzzyx']);
  });
});

describe('breakPoints(word)', () => {
  it('finds syllable breaks in a Dutch compound', () => {
    const word = 'Concurrentiegevoeligheid';
    const pieces = [0, ...breakPoints(word), word.length].map((p, i, all) => word.slice(p, all[i + 1])).slice(0, -1);
    expect(pieces).to.deep.equal(['Con', 'cur', 'ren', 'tie', 'ge', 'voe', 'lig', 'heid']);
  });
});

describe('placeLabels(items, radius, lineHeight)', () => {
  it('keeps every label outside the circle and apart from the others', () => {
    const angles = petalAngles(GROUPS);
    const items = angles.map((a, i) => ({
      id: String(i),
      lines: ['A long label', 'on two lines'],
      width: 90,
      angle: a.mid,
    }));
    const boxes = placeLabels(items, 80, 14);
    for (let i = 0; i < boxes.length; i++) {
      const b = boxes[i];
      const nx = Math.min(Math.max(0, b.x), b.x + b.width);
      const ny = Math.min(Math.max(0, b.y), b.y + b.height);
      expect(Math.hypot(nx, ny)).to.be.at.least(80 - 1e-6);
      for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(b, boxes[j])).to.equal(false);
    }
  });
});

describe('layoutFlower(input)', () => {
  for (const width of [280, 400, 800]) {
    it(`fits the flower and its labels in ${width} px with a readable font`, () => {
      const layout = layoutFlower({
        width,
        groups: GROUPS,
        ids: IDS,
        labels: FACTORS.map((f) => `${f.number}. Label of factor ${f.number} in words`),
      });
      expect(layout.viewBox.width).to.be.at.most(width + 1);
      expect(layout.fontSize).to.be.at.least(11);
      expect(layout.inner).to.be.lessThan(layout.outer);
      const boxes = layout.labels;
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i], boxes[j])).to.equal(false);
        expect(boxes[i].x).to.be.at.least(layout.viewBox.x);
        expect(boxes[i].x + boxes[i].width).to.be.at.most(layout.viewBox.x + layout.viewBox.width);
      }
    });
  }

  it('gives a wider element a larger flower', () => {
    const input = { groups: GROUPS, ids: IDS, labels: IDS };
    expect(layoutFlower({ ...input, width: 800 }).outer).to.be.greaterThan(
      layoutFlower({ ...input, width: 400 }).outer,
    );
  });
});

describe('checkScores(input, ids)', () => {
  it('accepts scores from 0 to 100 and null, and fills in missing factors as null', () => {
    const { value, errors } = checkScores(
      { commitment: 0, together: 62.5, reputation: null, 'system-innovation': 100 },
      IDS,
    );
    expect(errors).to.deep.equal([]);
    expect(value.commitment).to.equal(0);
    expect(value.together).to.equal(62.5);
    expect(value.reputation).to.equal(null);
    expect(value['shared-vision']).to.equal(null);
    expect(Object.keys(value)).to.deep.equal(IDS);
  });

  it('reports and leaves out scores outside 0–100, unknown ids and wrong types', () => {
    const { value, errors } = checkScores(
      {
        commitment: 120,
        together: -1,
        reputation: '50',
        'shared-vision': Number.NaN,
        nope: 50,
        'system-innovation': 40,
      },
      IDS,
    );
    expect(errors).to.have.length(5);
    expect(value.commitment).to.equal(null);
    expect(value['system-innovation']).to.equal(40);
  });

  it('reports input that is not an object, or not JSON', () => {
    for (const bad of [[1, 2], 'high', 42, true]) expect(checkScores(bad, IDS).errors).to.have.length(1);
    expect(checkScores(new InvalidJson('Unexpected token'), IDS).errors[0]).to.match(/not valid JSON/);
    expect(checkScores(undefined, IDS).errors).to.deep.equal([]);
  });
});

describe('checkSpread(input, ids)', () => {
  it('accepts ordered box plots and rejects unordered or incomplete ones', () => {
    const good = { min: 0, q1: 25, median: 50, q3: 75, max: 100 };
    const { value, errors } = checkSpread(
      { commitment: good, together: { ...good, q1: 80 }, reputation: { min: 1 }, 'shared-vision': null },
      IDS,
    );
    expect(value.commitment).to.deep.equal(good);
    expect(value.together).to.equal(null);
    expect(errors).to.have.length(2);
  });
});

describe('checkRespondents(input)', () => {
  it('accepts a whole number of at least 0', () => {
    expect(checkRespondents(12)).to.deep.equal({ value: 12, errors: [] });
    expect(checkRespondents(-1).errors).to.have.length(1);
    expect(checkRespondents(Number.NaN).errors).to.have.length(1);
    expect(checkRespondents(2.5).errors).to.have.length(1);
  });
});
