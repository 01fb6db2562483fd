/*
 * The prioritisation sheet's formula (data/README.md), as small pure functions:
 *   group = AVERAGE(children)   (Excel AVERAGE: blank and text cells ignored)
 *   score = sum of the top-level groups  (M + K + N)
 * An average over no numbers is Excel's #DIV/0!, which propagates to every cell using it.
 */

export const DIV0 = '#DIV/0!';
/** A computed cell: a number, or Excel's #DIV/0! error. */
export type Computed = number | typeof DIV0;
/** A stored input cell: a number, or null for a blank or text cell. */
export type InputCell = number | null;

/** Scores closer than this are the same score (both ties of the sheet are exactly 109/6). */
const SAME_SCORE = 1e-9;

export const isError = (cell: Computed | InputCell): cell is typeof DIV0 => cell === DIV0;

/** Excel AVERAGE: errors propagate, blanks/text (null) are skipped, no numbers gives #DIV/0!. */
export function excelAverage(cells: (Computed | InputCell)[]): Computed {
  if (cells.some(isError)) return DIV0;
  const numbers = cells.filter((cell): cell is number => typeof cell === 'number');
  if (numbers.length === 0) return DIV0;
  return numbers.reduce((sum, value) => sum + value, 0) / numbers.length;
}

/** The sheet's "Score" cell: M + K + N; an error in any group makes the score an error. */
export function sumOfGroups(groups: Computed[]): Computed {
  if (groups.some(isError)) return DIV0;
  return (groups as number[]).reduce((sum, value) => sum + value, 0);
}

export interface CriterionNode {
  code: string;
  parentCode: string | null;
  /** How a group combines its children; leaves have none. Only MEAN occurs in the sheet. */
  aggregation: 'MEAN' | null;
}

export interface Evaluation {
  /** Computed value of every group (non-leaf) criterion, by code. */
  groups: Map<string, Computed>;
  score: Computed;
}

/** Evaluates the criteria tree bottom-up over one candidate's leaf values (missing key = blank). */
export function evaluate(
  criteria: CriterionNode[],
  leafValues: Map<string, InputCell>,
): Evaluation {
  const children = new Map<string | null, CriterionNode[]>();
  for (const node of criteria)
    children.set(node.parentCode, [...(children.get(node.parentCode) ?? []), node]);
  const groups = new Map<string, Computed>();
  const valueOf = (node: CriterionNode): Computed | InputCell => {
    const below = children.get(node.code) ?? [];
    if (below.length === 0) return leafValues.get(node.code) ?? null;
    if (node.aggregation !== 'MEAN')
      throw new Error(`Criterion ${node.code} has no supported aggregation`);
    const value = excelAverage(below.map(valueOf));
    groups.set(node.code, value);
    return value;
  };
  const topLevel = (children.get(null) ?? []).map(valueOf);
  // A top-level leaf would be a blank in the sum; the sheet has none, so treat it like Excel's "+" (blank = 0).
  return { groups, score: sumOfGroups(topLevel.map((cell) => cell ?? 0)) };
}

/** Rounds half up (away from zero) at `decimals`, as Excel displays; float noise is removed first. */
export function roundHalfUp(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

const decimalsOf = (value: number) => (String(value).split('.')[1] ?? '').length;

/**
 * Whether a computed cell shows as the printed one. The sheet prints at least one
 * decimal; JSON drops trailing zeros ("8.0" is 8), hence at least 1 decimal.
 */
export function matchesPrinted(computed: Computed, printed: number | string | null): boolean {
  if (printed === null) return false;
  if (typeof printed === 'string') return computed === printed;
  if (isError(computed)) return false;
  const decimals = Math.max(1, decimalsOf(printed));
  return roundHalfUp(computed, decimals) === roundHalfUp(printed, decimals);
}

/** Standard competition ranking ("1224"): 1 + the number of strictly higher scores. */
export function competitionRanks(scores: number[]): number[] {
  return scores.map((score) => 1 + scores.filter((other) => other - score > SAME_SCORE).length);
}

export const isTie = (a: number, b: number) => Math.abs(a - b) <= SAME_SCORE;

/**
 * Ranks 1..n by score, descending, breaking ties by the published order
 * (the summary sheet's row order), which reproduces the printed ranks.
 */
export function tieBrokenRanks(items: { score: number; publishedOrder: number }[]): number[] {
  const order = items
    .map((item, index) => ({ ...item, index }))
    .sort((a, b) =>
      isTie(a.score, b.score) ? a.publishedOrder - b.publishedOrder : b.score - a.score,
    );
  const ranks = new Array<number>(items.length);
  order.forEach((item, position) => (ranks[item.index] = position + 1));
  return ranks;
}
