import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import {
  CandidatePrintedGroupScore,
  CandidateValue,
  PrioritisationCandidate,
  PrioritisationCriterion,
  PrioritisationRound,
  type CriterionAggregation,
} from './prioritisation.entity';

interface CriterionRow {
  code: string;
  name: string;
  weight: number | null;
  aggregation: CriterionAggregation | null;
  description: string | null;
  printedVariants?: string[];
  children: CriterionRow[];
}

interface CandidateRow {
  name: string;
  title: string | null;
  sheet: string;
  sheetColumn: string;
  summaryOrder: number | null;
  values: Record<string, number | null>;
  /** Non-numeric cells, by criterion code: their text is kept, their value stays null. */
  textCells?: Record<string, string>;
  printedGroupScores: Record<string, number | string>;
  printedScore: number | null;
  printedScoreText?: string;
  printedRank: number | null;
  printedSheetRank: number | null;
  cellNotes?: Record<string, string>;
}

interface RoundFile {
  id: string;
  title: string;
  meetingDate: string | null;
  meetingNumber: string | null;
  scoreFormula: string;
  criteria: CriterionRow[];
  candidates: CandidateRow[];
  otherSheetColumns: CandidateRow[];
}

function flatten(
  rows: CriterionRow[],
  parentCode: string | null,
): (Omit<CriterionRow, 'children'> & { parentCode: string | null })[] {
  return rows.flatMap(({ children, ...row }) => [
    { ...row, parentCode },
    ...flatten(children, row.code),
  ]);
}

export async function seedPrioritisation(manager: EntityManager) {
  const round = dataFile<RoundFile>('prioritisation.json');
  await manager.insert(PrioritisationRound, {
    id: round.id,
    title: round.title,
    meetingDate: round.meetingDate,
    meetingNumber: round.meetingNumber,
    scoreFormula: round.scoreFormula,
  });
  await manager.insert(
    PrioritisationCriterion,
    flatten(round.criteria, null).map((criterion, position) => ({
      roundId: round.id,
      code: criterion.code,
      parentCode: criterion.parentCode,
      name: criterion.name,
      aggregation: criterion.aggregation,
      weight: criterion.weight,
      description: criterion.description,
      printedVariants: criterion.printedVariants ?? [],
      position,
    })),
  );
  const columns = [
    ...round.candidates.map((row) => ({ row, inSummary: true })),
    ...round.otherSheetColumns.map((row) => ({ row, inSummary: false })),
  ].map((column, index) => ({ ...column, id: index + 1 }));
  await manager.insert(
    PrioritisationCandidate,
    columns.map(({ row, inSummary, id }) => ({
      id,
      roundId: round.id,
      position: id,
      name: row.name,
      title: row.title,
      sheet: row.sheet,
      sheetColumn: row.sheetColumn,
      inSummary,
      summaryOrder: row.summaryOrder,
      printedScore: row.printedScore,
      printedScoreText: row.printedScoreText ?? null,
      printedRank: row.printedRank,
      printedSheetRank: row.printedSheetRank,
    })),
  );
  await manager.insert(
    CandidateValue,
    columns.flatMap(({ row, id }) =>
      Object.entries(row.values).map(([criterionCode, value]) => ({
        candidateId: id,
        criterionCode,
        value,
        rawText: row.textCells?.[criterionCode] ?? null,
        note: row.cellNotes?.[criterionCode] ?? null,
      })),
    ),
  );
  await manager.insert(
    CandidatePrintedGroupScore,
    columns.flatMap(({ row, id }) =>
      Object.entries(row.printedGroupScores).map(([criterionCode, printed]) => ({
        candidateId: id,
        criterionCode,
        value: typeof printed === 'number' ? printed : null,
        printedText: typeof printed === 'string' ? printed : null,
      })),
    ),
  );
}
