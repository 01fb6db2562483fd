import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { isId, cost, listSize, type Context } from '@ehelse/shared/graphql';
import { PrioritisationCriterion, PrioritisationRound } from './prioritisation.entity';
import { criteriaByRound, prioritisationRoundById } from './prioritisation.loaders';
import { Candidate, SheetColumn } from './prioritisation.types';
import { roundScoring } from './round-scoring';

@Resolver(() => PrioritisationRound)
export class PrioritisationRoundResolver {
  @Query(() => [PrioritisationRound], {
    description: 'The prioritisation rounds (prioriteringer) in the documents.',
  })
  // Fixed by the documents: 1 round (2022).
  @listSize(5)
  prioritisationRounds(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(PrioritisationRound).find({ order: { id: 'ASC' } });
  }

  @Query(() => PrioritisationRound, {
    nullable: true,
    description: 'One prioritisation round by id, e.g. "nasjonalt-e-helserad-2022".',
  })
  prioritisationRound(@Arg('id', () => ID) id: string, @Ctx() context: Context) {
    // An id no row can have is answered like a missing one, without a query.
    return isId('slug', id) ? context.loaders.of(prioritisationRoundById).load(id) : null;
  }

  @FieldResolver(() => [PrioritisationCriterion], {
    description:
      'The criteria tree (kriterier): Måloppnåelse, Kostnader and Nytte (Pasient, Helsepersonell, infrastruktur); use children.',
  })
  // Fixed by the sheet: 3 top-level criteria.
  @listSize(10)
  async criteria(@Root() round: PrioritisationRound, @Ctx() context: Context) {
    return (await context.loaders.of(criteriaByRound).load(round.id)).filter(
      (criterion) => criterion.parentCode === null,
    );
  }

  @FieldResolver(() => [Candidate], {
    description:
      'The ranked candidates (tiltak) of the summary (Samlet), in summary order, with computed scores and ranks.',
  })
  // Fixed by the sheet: 11 candidates in the summary.
  @listSize(25)
  // Scoring reads every cell of the round (about 150 criterion values) once per request.
  @cost(20)
  async candidates(@Root() round: PrioritisationRound, @Ctx() context: Context) {
    return (await roundScoring(context, round.id)).candidates;
  }

  @FieldResolver(() => [SheetColumn], {
    description:
      'Sheet columns the summary leaves out; scored with the model for comparison, never ranked.',
  })
  // Fixed by the sheet: 3 columns outside the summary.
  @listSize(10)
  // Shares the round's scoring (every cell of the round) with candidates.
  @cost(20)
  async otherSheetColumns(@Root() round: PrioritisationRound, @Ctx() context: Context) {
    return (await roundScoring(context, round.id)).otherSheetColumns;
  }
}

@Resolver(() => PrioritisationCriterion)
export class PrioritisationCriterionResolver {
  @FieldResolver(() => [PrioritisationCriterion], {
    description: 'Sub-criteria (underkriterier); empty for a scored question.',
  })
  // Fixed by the sheet: at most 4 sub-criteria per group (Kostnader).
  @listSize(10)
  async children(@Root() criterion: PrioritisationCriterion, @Ctx() context: Context) {
    return (await context.loaders.of(criteriaByRound).load(criterion.roundId)).filter(
      (child) => child.parentCode === criterion.code,
    );
  }
}
