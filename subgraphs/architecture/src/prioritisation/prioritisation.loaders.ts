import { rowBy, rowsBy, type Context } from '@ehelse/shared/graphql';
import {
  CandidatePrintedGroupScore,
  CandidateValue,
  PrioritisationCandidate,
  PrioritisationCriterion,
  PrioritisationRound,
} from './prioritisation.entity';

const roundByIdLoader = rowBy(PrioritisationRound, 'id');
const criteriaOfRoundLoader = rowsBy(PrioritisationCriterion, 'roundId', {
  order: { position: 'ASC' },
});
const candidatesOfRoundLoader = rowsBy(PrioritisationCandidate, 'roundId', {
  order: { position: 'ASC' },
});
const valuesOfCandidateLoader = rowsBy<CandidateValue, number>(CandidateValue, 'candidateId');
const printedGroupScoresOfCandidateLoader = rowsBy<CandidatePrintedGroupScore, number>(
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

export const prioritisationRoundById = (context: Context, id: string) =>
  context.loaders.of(roundByIdLoader).load(id);

/** Every criterion of the round, groups and scored questions, in tree order. */
export const criteriaOfRound = (context: Context, roundId: string) =>
  context.loaders.of(criteriaOfRoundLoader).load(roundId);

/** Every sheet column of the round, in sheet order. */
export const candidatesOfRound = (context: Context, roundId: string) =>
  context.loaders.of(candidatesOfRoundLoader).load(roundId);

/** The input cells of each candidate, in the order of `candidateIds`. */
export const valuesOfCandidates = (context: Context, candidateIds: number[]) =>
  rowsOf(context.loaders.of(valuesOfCandidateLoader).loadMany(candidateIds));

/** The group values the sheet printed for each candidate, in the order of `candidateIds`. */
export const printedGroupScoresOfCandidates = (context: Context, candidateIds: number[]) =>
  rowsOf(context.loaders.of(printedGroupScoresOfCandidateLoader).loadMany(candidateIds));
