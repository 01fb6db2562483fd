import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { architectureSubgraph } from '../main';

const ROUNDS = `{
  prioritisationRounds {
    id title meetingDate meetingNumber
    criteria { code name aggregation weight description children { code name printedVariants children { code name } } }
    candidates {
      name title sheet sheetColumn summaryOrder
      score displayScore printedScore scoreMatchesPrinted
      rank tieBrokenRank rankExplanation printedRank printedSheetRank
      groupScores { criterion { code } score displayScore printedScore printedText matchesPrinted }
      values { criterion { code } value rawText note }
    }
    otherSheetColumns {
      name sheetColumn score scoreError displayScore printedScore printedScoreText scoreMatchesPrinted
      groupScores { criterion { code } score scoreError printedScore printedText matchesPrinted }
    }
  }
}`;

/** The summary (Samlet) as printed in 002: name, score, rank. */
const PUBLISHED: [string, number, number][] = [
  ['PLL', 22.8, 1],
  ['Dokumentdeling i spesialisthelsetjenesten', 20.8, 2],
  ['Kritisk info i spesialisthelsetjenesten', 19.8, 3],
  ['Kritisk info hos fastleger og avtalespesialister', 19.1, 4],
  ['Kritisk info i kommunal helse- og omsorgstjeneste', 18.3, 5],
  ['Digitale behandlings- og egenbehandlingsplaner', 18.2, 6],
  ['Dokumentdeling i legevakt/ØHD', 18.2, 7],
  ['Generisk datadelingstjeneste', 15.8, 8],
  ['Dokumentdeling fastleger', 15.2, 9],
  ['Dokumentdeling andre kommunale helse- og omsorgstjeneste', 14.8, 10],
  ['Kritisk info hos andre helseaktører', 13.0, 11],
];

describe.each(BACKENDS)('prioritisation of tiltak on %s', (backend) => {
  let harness: Harness;
  let round: any;
  let statements: number;
  beforeAll(async () => {
    harness = await openHarness(
      architectureSubgraph,
      await testConfig(backend, 'arch_prioritisation'),
      backend === 'sqljs',
    );
    const result = await harness.run(ROUNDS);
    [round] = result.data.prioritisationRounds;
    statements = result.statements;
  });
  afterAll(() => harness?.close());

  it('describes the 2022 round and its criteria tree', () => {
    expect(round).toMatchObject({
      id: 'nasjonalt-e-helserad-2022',
      title: 'Prioritering av tiltak – Nasjonalt e-helseråd møte 5/22',
      meetingDate: '2022-09-21',
      meetingNumber: '5/22',
    });
    expect(round.criteria.map((c: any) => [c.code, c.name, c.aggregation, c.weight])).toEqual([
      ['maloppnaelse', 'Måloppnåelse', 'MEAN', null],
      ['kostnader', 'Kostnader', 'MEAN', null],
      ['nytte', 'Nytte', 'MEAN', null],
    ]);
    expect(round.criteria[1].children.map((c: any) => c.code)).toEqual([
      'kostnader.teknisk',
      'kostnader.organisatorisk',
      'kostnader.juridisk',
      'kostnader.semantisk',
    ]);
    expect(round.criteria[1].children[2].printedVariants).toEqual(['Juridisk utvikling']);
    const nytte = round.criteria[2];
    expect(nytte.children.map((c: any) => [c.code, c.children.length])).toEqual([
      ['nytte.pasient', 2],
      ['nytte.helsepersonell', 2],
      ['nytte.infrastruktur', 0],
    ]);
    expect(nytte.children[0].children[0].name).toBe(
      'I hvor stor grad bidrar tiltaket til økt pasientsikkerhet?',
    );
  });

  it('computes the eleven published scores from the criterion values', () => {
    expect(round.candidates.map((c: any) => [c.name, c.displayScore, c.printedRank])).toEqual(
      PUBLISHED,
    );
    expect(round.candidates.map((c: any) => c.printedScore)).toEqual(
      PUBLISHED.map(([, score]) => score),
    );
    expect(round.candidates.every((c: any) => c.scoreMatchesPrinted)).toBe(true);
    const pll = round.candidates[0];
    expect(pll).toMatchObject({
      name: 'PLL',
      title: 'Pasientens legemiddelliste',
      sheet: 'Legemidler',
      score: 22.75,
      displayScore: 22.8,
    });
    expect(round.candidates[1].score).toBeCloseTo(125 / 6, 12);
    expect(round.candidates[4].score).toBe(18.25);
    expect(round.candidates[5].score).toBe(109 / 6);
    expect(round.candidates[6].score).toBe(109 / 6);
  });

  it('computes every group score and shows the printed cell beside it', () => {
    const pll = round.candidates[0];
    expect(
      pll.groupScores.map((g: any) => [g.criterion.code, g.score, g.displayScore, g.printedScore]),
    ).toEqual([
      ['maloppnaelse', 9, 9, 9],
      ['kostnader', 6.25, 6.3, 6.3],
      ['nytte', 7.5, 7.5, 7.5],
      ['nytte.pasient', 10, 10, 10],
      ['nytte.helsepersonell', 9.5, 9.5, 9.5],
    ]);
    const mismatches = round.candidates.flatMap((c: any) =>
      c.groupScores.filter((g: any) => !g.matchesPrinted),
    );
    expect(mismatches).toEqual([]);
  });

  it('keeps a text cell as text with a null value, never as zero, and averages without it', () => {
    const last = round.candidates[10];
    const juridisk = last.values.find((v: any) => v.criterion.code === 'kostnader.juridisk');
    expect(juridisk.value).toBeNull();
    expect(juridisk.rawText).toBe('Sjekke med Siri Pernille?');
    expect(last.groupScores.find((g: any) => g.criterion.code === 'kostnader')).toMatchObject({
      score: 4,
      printedScore: 4,
    });
    expect(last.score).toBeCloseTo(13, 12);
    expect(last.values).toHaveLength(11);
    expect(
      round.candidates.flatMap((c: any) => c.values).filter((v: any) => v.value === null),
    ).toHaveLength(1);
  });

  it('ranks by competition ranking and explains the one tie; tieBrokenRank reproduces the published order', () => {
    expect(round.candidates.map((c: any) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 6, 8, 9, 10, 11]);
    expect(round.candidates.map((c: any) => c.tieBrokenRank)).toEqual(
      PUBLISHED.map(([, , rank]) => rank),
    );
    const explained = round.candidates.filter((c: any) => c.rankExplanation !== null);
    expect(explained.map((c: any) => c.name)).toEqual([
      'Digitale behandlings- og egenbehandlingsplaner',
      'Dokumentdeling i legevakt/ØHD',
    ]);
    expect(explained[1].rankExplanation).toBe(
      'Same computed score (18.1667) as «Digitale behandlings- og egenbehandlingsplaner»: competition rank 6. ' +
        'The summary (Samlet) orders tied candidates by its own row order, which gives 7.',
    );
    // The sheets' own "Rangering" rows rank only nine candidates; kept as printed.
    expect(round.candidates.map((c: any) => c.printedSheetRank)).toEqual([
      1,
      2,
      3,
      4,
      5,
      3,
      6,
      null,
      7,
      8,
      9,
    ]);
  });

  it('keeps the three sheet columns outside the summary apart, computed but unranked', () => {
    expect(
      round.otherSheetColumns.map((c: any) => [
        c.name,
        c.score,
        c.scoreError,
        c.printedScore,
        c.printedScoreText,
        c.scoreMatchesPrinted,
      ]),
    ).toEqual([
      ['Felles hjelpenummer', expect.closeTo(16.0833, 4), null, 25.75, null, false],
      ['Dokumentdeling – Andre helseaktører/tjenester', null, '#DIV/0!', null, '#DIV/0!', true],
      ['Dokumentdeling – Dokumenter utenfor kjernejournal', 12.25, null, 16.3, null, false],
    ]);
    const divided = round.otherSheetColumns[1].groupScores.map((g: any) => [
      g.criterion.code,
      g.score,
      g.scoreError,
      g.printedText,
      g.matchesPrinted,
    ]);
    expect(divided).toEqual([
      ['maloppnaelse', 4, null, null, true],
      ['kostnader', 4, null, null, true],
      ['nytte', null, '#DIV/0!', '#DIV/0!', true],
      ['nytte.pasient', null, '#DIV/0!', '#DIV/0!', true],
      ['nytte.helsepersonell', null, '#DIV/0!', '#DIV/0!', true],
    ]);
    const names = new Set(round.candidates.map((c: any) => c.name));
    expect(round.otherSheetColumns.some((c: any) => names.has(c.name))).toBe(false);
  });

  it('issues a fixed number of SQL statements, whatever the number of rounds and candidates', async () => {
    // rounds, criteria, candidates, values, printed group scores
    expect(statements).toBe(5);
    const contractShape = `{ prioritisationRounds { criteria { code children { code } } candidates { name score printedScore rank } } }`;
    expect((await harness.run(contractShape)).statements).toBe(5);
    await copyRound(harness, 'copy-2022', 100);
    try {
      const after = await harness.run(ROUNDS);
      expect(after.data.prioritisationRounds).toHaveLength(2);
      expect(after.data.prioritisationRounds[0].candidates.map((c: any) => c.rank)).toEqual(
        round.candidates.map((c: any) => c.rank),
      );
      expect(after.statements).toBe(statements);
    } finally {
      await removeRound(harness, 'copy-2022', 100);
    }
  });

  it('finds one round by id and answers null for an unknown id', async () => {
    const { data } = await harness.run(
      `{ a: prioritisationRound(id: "nasjonalt-e-helserad-2022") { candidates { name } } b: prioritisationRound(id: "nope") { id } }`,
    );
    expect(data.a.candidates).toHaveLength(11);
    expect(data.b).toBeNull();
  });
});

/** Copies the seeded round under another id (candidate ids shifted), to grow the rows. */
async function copyRound(harness: Harness, id: string, shift: number) {
  await harness.dataSource.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO prioritisation_round (id, title, meeting_date, meeting_number, score_formula)
       SELECT ?, title, meeting_date, meeting_number, score_formula FROM prioritisation_round`,
      [id],
    );
    await manager.query(
      `INSERT INTO prioritisation_criterion (round_id, code, parent_code, name, aggregation, weight, description, printed_variants, position)
       SELECT ?, code, parent_code, name, aggregation, weight, description, printed_variants, position FROM prioritisation_criterion WHERE round_id <> ?`,
      [id, id],
    );
    await manager.query(
      `INSERT INTO prioritisation_candidate (id, round_id, position, name, title, sheet, sheet_column, in_summary, summary_order, printed_score, printed_score_text, printed_rank, printed_sheet_rank)
       SELECT id + ?, ?, position, name, title, sheet, sheet_column, in_summary, summary_order, printed_score, printed_score_text, printed_rank, printed_sheet_rank FROM prioritisation_candidate`,
      [shift, id],
    );
    await manager.query(
      `INSERT INTO candidate_value (candidate_id, criterion_code, value, raw_text, note)
       SELECT candidate_id + ?, criterion_code, value, raw_text, note FROM candidate_value WHERE candidate_id < ?`,
      [shift, shift],
    );
    await manager.query(
      `INSERT INTO candidate_printed_group_score (candidate_id, criterion_code, value, printed_text)
       SELECT candidate_id + ?, criterion_code, value, printed_text FROM candidate_printed_group_score WHERE candidate_id < ?`,
      [shift, shift],
    );
  });
}

async function removeRound(harness: Harness, id: string, shift: number) {
  await harness.dataSource.transaction(async (manager) => {
    await manager.query(`DELETE FROM candidate_printed_group_score WHERE candidate_id > ?`, [
      shift,
    ]);
    await manager.query(`DELETE FROM candidate_value WHERE candidate_id > ?`, [shift]);
    await manager.query(`DELETE FROM prioritisation_candidate WHERE round_id = ?`, [id]);
    await manager.query(`DELETE FROM prioritisation_criterion WHERE round_id = ?`, [id]);
    await manager.query(`DELETE FROM prioritisation_round WHERE id = ?`, [id]);
  });
}
