import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import {
  OneCitizenOneRecord,
  SystemArea,
  SystemAreaFunction,
  WhitePaperGoal,
} from './one-citizen-one-record.entity';
import {
  functionsBySystemArea,
  goalsByInitiative,
  systemAreasByInitiative,
} from './one-citizen-one-record.loaders';

@Resolver(() => OneCitizenOneRecord)
export class OneCitizenOneRecordResolver {
  @Query(() => OneCitizenOneRecord, {
    nullable: true,
    description:
      '"Én innbygger – én journal" (document 001): the three goals of Meld. St. 9 (2012-2013) and the system areas (systemområder).',
  })
  oneCitizenOneRecord(@Ctx() { dataSource }: Context) {
    return dataSource
      .getRepository(OneCitizenOneRecord)
      .findOne({ where: {}, order: { id: 'ASC' } });
  }

  @FieldResolver(() => [WhitePaperGoal], {
    description: 'The three goals (mål) of Meld. St. 9 (2012-2013), in printed order.',
  })
  // Fixed by the white paper: 3 goals.
  @listSize(5)
  whitePaperGoals(@Root() initiative: OneCitizenOneRecord, @Ctx() context: Context) {
    return context.loaders.of(goalsByInitiative).load(initiative.id);
  }

  @FieldResolver(() => [SystemArea], {
    description: 'The system areas (systemområder) of the diagram, in printed order.',
  })
  // Fixed by the 001 diagram: 10 areas.
  @listSize(20)
  systemAreas(@Root() initiative: OneCitizenOneRecord, @Ctx() context: Context) {
    return context.loaders.of(systemAreasByInitiative).load(initiative.id);
  }
}

@Resolver(() => SystemArea)
export class SystemAreaResolver {
  @FieldResolver(() => [SystemAreaFunction], {
    description:
      'What it contains systems for (inneholder systemer for), a) b) … as printed; empty where 001 has no slide on it.',
  })
  // Fixed by the 001 slides: at most 6 entries (Klinisk dokumentasjon og prosess).
  @listSize(12)
  functions(@Root() area: SystemArea, @Ctx() context: Context) {
    return context.loaders.of(functionsBySystemArea).load(area.id);
  }
}
