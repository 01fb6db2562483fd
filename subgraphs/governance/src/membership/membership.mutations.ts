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
      'Records a new seat on a body (medlemskap), registering the person if new; a seat taken over ends the day before. Admin only.',
  })
  recordMembership(
    @Arg('input', () => RecordMembershipInput) input: RecordMembershipInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'recordMembership', input, recordMembership);
  }

  @Authorized('admin')
  @Mutation(() => Membership, {
    description: 'Ends an open seat on its last day (til og med). Admin only.',
  })
  endMembership(
    @Arg('input', () => EndMembershipInput) input: EndMembershipInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'endMembership', input, endMembership);
  }
}
