import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { AgendaItem } from '../meeting/agenda-item.entity';
import { agendaItemById } from '../meeting/meeting.loaders';
import { MilestonePlan } from '../milestone-plan/milestone-plan.entity';
import { milestonePlanById } from '../milestone-plan/milestone-plan.loaders';
import {
  AKSON_ASSESSMENT_ID,
  AksonAssessment,
  AksonOwnershipCriterion,
  AksonOwnershipModel,
  AksonRisk,
  AksonTask,
} from './akson.entity';
import {
  additionalTasksByAssessment,
  aksonAssessmentById,
  dependencyRequirementsByAssessment,
  ownershipCriteriaByAssessment,
  ownershipModelsByAssessment,
  risksByAssessment,
} from './akson.loaders';

@Resolver(() => AksonAssessment)
export class AksonAssessmentResolver {
  @Query(() => AksonAssessment, {
    nullable: true,
    description:
      'The Akson pre-project as presented to Nasjonalt e-helsestyre under 20/19 (19.06.2019): the ministry’s additional tasks (tilleggsoppgaver), the risk table and the three ownership models (eierskapsmodeller) with their criteria; null before the documents are loaded.',
  })
  aksonAssessment(@Ctx() { loaders }: Context): Promise<AksonAssessment | null> {
    return loaders.of(aksonAssessmentById).load(AKSON_ASSESSMENT_ID);
  }

  @FieldResolver(() => AgendaItem, {
    nullable: true,
    description:
      'The agenda item (sak) the pre-project was presented under, 20/19 "Akson"; null if that item is not stored.',
  })
  agendaItem(
    @Root() assessment: AksonAssessment,
    @Ctx() { loaders }: Context,
  ): Promise<AgendaItem | null> {
    return loaders.of(agendaItemById).load(assessment.agendaItemId);
  }

  @FieldResolver(() => MilestonePlan, {
    nullable: true,
    description: 'The pre-project’s milestone plan (milepælsplan), MP1–MP9.',
  })
  milestonePlan(@Root() assessment: AksonAssessment, @Ctx() { loaders }: Context) {
    return assessment.milestonePlanId
      ? loaders.of(milestonePlanById).load(assessment.milestonePlanId)
      : null;
  }

  // Fixed by the document: 8 additional tasks in 004.
  @listSize(10)
  @FieldResolver(() => [AksonTask], {
    description:
      'The additional tasks in the ministry’s assignment (tilleggsoppgaver i oppdraget fra HOD), by number.',
  })
  additionalTasks(@Root() assessment: AksonAssessment, @Ctx() { loaders }: Context) {
    return loaders.of(additionalTasksByAssessment).load(assessment.id);
  }

  // Fixed by the document: 3 requirements in 004.
  @listSize(5)
  @FieldResolver(() => [AksonTask], {
    description:
      'What the assignment requires of the dependencies to the rest of the e-health portfolio (krav til behandling av avhengigheter til øvrig e-helseportefølje), by number.',
  })
  dependencyRequirements(@Root() assessment: AksonAssessment, @Ctx() { loaders }: Context) {
    return loaders.of(dependencyRequirementsByAssessment).load(assessment.id);
  }

  // Fixed by the document: 8 rows (the general row and risks 1–7) in 004.
  @listSize(10)
  @FieldResolver(() => [AksonRisk], {
    description: 'The risk table (risiko og risikoreduserende tiltak), in printed order.',
  })
  risks(@Root() assessment: AksonAssessment, @Ctx() { loaders }: Context) {
    return loaders.of(risksByAssessment).load(assessment.id);
  }

  // Fixed by the document: 3 models in 004.
  @listSize(5)
  @FieldResolver(() => [AksonOwnershipModel], {
    description:
      'The three main ownership models (hovedmodeller for eierskap), by number; 004 prints no assessment of them against the criteria.',
  })
  ownershipModels(@Root() assessment: AksonAssessment, @Ctx() { loaders }: Context) {
    return loaders.of(ownershipModelsByAssessment).load(assessment.id);
  }

  // Fixed by the document: 7 criteria in 004.
  @listSize(10)
  @FieldResolver(() => [AksonOwnershipCriterion], {
    description:
      'Possible criteria for choosing the ownership model (mulige kriterier for valg av eierskapsmodell), in printed order.',
  })
  ownershipCriteria(@Root() assessment: AksonAssessment, @Ctx() { loaders }: Context) {
    return loaders.of(ownershipCriteriaByAssessment).load(assessment.id);
  }
}
