import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import {
  AgendaItemRef,
  ProjectRef,
  agendaItemRef,
  projectRef,
} from '../references/references.types';
import { Measure } from '../result-goal/measure.entity';
import { ResultGoal } from '../result-goal/result-goal.entity';
import { measureByCode, resultGoalByCode } from '../result-goal/result-goal.loaders';
import {
  FellesGrunnmurContinuation,
  FellesGrunnmurImplementationModel,
  FellesGrunnmurNeeds,
  FellesGrunnmurPriority,
} from './felles-grunnmur-needs.entity';
import {
  continuationsByNeeds,
  implementationModelsByNeeds,
  measureLinksByNeeds,
  prioritiesByNeeds,
} from './felles-grunnmur-needs.loaders';

const resultGoal = (code: string | null, context: Context) =>
  code ? context.loaders.of(resultGoalByCode).load(code) : null;

@Resolver(() => FellesGrunnmurNeeds)
export class FellesGrunnmurNeedsResolver {
  @Query(() => FellesGrunnmurNeeds, {
    nullable: true,
    description:
      'What Felles grunnmur needs in 2020 (behovet i 2020), sak 21/19: 25 tiltak, five recommended for 2019, about 200 MNOK, the consequences of postponement and the implementation models.',
  })
  fellesGrunnmurNeeds2020(@Ctx() { dataSource }: Context) {
    return dataSource
      .getRepository(FellesGrunnmurNeeds)
      .findOne({ where: { year: 2020 }, order: { id: 'ASC' } });
  }

  @FieldResolver(() => [AgendaItemRef], {
    description:
      'The agenda items (saker) that present the needs: 21/19, and 22/19, which repeats them.',
  })
  // Fixed by document 004: 2 agenda items.
  @listSize(5)
  agendaItems(@Root() needs: FellesGrunnmurNeeds) {
    return needs.agendaItemIds.map(agendaItemRef);
  }

  @FieldResolver(() => [Measure], {
    description:
      'The 25 tiltak of the roadmap for 2020 (tiltak i veikartet), in plan order: those of the table "Finansiering og gjennomføringsansvar for tiltak".',
  })
  // Fixed by the 2020 roadmap: 25 tiltak.
  @listSize(50)
  async measures(@Root() needs: FellesGrunnmurNeeds, @Ctx() context: Context) {
    const links = await context.loaders.of(measureLinksByNeeds).load(needs.id);
    const measures = await context.loaders
      .of(measureByCode)
      .loadMany(links.map((link) => link.measureCode));
    return measures.filter(
      (measure): measure is Measure => measure !== null && !(measure instanceof Error),
    );
  }

  @FieldResolver(() => ProjectRef, {
    nullable: true,
    description:
      'The portfolio project the investment need leaves out: Program for kodeverk og terminologi – Felles språk (PKT), "47".',
  })
  investmentExcludedProject(@Root() needs: FellesGrunnmurNeeds) {
    return needs.investmentExcludedProjectId ? projectRef(needs.investmentExcludedProjectId) : null;
  }

  @FieldResolver(() => [FellesGrunnmurPriority], {
    description:
      'The preliminary assessment of tiltak that should be prioritised (foreløpig vurdering), by area, in printed order.',
  })
  // Fixed by the 004 slide: 4 areas.
  @listSize(10)
  priorities(@Root() needs: FellesGrunnmurNeeds, @Ctx() context: Context) {
    return context.loaders.of(prioritiesByNeeds).load(needs.id);
  }

  @FieldResolver(() => [FellesGrunnmurContinuation], {
    description: 'What is expected to continue in 2020 (forventes videreført i 2020), in order.',
  })
  // Fixed by the 004 slide: 3 entries.
  @listSize(10)
  continued(@Root() needs: FellesGrunnmurNeeds, @Ctx() context: Context) {
    return context.loaders.of(continuationsByNeeds).load(needs.id);
  }

  @FieldResolver(() => [FellesGrunnmurImplementationModel], {
    description: 'The implementation models (ulike modeller for gjennomføringsansvar), 1) to 4).',
  })
  // Fixed by the 004 slide: 4 models.
  @listSize(10)
  implementationModels(@Root() needs: FellesGrunnmurNeeds, @Ctx() context: Context) {
    return context.loaders.of(implementationModelsByNeeds).load(needs.id);
  }
}

@Resolver(() => FellesGrunnmurPriority)
export class FellesGrunnmurPriorityResolver {
  @FieldResolver(() => ResultGoal, {
    nullable: true,
    description:
      'The resultatmål of the roadmap the area belongs to (inferred from the area name, e.g. "HelseID" → RM2).',
  })
  resultGoal(@Root() priority: FellesGrunnmurPriority, @Ctx() context: Context) {
    return resultGoal(priority.resultGoalCode, context);
  }
}

@Resolver(() => FellesGrunnmurContinuation)
export class FellesGrunnmurContinuationResolver {
  @FieldResolver(() => ProjectRef, {
    nullable: true,
    description: 'The portfolio project that carries it (inferred from the name); null where none.',
  })
  project(@Root() continuation: FellesGrunnmurContinuation) {
    return continuation.projectId ? projectRef(continuation.projectId) : null;
  }

  @FieldResolver(() => ResultGoal, {
    nullable: true,
    description: 'The resultatmål it serves (inferred from the name); null where none.',
  })
  resultGoal(@Root() continuation: FellesGrunnmurContinuation, @Ctx() context: Context) {
    return resultGoal(continuation.resultGoalCode, context);
  }
}
