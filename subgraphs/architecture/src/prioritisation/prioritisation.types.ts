import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { publicData, listSize, valueObject } from '@ehelse/shared/graphql';
import { PrioritisationCriterion } from './prioritisation.entity';

/*
 * Computed views of the sheet's columns: the API evaluates the formula over the
 * stored criterion values and shows the printed cells beside the results.
 */

@publicData()
@ObjectType({
  description: 'One input cell of the sheet (kriterieverdi): a scored question for one candidate.',
})
export class CriterionValue {
  // A stored cell (candidate_value), keyed by its candidate and criterion.
  @Field(() => ID, {
    description:
      'Identifier (id): candidate and criterion, e.g. "nasjonalt-e-helserad-2022:1:kostnader.juridisk".',
  })
  id: string;

  @Field(() => PrioritisationCriterion, { description: 'The scored question (kriterium).' })
  criterion: PrioritisationCriterion;

  @Field(() => Float, {
    nullable: true,
    description: 'The score 0–10 (poeng); null for a blank or text cell, never 0 for those.',
  })
  value: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Text of a non-numeric cell as printed (tekst i cellen); null for numbers and blanks.',
  })
  rawText: string | null;

  @Field(() => String, { nullable: true, description: 'Comment attached to the cell (kommentar).' })
  note: string | null;
}

@publicData()
@ObjectType({
  description: valueObject(
    'A criterion group’s value for one candidate (gruppeverdi), computed and as printed.',
  ),
})
export class GroupScore {
  @Field(() => PrioritisationCriterion, {
    description: 'The group (kriteriegruppe), e.g. Kostnader or Nytte/Pasient.',
  })
  criterion: PrioritisationCriterion;

  @Field(() => Float, {
    nullable: true,
    description: 'Computed value, unrounded; null when it is #DIV/0! (no numbers to average).',
  })
  score: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The spreadsheet error ("#DIV/0!") the formula yields, if any.',
  })
  scoreError: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Computed value rounded half up to 1 decimal, as the sheet displays it.',
  })
  displayScore: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The value the sheet printed (trykt verdi); null when it printed an error or nothing.',
  })
  printedScore: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The error text the sheet printed instead of a number, e.g. "#DIV/0!".',
  })
  printedText: string | null;

  @Field({
    description:
      'Whether the computed value shows as the printed one (same error, or equal at the printed precision).',
  })
  matchesPrinted: boolean;
}

@publicData()
@InterfaceType({
  description:
    'A scored column of the prioritisation sheet (kolonne i arket): the fields ranked and unranked columns share.',
})
export abstract class ScoredColumn {
  // The stored sheet column (prioritisation_candidate) with its round: stable across requests.
  @Field(() => ID, {
    description: 'Identifier (id): round and column number, e.g. "nasjonalt-e-helserad-2022:1".',
  })
  id: string;

  @Field({
    description:
      'Name (navn) as the summary names it, e.g. "PLL"; the sheet column name for columns outside it.',
  })
  name: string;

  @Field(() => String, {
    nullable: true,
    description: 'Full title (tittel), e.g. "Pasientens legemiddelliste".',
  })
  title: string | null;

  @Field({ description: 'The sheet (ark) the column is on, e.g. "Dokumentdeling".' })
  sheet: string;

  @Field({ description: 'The column heading on that sheet (kolonne), e.g. "Legevakt/ØHD".' })
  sheetColumn: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Score as the document printed it (trykt score); null when it printed an error.',
  })
  printedScore: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Error text printed instead of a score, e.g. "#DIV/0!".',
  })
  printedScoreText: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'The "Rangering" row of the candidate’s own sheet (rank among the sheet’s nine candidates).',
  })
  printedSheetRank: number | null;

  @Field({ description: 'Whether the computed score shows as the printed one.' })
  scoreMatchesPrinted: boolean;

  @Field(() => [GroupScore], {
    description:
      'Every criterion group’s value (Måloppnåelse, Kostnader, Nytte, Pasient, Helsepersonell), in tree order.',
  })
  // Fixed by the criteria tree: 5 groups.
  @listSize(10)
  groupScores: GroupScore[];

  @Field(() => [CriterionValue], {
    description: 'The input cells (kriterieverdier), in tree order.',
  })
  // Fixed by the criteria tree: at most 11 scored questions per column.
  @listSize(25)
  values: CriterionValue[];
}

@publicData()
@ObjectType({
  implements: ScoredColumn,
  description:
    'A ranked candidate (tiltak) of the summary (Samlet): score, rank and group values are computed from the criterion values.',
})
export class Candidate extends ScoredColumn {
  @Field(() => Float, {
    description: 'Computed score M + K + N (0–30), unrounded, e.g. 22.75 for PLL.',
  })
  score: number;

  @Field(() => Float, {
    description:
      'Computed score rounded half up to 1 decimal, as the sheet displays it, e.g. 22.8.',
  })
  displayScore: number;

  @Field(() => Int, {
    description:
      'Rank (rangering) by computed score, standard competition ranking: equal scores share a rank (1, 2, …, 6, 6, 8).',
  })
  rank: number;

  @Field(() => Int, {
    description:
      'Rank by computed score with ties broken by the summary’s row order; reproduces the published order.',
  })
  tieBrokenRank: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Why rank and tieBrokenRank may differ: the candidates it ties with; null without a tie.',
  })
  rankExplanation: string | null;

  @Field(() => Int, { nullable: true, description: 'Rank as the summary (Samlet) printed it.' })
  printedRank: number | null;

  @Field(() => Int, { description: 'Row (rad) in the summary, 1 to 11.' })
  summaryOrder: number;
}

@publicData()
@ObjectType({
  implements: ScoredColumn,
  description:
    'A column of the sheets that the summary (Samlet) leaves out: computed with the same model but never ranked. Two of them were scored with a different formula in the sheet, so their printed scores differ.',
})
export class SheetColumn extends ScoredColumn {
  @Field(() => Float, {
    nullable: true,
    description: 'Computed score with the model; null when it is #DIV/0!.',
  })
  score: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The spreadsheet error ("#DIV/0!") the model yields, if any.',
  })
  scoreError: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Computed score rounded half up to 1 decimal.',
  })
  displayScore: number | null;
}
