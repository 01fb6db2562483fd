import { rowBy, rowsBy, type Context } from '@ehelse/shared/graphql';
import {
  CandidatePrintedGroupScore,
  CandidateValue,
  PrioritisationCandidate,
  PrioritisationCriterion,
  PrioritisationRound,
} from './prioritisation.entity';

/** A prioritisation round by id, e.g. "nasjonalt-e-helserad-2022"; null where none exists. */
export const prioritisationRoundById = rowBy(PrioritisationRound, 'id');

/** Every criterion of each round, groups and scored questions, in tree order. */
export const criteriaByRound = rowsBy(PrioritisationCriterion, 'roundId', {
  order: { position: 'ASC' },
});

/** Every sheet column of each round, in sheet order. */
export const candidatesByRound = rowsBy(PrioritisationCandidate, 'roundId', {
  order: { position: 'ASC' },
});

const valuesByCandidate = rowsBy<CandidateValue, number>(CandidateValue, 'candidateId');
const printedGroupScoresByCandidate = rowsBy<CandidatePrintedGroupScore, number>(
  CandidatePrintedGroupScore,
  'candidateId',
);

/** The rows of each key of a `loadMany`; a failed key fails the whole read. */
async function rowsOf<T>(promise: Promise<(T[] | Error)[]>): Promise<T[][]> {
  return (await promise).map((rows) => {
    if (rows instanceof Error) throw rows;
    return rows;
  });
}

/** The input cells of each candidate, in the order of `candidateIds`. */
export const valuesOfCandidates = (context: Context, candidateIds: number[]) =>
  rowsOf(context.loaders.of(valuesByCandidate).loadMany(candidateIds));

/** The group values the sheet printed for each candidate, in the order of `candidateIds`. */
export const printedGroupScoresOfCandidates = (context: Context, candidateIds: number[]) =>
  rowsOf(context.loaders.of(printedGroupScoresByCandidate).loadMany(candidateIds));
