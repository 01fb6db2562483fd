import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { TargetPicture } from '../target-picture/target-picture.entity';
import { ActionPlan, ActionPlanMeasure, ActionPlanRiskFactor } from './action-plan.entity';
import { measuresByPlan, riskFactorsByPlan, targetPicturesByPlan } from './action-plan.loaders';

@Resolver(() => ActionPlan)
export class ActionPlanResolver {
  @Query(() => ActionPlan, {
    nullable: true,
    description:
      'The 2012 action plan "Handlingsplan mot 2013" (handlingsplan): målbilder, risk factors (risikofaktorer) and measures (tiltak).',
  })
  actionPlan2013(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(ActionPlan).findOne({ where: {}, order: { id: 'ASC' } });
  }

  @FieldResolver(() => [TargetPicture], {
    description:
      'Its four målbilder (target pictures), in order; the same as Query.targetPictures.',
  })
  // Fixed by the 2012 action plan: 4 målbilder.
  @listSize(10)
  targetPictures(@Root() plan: ActionPlan, @Ctx() context: Context) {
    return context.loaders.of(targetPicturesByPlan).load(plan.id);
  }

  @FieldResolver(() => [ActionPlanRiskFactor], {
    description: 'Its nine risk factors (risikofaktorer), in printed order.',
  })
  // Fixed by the 2012 slide: 9 risk factors.
  @listSize(20)
  riskFactors(@Root() plan: ActionPlan, @Ctx() context: Context) {
    return context.loaders.of(riskFactorsByPlan).load(plan.id);
  }

  @FieldResolver(() => [ActionPlanMeasure], {
    description: 'Its six measures (tiltak), in printed order.',
  })
  // Fixed by the 2012 slide: 6 measures.
  @listSize(12)
  measures(@Root() plan: ActionPlan, @Ctx() context: Context) {
    return context.loaders.of(measuresByPlan).load(plan.id);
  }
}
