import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '@ehelse/shared';
import { Candidate, SheetColumn } from './candidate.types';
import { PrioritisationCriterion, PrioritisationRound } from './prioritisation.entity';
import { criteriaOfRound, roundScoring } from './round-scoring';

@Resolver(() => PrioritisationRound)
export class PrioritisationRoundResolver {
  @Query(() => [PrioritisationRound], {
    description: 'The prioritisation rounds (prioriteringer) in the documents.',
  })
  prioritisationRounds(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(PrioritisationRound).find({ order: { id: 'ASC' } });
  }

  @Query(() => PrioritisationRound, {
    nullable: true,
    description: 'One prioritisation round by id, e.g. "nasjonalt-e-helserad-2022".',
  })
  prioritisationRound(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.one(PrioritisationRound, 'id').load(id);
  }

  @FieldResolver(() => [PrioritisationCriterion], {
    description:
      'The criteria tree (kriterier): Måloppnåelse, Kostnader and Nytte (Pasient, Helsepersonell, infrastruktur); use children.',
  })
  async criteria(@Root() round: PrioritisationRound, @Ctx() context: Context) {
    return (await criteriaOfRound(context, round.id)).filter(
      (criterion) => criterion.parentCode === null,
    );
  }

  @FieldResolver(() => [Candidate], {
    description:
      'The ranked candidates (tiltak) of the summary (Samlet), in summary order, with computed scores and ranks.',
  })
  async candidates(@Root() round: PrioritisationRound, @Ctx() context: Context) {
    return (await roundScoring(context, round.id)).candidates;
  }

  @FieldResolver(() => [SheetColumn], {
    description:
      'Sheet columns the summary leaves out; scored with the model for comparison, never ranked.',
  })
  async otherSheetColumns(@Root() round: PrioritisationRound, @Ctx() context: Context) {
    return (await roundScoring(context, round.id)).otherSheetColumns;
  }
}

@Resolver(() => PrioritisationCriterion)
export class PrioritisationCriterionResolver {
  @FieldResolver(() => [PrioritisationCriterion], {
    description: 'Sub-criteria (underkriterier); empty for a scored question.',
  })
  async children(@Root() criterion: PrioritisationCriterion, @Ctx() context: Context) {
    return (await criteriaOfRound(context, criterion.roundId)).filter(
      (child) => child.parentCode === criterion.code,
    );
  }
}
