import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { isId, listSize, type Context } from '@ehelse/shared/graphql';
import { ProjectRef, projectRef } from '../references/references.types';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';
import { ResultGoal } from './result-goal.entity';
import {
  measuresByResultGoal,
  milestonesByResultGoal,
  projectLinksByResultGoal,
  resultGoalByCode,
} from './result-goal.loaders';

@Resolver(() => ResultGoal)
export class ResultGoalResolver {
  @Query(() => [ResultGoal], {
    description: 'The seven resultatmål (RM1–RM7) of the Felles grunnmur roadmap, in order.',
  })
  // Fixed by the roadmap document: 7 resultatmål.
  @listSize(15)
  resultGoals(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(ResultGoal).find({ order: { position: 'ASC' } });
  }

  @Query(() => ResultGoal, {
    nullable: true,
    description: 'One resultatmål by its code, e.g. "RM3".',
  })
  resultGoal(@Arg('code') code: string, @Ctx() context: Context) {
    // A code no row can have is answered like a missing one, without a query.
    return isId('code', code) ? context.loaders.of(resultGoalByCode).load(code) : null;
  }

  @FieldResolver(() => [Milestone], {
    description: 'Its milestones (milepæler), by year and code.',
  })
  // Fixed by the roadmap: at most 4 per resultatmål (RM3, RM5, RM6).
  @listSize(10)
  milestones(@Root() goal: ResultGoal, @Ctx() context: Context) {
    return context.loaders.of(milestonesByResultGoal).load(goal.code);
  }

  @FieldResolver(() => [Measure], {
    description: 'Its tiltak listed in the 2020 roadmap, in plan order.',
  })
  // Fixed by the roadmap: at most 9 per resultatmål (RM3).
  @listSize(20)
  measures(@Root() goal: ResultGoal, @Ctx() context: Context) {
    return context.loaders.of(measuresByResultGoal).load(goal.code);
  }

  @FieldResolver(() => [ProjectRef], {
    description:
      'Portfolio projects that carry the resultatmål as a whole (e.g. PKT – Felles språk for RM6).',
  })
  // At most 1 per resultatmål today (PKT for RM6).
  @listSize(5)
  async implementedBy(@Root() goal: ResultGoal, @Ctx() context: Context) {
    const links = await context.loaders.of(projectLinksByResultGoal).load(goal.code);
    return links.map((link) => projectRef(link.projectId));
  }
}
