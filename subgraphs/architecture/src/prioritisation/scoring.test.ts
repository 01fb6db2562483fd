import {
  DIV0,
  competitionRanks,
  evaluate,
  excelAverage,
  matchesPrinted,
  roundHalfUp,
  sumOfGroups,
  tieBrokenRanks,
  type CriterionNode,
} from './scoring';

/** The sheet's tree (data/prioritisation.json), reduced to what the formula needs. */
const TREE: CriterionNode[] = [
  { code: 'M', parentCode: null, aggregation: 'MEAN' },
  { code: 'M.info', parentCode: 'M', aggregation: null },
  { code: 'M.prio', parentCode: 'M', aggregation: null },
  { code: 'K', parentCode: null, aggregation: 'MEAN' },
  ...['tek', 'org', 'jur', 'sem'].map((leaf) => ({
    code: `K.${leaf}`,
    parentCode: 'K',
    aggregation: null,
  })),
  { code: 'N', parentCode: null, aggregation: 'MEAN' },
  { code: 'N.P', parentCode: 'N', aggregation: 'MEAN' },
  { code: 'N.P.sikk', parentCode: 'N.P', aggregation: null },
  { code: 'N.P.hverdag', parentCode: 'N.P', aggregation: null },
  { code: 'N.H', parentCode: 'N', aggregation: 'MEAN' },
  { code: 'N.H.arb', parentCode: 'N.H', aggregation: null },
  { code: 'N.H.besl', parentCode: 'N.H', aggregation: null },
  { code: 'N.infra', parentCode: 'N', aggregation: null },
] as CriterionNode[];

const values = (cells: (number | null)[]) =>
  new Map(
    [
      'M.info',
      'M.prio',
      'K.tek',
      'K.org',
      'K.jur',
      'K.sem',
      'N.P.sikk',
      'N.P.hverdag',
      'N.H.arb',
      'N.H.besl',
      'N.infra',
    ].map((code, i) => [code, cells[i]]),
  );

describe('excelAverage', () => {
  it('averages numbers and ignores blank/text cells as Excel AVERAGE does', () => {
    expect(excelAverage([2, 4, null, 6])).toBe(4);
  });
  it('gives #DIV/0! without numbers and propagates errors', () => {
    expect(excelAverage([null, null])).toBe(DIV0);
    expect(excelAverage([])).toBe(DIV0);
    expect(excelAverage([3, DIV0])).toBe(DIV0);
  });
  it('treats 0 as a number, not as a blank', () => {
    expect(excelAverage([0, 6])).toBe(3);
  });
});

describe('sumOfGroups', () => {
  it('adds the groups, and an error in one makes the score an error', () => {
    expect(sumOfGroups([9, 6.25, 7.5])).toBe(22.75);
    expect(sumOfGroups([4, 4, DIV0])).toBe(DIV0);
  });
});

describe('evaluate', () => {
  it('reproduces PLL: M 9, K 6.25, P 10, H 9.5, N 7.5, score 22.75', () => {
    const { groups, score } = evaluate(TREE, values([8, 10, 6, 1, 9, 9, 10, 10, 9, 10, 3]));
    expect(Object.fromEntries(groups)).toEqual({ M: 9, K: 6.25, 'N.P': 10, 'N.H': 9.5, N: 7.5 });
    expect(score).toBe(22.75);
  });
  it('skips the text cell of "Kritisk info hos andre helseaktører": K = (2+4+6)/3 = 4, score 13', () => {
    const { groups, score } = evaluate(TREE, values([8, 5, 2, 4, null, 6, 3, 5, 2, 3, 1]));
    expect(groups.get('K')).toBe(4);
    expect(score).toBeCloseTo(13, 12);
  });
  it('propagates #DIV/0! from empty groups as the sheet prints for "Andre helseaktører/tjenester"', () => {
    const { groups, score } = evaluate(
      TREE,
      values([4, 4, 4, null, null, null, null, null, null, null, null]),
    );
    expect(groups.get('M')).toBe(4);
    expect(groups.get('K')).toBe(4);
    expect(groups.get('N.P')).toBe(DIV0);
    expect(groups.get('N')).toBe(DIV0);
    expect(score).toBe(DIV0);
  });
  it('treats a missing leaf as blank', () => {
    const { groups } = evaluate(TREE, new Map([['M.info', 7]]));
    expect(groups.get('M')).toBe(7);
  });
  it('refuses a group without a supported aggregation', () => {
    const tree = TREE.map((node) => (node.code === 'K' ? { ...node, aggregation: null } : node));
    expect(() => evaluate(tree, values([8, 10, 6, 1, 9, 9, 10, 10, 9, 10, 3]))).toThrow(
      /K has no supported aggregation/,
    );
  });
});

describe('roundHalfUp', () => {
  it('rounds halves up where binary rounding would not', () => {
    expect(roundHalfUp(6.25)).toBe(6.3);
    expect(roundHalfUp(18.25)).toBe(18.3);
    expect(roundHalfUp(22.75)).toBe(22.8);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(109 / 6)).toBe(18.2);
    expect(roundHalfUp(-2.25)).toBe(-2.3);
  });
});

describe('matchesPrinted', () => {
  it('compares at the printed precision, at least one decimal', () => {
    expect(matchesPrinted(6.25, 6.3)).toBe(true);
    expect(matchesPrinted(7.25, 7.25)).toBe(true);
    expect(matchesPrinted(8, 8)).toBe(true);
    expect(matchesPrinted(2.5, 5)).toBe(false);
    expect(matchesPrinted(6.4, 6)).toBe(false);
  });
  it('matches an error only with the same printed error', () => {
    expect(matchesPrinted(DIV0, '#DIV/0!')).toBe(true);
    expect(matchesPrinted(DIV0, 4)).toBe(false);
    expect(matchesPrinted(4, '#DIV/0!')).toBe(false);
    expect(matchesPrinted(4, null)).toBe(false);
  });
});

describe('ranking', () => {
  const scores = [22.75, 125 / 6, 18.25, 109 / 6, 7 + 6.5 + 14 / 3, 15.75];
  it('gives tied scores the same competition rank and skips the next', () => {
    expect(competitionRanks(scores)).toEqual([1, 2, 3, 4, 4, 6]);
  });
  it('breaks ties by the published order', () => {
    const items = scores.map((score, i) => ({ score, publishedOrder: i + 1 }));
    expect(tieBrokenRanks(items)).toEqual([1, 2, 3, 4, 5, 6]);
    const swapped = items.map((item, i) =>
      i === 3 ? { ...item, publishedOrder: 5 } : i === 4 ? { ...item, publishedOrder: 4 } : item,
    );
    expect(tieBrokenRanks(swapped)).toEqual([1, 2, 3, 5, 4, 6]);
  });
});
