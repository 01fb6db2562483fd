import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { FundingTransfer } from './funding-transfer.entity';
import { RecordFundingTransferInput, ReverseFundingTransferInput } from './funding-transfer.types';
import { recordFundingTransfer, reverseFundingTransfer } from './funding-transfer.writes';

@Resolver()
export class FundingTransferMutations {
  @Authorized('reporter', 'admin')
  @Mutation(() => FundingTransfer, {
    description:
      'Records money one project passes on to another for a year. Reporters only from their own organisation’s projects; never more than the source project has left that year; bumps the source project’s version.',
  })
  recordFundingTransfer(
    @Arg('input', () => RecordFundingTransferInput) input: RecordFundingTransferInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'recordFundingTransfer', input, recordFundingTransfer);
  }

  @Authorized('admin')
  @Mutation(() => FundingTransfer, {
    description:
      'Reverses a recorded transfer (tilbakeføring): the transfer is kept, marked reversed with the reason, and counts in no total from then on. Admin only; audited; bumps the source project’s version.',
  })
  reverseFundingTransfer(
    @Arg('input', () => ReverseFundingTransferInput) input: ReverseFundingTransferInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'reverseFundingTransfer', input, reverseFundingTransfer);
  }
}
