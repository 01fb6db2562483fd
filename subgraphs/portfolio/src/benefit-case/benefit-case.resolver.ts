import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { Project } from '../project/project.entity';
import { projectById } from '../project/project.loaders';
import { AgendaItemRef, agendaItemRef } from '../references/agenda-item.ref';
import {
  BenefitCase,
  BenefitCaseBaselineRow,
  BenefitCaseBenefit,
  BenefitCaseFigure,
} from './benefit-case.entity';
import {
  baselineRowsByCase,
  benefitCasesByProject,
  benefitsByCase,
  figuresByCase,
} from './benefit-case.loaders';

@Resolver(() => BenefitCase)
export class BenefitCaseResolver {
  @Query(() => [BenefitCase], {
    description:
      'The benefit cases (gevinstgrunnlag) presented for portfolio programmes, by id: today Helsedataprogrammet under Sak 23/19 (document 004).',
  })
  // One per programme that presented one: the documents hold 1; about twice that, 5.
  @listSize(5)
  benefitCases(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(BenefitCase).find({ order: { id: 'ASC' } });
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description:
      'The portfolio programme (program) the case is for, e.g. "107" Helsedataprogrammet.',
  })
  project(@Root() benefitCase: BenefitCase, @Ctx() { loaders }: Context) {
    return loaders.of(projectById).load(benefitCase.projectId);
  }

  @FieldResolver(() => AgendaItemRef, {
    nullable: true,
    description:
      'The agenda item (sak) it was presented under: 23/19 of Nasjonalt e-helsestyre 3/19.',
  })
  agendaItem(@Root() benefitCase: BenefitCase) {
    return agendaItemRef(benefitCase.agendaItemId);
  }

  @FieldResolver(() => [BenefitCaseFigure], {
    description: 'The figures (nøkkeltall) in MRD with their printed labels, in printed order.',
  })
  // Fixed by the slide: 3 figures in the seed; about twice that, 10.
  @listSize(10)
  figures(@Root() benefitCase: BenefitCase, @Ctx() { loaders }: Context) {
    return loaders.of(figuresByCase).load(benefitCase.id);
  }

  @FieldResolver(() => [BenefitCaseBenefit], {
    description: 'The benefit cards (gevinster) the case prints, in printed order.',
  })
  // Fixed by the case: 1 card printed in the seed; about twice that, 5.
  @listSize(5)
  benefits(@Root() benefitCase: BenefitCase, @Ctx() { loaders }: Context) {
    return loaders.of(benefitsByCase).load(benefitCase.id);
  }

  @FieldResolver(() => [BenefitCaseBaselineRow], {
    description: 'The rows of the baseline table (nullpunktsmålinger), in printed order.',
  })
  // Fixed by the table: 26 rows in the seed; about twice that, 55.
  @listSize(55)
  baselineRows(@Root() benefitCase: BenefitCase, @Ctx() { loaders }: Context) {
    return loaders.of(baselineRowsByCase).load(benefitCase.id);
  }
}

@Resolver(() => Project)
export class ProjectBenefitCaseResolver {
  @FieldResolver(() => BenefitCase, {
    nullable: true,
    description:
      'The benefit case (gevinstgrunnlag) presented for the programme, e.g. Helsedataprogrammet’s under Sak 23/19; null for a project without one.',
  })
  async benefitCase(@Root() project: Project, @Ctx() { loaders }: Context) {
    const cases = await loaders.of(benefitCasesByProject).load(project.id);
    return cases[0] ?? null;
  }
}
