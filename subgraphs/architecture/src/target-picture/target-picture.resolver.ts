import { Ctx, Query, Resolver } from 'type-graphql';
import { listSize, type Context } from '@ehelse/shared/graphql';
import { TargetPicture } from './target-picture.entity';

@Resolver(() => TargetPicture)
export class TargetPictureResolver {
  @Query(() => [TargetPicture], {
    description: 'The four målbilder of "Handlingsplan mot 2013", in order.',
  })
  // Fixed by the 2012 action plan: 4 målbilder.
  @listSize(10)
  targetPictures(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(TargetPicture).find({ order: { number: 'ASC' } });
  }
}
