import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import {
  OrganisationRef,
  ProjectRef,
  organisationRef,
  projectRef,
} from '../references/references.types';
import {
  WelfareTechnologyEffect,
  WelfareTechnologyExample,
  WelfareTechnologyRolloutCity,
  WelfareTechnologyRolloutWave,
} from './welfare-technology-rollout.entity';
import {
  WelfareTechnologyAssignment,
  WelfareTechnologyProgramme,
} from './welfare-technology.entity';
import {
  assignmentsByProgramme,
  effectsByProgramme,
  examplesByProgramme,
  rolloutCitiesByProgramme,
  rolloutWavesByProgramme,
} from './welfare-technology.loaders';

@Resolver(() => WelfareTechnologyProgramme)
export class WelfareTechnologyResolver {
  @Query(() => WelfareTechnologyProgramme, {
    nullable: true,
    description:
      'The national welfare technology programme (Velferdsteknologiprogrammet) and its five assignments.',
  })
  welfareTechnologyProgramme(@Ctx() { dataSource }: Context) {
    return dataSource
      .getRepository(WelfareTechnologyProgramme)
      .findOne({ where: {}, order: { id: 'ASC' } });
  }

  @FieldResolver(() => [WelfareTechnologyAssignment], {
    description: 'Its five national assignments (oppdrag), in order.',
  })
  // Fixed by the programme document: 5 assignments.
  @listSize(10)
  assignments(@Root() programme: WelfareTechnologyProgramme, @Ctx() context: Context) {
    return context.loaders.of(assignmentsByProgramme).load(programme.id);
  }

  @FieldResolver(() => ProjectRef, {
    nullable: true,
    description:
      'The portfolio project that is the programme ("Nasjonalt program for velferdsteknologi", id 5).',
  })
  project(@Root() programme: WelfareTechnologyProgramme) {
    return programme.projectId ? projectRef(programme.projectId) : null;
  }

  @FieldResolver(() => [WelfareTechnologyEffect], {
    description:
      'Its effects (effekter) from the slide "Effektene kommer…": three gains, then three groups of satisfied people.',
  })
  // Fixed by the 001 slide: 6 effects.
  @listSize(12)
  effects(@Root() programme: WelfareTechnologyProgramme, @Ctx() context: Context) {
    return context.loaders.of(effectsByProgramme).load(programme.id);
  }

  @FieldResolver(() => [WelfareTechnologyExample], {
    description: 'The example technologies (eksempler) pictured on the effects slide, in order.',
  })
  // Fixed by the 001 slide: 5 examples.
  @listSize(10)
  exampleTechnologies(@Root() programme: WelfareTechnologyProgramme, @Ctx() context: Context) {
    return context.loaders.of(examplesByProgramme).load(programme.id);
  }

  @FieldResolver(() => [WelfareTechnologyRolloutWave], {
    description:
      'Its rollout waves (spredning i puljer) from the slide "Hvor er vi nå?": "Spredningspulje 1" with its four cities, then "Pulje 2 osv".',
  })
  // Fixed by the 001 slide: 2 waves.
  @listSize(5)
  rolloutWaves(@Root() programme: WelfareTechnologyProgramme, @Ctx() context: Context) {
    return context.loaders.of(rolloutWavesByProgramme).load(programme.id);
  }
}

@Resolver(() => WelfareTechnologyRolloutWave)
export class WelfareTechnologyRolloutWaveResolver {
  @FieldResolver(() => [WelfareTechnologyRolloutCity], {
    description:
      'The cities (byer) printed for the wave, in printed order; none for "Pulje 2 osv".',
  })
  // Fixed by the 001 slide: 4 cities in the first wave.
  @listSize(10)
  async cities(@Root() wave: WelfareTechnologyRolloutWave, @Ctx() context: Context) {
    const cities = await context.loaders.of(rolloutCitiesByProgramme).load(wave.programmeId);
    return cities.filter((city) => city.waveNumber === wave.number);
  }
}

@Resolver(() => WelfareTechnologyRolloutCity)
export class WelfareTechnologyRolloutCityResolver {
  @FieldResolver(() => OrganisationRef, {
    nullable: true,
    description: 'The municipality (kommune) the city stands for, e.g. "sarpsborg-kommune".',
  })
  organisation(@Root() city: WelfareTechnologyRolloutCity) {
    return organisationRef(city.organisationId);
  }
}
