import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { FundingTransfer } from './funding-transfer.entity';
import { Project } from './project.entity';
import { projectById } from './project.loaders';

@Resolver(() => FundingTransfer)
export class FundingTransferResolver {
  @FieldResolver(() => Project, { description: 'The project passing the money on.' })
  from(@Root() transfer: FundingTransfer, @Ctx() { loaders }: Context) {
    return loaders.of(projectById).load(transfer.fromProjectId);
  }

  @FieldResolver(() => Project, { description: 'The project receiving it.' })
  to(@Root() transfer: FundingTransfer, @Ctx() { loaders }: Context) {
    return loaders.of(projectById).load(transfer.toProjectId);
  }
}
