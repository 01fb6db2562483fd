import type { Context } from '@ehelse/shared/graphql';
import {
  Candidate,
  CriterionValue,
  GroupScore,
  SheetColumn,
  type ScoredColumn,
} from './prioritisation.types';
import type {
  CandidatePrintedGroupScore,
  CandidateValue,
  PrioritisationCandidate,
  PrioritisationCriterion,
} from './prioritisation.entity';
import {
  candidatesByRound,
  criteriaByRound,
  printedGroupScoresOfCandidates,
  valuesOfCandidates,
} from './prioritisation.loaders';
import {
  competitionRanks,
  evaluate,
  isError,
  isTie,
  matchesPrinted,
  roundHalfUp,
  tieBrokenRanks,
  type Computed,
} from './scoring';

export interface RoundScoring {
  candidates: Candidate[];
  otherSheetColumns: SheetColumn[];
}

const numberOrNull = (cell: Computed) => (isError(cell) ? null : cell);
const errorOrNull = (cell: Computed) => (isError(cell) ? cell : null);

function columnOf(
  row: PrioritisationCandidate,
  criteria: PrioritisationCriterion[],
  values: CandidateValue[],
  printed: CandidatePrintedGroupScore[],
): { column: Omit<ScoredColumn, 'scoreMatchesPrinted'>; score: Computed } {
  const criterionByCode = new Map(criteria.map((criterion) => [criterion.code, criterion]));
  const evaluation = evaluate(
    criteria,
    new Map(values.map((cell) => [cell.criterionCode, cell.value])),
  );
  const printedByCode = new Map(printed.map((cell) => [cell.criterionCode, cell]));
  const groupScores: GroupScore[] = criteria
    .filter((criterion) => evaluation.groups.has(criterion.code))
    .map((criterion) => {
      const computed = evaluation.groups.get(criterion.code)!;
      const print = printedByCode.get(criterion.code);
      return {
        criterion,
        score: numberOrNull(computed),
        scoreError: errorOrNull(computed),
        displayScore: isError(computed) ? null : roundHalfUp(computed),
        printedScore: print?.value ?? null,
        printedText: print?.printedText ?? null,
        matchesPrinted: matchesPrinted(computed, print ? (print.value ?? print.printedText) : null),
      };
    });
  const cells: CriterionValue[] = values
    .map((cell) => ({
      id: `${row.roundId}:${cell.candidateId}:${cell.criterionCode}`,
      criterion: criterionByCode.get(cell.criterionCode)!,
      value: cell.value,
      rawText: cell.rawText,
      note: cell.note,
    }))
    .sort((a, b) => a.criterion.position - b.criterion.position);
  return {
    score: evaluation.score,
    column: {
      id: `${row.roundId}:${row.id}`,
      name: row.name,
      title: row.title,
      sheet: row.sheet,
      sheetColumn: row.sheetColumn,
      printedScore: row.printedScore,
      printedScoreText: row.printedScoreText,
      printedSheetRank: row.printedSheetRank,
      groupScores,
      values: cells,
    },
  };
}

/** Ranks the summary's candidates; a tie is explained by naming the tied candidates. */
function rankCandidates(
  scored: {
    row: PrioritisationCandidate;
    column: Omit<ScoredColumn, 'scoreMatchesPrinted'>;
    score: Computed;
  }[],
) {
  const scores = scored.map(({ row, score }) => {
    if (isError(score))
      throw new Error(
        `Candidate "${row.name}" has no computable score (${score}) and cannot be ranked`,
      );
    return score;
  });
  const ranks = competitionRanks(scores);
  const tieBroken = tieBrokenRanks(
    scored.map(({ row }, i) => ({ score: scores[i], publishedOrder: row.summaryOrder ?? 0 })),
  );
  return scored.map(({ row, column }, i): Candidate => {
    const tiedWith = scored
      .filter((other, j) => j !== i && isTie(scores[j], scores[i]))
      .map((other) => `«${other.row.name}»`);
    return {
      ...column,
      score: scores[i],
      displayScore: roundHalfUp(scores[i]),
      scoreMatchesPrinted: matchesPrinted(scores[i], row.printedScore),
      rank: ranks[i],
      tieBrokenRank: tieBroken[i],
      rankExplanation: tiedWith.length
        ? `Same computed score (${roundHalfUp(scores[i], 4)}) as ${tiedWith.join(', ')}: competition rank ${ranks[i]}. ` +
          `The summary (Samlet) orders tied candidates by its own row order, which gives ${tieBroken[i]}.`
        : null,
      printedRank: row.printedRank,
      summaryOrder: row.summaryOrder ?? 0,
    };
  });
}

/**
 * The round's computed columns. Every read goes through the request's loaders, so the
 * fields that ask for the scoring (candidates, otherSheetColumns) share its statements.
 */
export async function roundScoring(context: Context, roundId: string): Promise<RoundScoring> {
  const [criteria, rows] = await Promise.all([
    context.loaders.of(criteriaByRound).load(roundId),
    context.loaders.of(candidatesByRound).load(roundId),
  ]);
  const ids = rows.map((row) => row.id);
  const [values, printed] = await Promise.all([
    valuesOfCandidates(context, ids),
    printedGroupScoresOfCandidates(context, ids),
  ]);
  const scored = rows.map((row, i) => ({ row, ...columnOf(row, criteria, values[i], printed[i]) }));
  return {
    candidates: rankCandidates(scored.filter(({ row }) => row.inSummary)),
    otherSheetColumns: scored
      .filter(({ row }) => !row.inSummary)
      .map(({ row, column, score }) => ({
        ...column,
        score: numberOrNull(score),
        scoreError: errorOrNull(score),
        displayScore: isError(score) ? null : roundHalfUp(score),
        scoreMatchesPrinted: matchesPrinted(score, row.printedScore ?? row.printedScoreText),
      })),
  };
}
