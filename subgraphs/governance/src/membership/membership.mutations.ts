import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { Membership } from './membership.entity';
import { EndMembershipInput, RecordMembershipInput } from './membership.types';
import { endMembership, recordMembership } from './membership.writes';

/** Writes to the members of bodies; the Directorate's secretariat (admin) keeps them. */
@Resolver()
export class MembershipMutations {
  @Authorized('admin')
  @Mutation(() => Membership, {
    description:
      'Records a new seat on a body (medlemskap), registering the person if new; a seat taken over ends the day before, unless it already ended on a known day. Admin only.',
  })
  recordMembership(
    @Arg('input', () => RecordMembershipInput) input: RecordMembershipInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'recordMembership', input, recordMembership);
  }

  @Authorized('admin')
  @Mutation(() => Membership, {
    description:
      'Ends a seat on its last day (til og med), an exact day. The seat must be open or end only as far as its document (toPrecision AS_OF_DOCUMENT); a seat that already ended is CONFLICT. Admin only.',
  })
  endMembership(
    @Arg('input', () => EndMembershipInput) input: EndMembershipInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'endMembership', input, endMembership);
  }
}
