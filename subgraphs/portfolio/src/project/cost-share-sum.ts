/**
 * The table prints amounts in MNOK with two decimals, so cost shares add up to the budget
 * when they differ by less than half of the last printed digit. reportProjectStatus and
 * the table import use this one rule, so a row one accepts the other accepts too.
 */
const COST_SHARE_TOLERANCE = 0.005;

export const sumOfShares = (shares: { amount: number }[]) =>
  shares.reduce((total, share) => total + share.amount, 0);

/** Whether the shares add up to the budget within the table's rounding. */
export const sharesAddUpTo = (shares: { amount: number }[], budget: number) =>
  Math.abs(sumOfShares(shares) - budget) <= COST_SHARE_TOLERANCE;
