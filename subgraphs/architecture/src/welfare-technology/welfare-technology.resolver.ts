import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { ProjectRef, projectRef } from '../references/references.types';
import {
  WelfareTechnologyAssignment,
  WelfareTechnologyProgramme,
} from './welfare-technology.entity';
import { assignmentsByProgramme } from './welfare-technology.loaders';

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
}
