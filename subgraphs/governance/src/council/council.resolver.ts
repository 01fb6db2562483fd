import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { GraphQLDate } from 'graphql-scalars';
import { isId, listAndConnection, listSize, type Context } from '@ehelse/shared/graphql';
import { meetingsByCouncil } from '../meeting/meeting.loaders';
import { MeetingConnection } from '../meeting/meeting.types';
import { Meeting } from '../meeting/meeting.entity';
import { membershipsByCouncil, membershipsOf } from '../membership/membership.loaders';
import { MembershipConnection } from '../membership/membership.types';
import { Membership } from '../membership/membership.entity';
import { OrganisationRef, organisationRef } from '../references/references.types';
import { Council } from './council.entity';
import { CouncilParticipant, CouncilTask } from './council-document.entity';
import {
  councilById,
  councilsByParent,
  councilsByPredecessor,
  participantOrganisationsByCouncil,
  participantsByCouncil,
  tasksByCouncil,
} from './council.loaders';

/** A council's meetings, oldest first: one statement for all councils of a request. */
const meetingsOf = (council: Council, { loaders }: Context) =>
  loaders.of(meetingsByCouncil).load(council.id);

@Resolver(() => Council)
export class CouncilResolver {
  // Reference data fixed by the documents: 14 bodies today, so 30 leaves room for new ones.
  @listSize(30)
  @Query(() => [Council], {
    description: 'Every governance body in the documents (råd, styre, utvalg, arena), by id.',
  })
  councils(@Ctx() { dataSource }: Context) {
    return dataSource.getRepository(Council).find({ order: { id: 'ASC' } });
  }

  @Query(() => Council, {
    nullable: true,
    description: 'One body by id, e.g. "nasjonalt-e-helserad".',
  })
  council(
    @Arg('id', () => ID, { description: 'Council id (slug), e.g. "nuit".' }) id: string,
    @Ctx() context: Context,
  ) {
    // An id no body can have is answered like a missing one, without a query.
    return isId('slug', id) ? context.loaders.of(councilById).load(id) : null;
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description:
      'The body this one advises or reports to (overordnet organ), e.g. NUFA → NUIT → Nasjonalt e-helseråd.',
  })
  parent(@Root() council: Council, @Ctx() { loaders }: Context) {
    return council.parentId ? loaders.of(councilById).load(council.parentId) : null;
  }

  // Bounded by the governance model: at most 2 subordinates today (the Akson project board).
  @listSize(5)
  @FieldResolver(() => [Council], {
    description: 'Bodies that advise or report to this one (underordnede organer), by id.',
  })
  subordinates(@Root() council: Council, @Ctx() { loaders }: Context) {
    return loaders.of(councilsByParent).load(council.id);
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description:
      'The body this one replaced (forgjenger), e.g. Nasjonalt e-helsestyre for Nasjonalt e-helseråd.',
  })
  predecessor(@Root() council: Council, @Ctx() { loaders }: Context) {
    return council.predecessorId ? loaders.of(councilById).load(council.predecessorId) : null;
  }

  @FieldResolver(() => Council, {
    nullable: true,
    description: 'The body that replaced this one (etterfølger).',
  })
  async successor(@Root() council: Council, @Ctx() { loaders }: Context) {
    const [successor] = await loaders.of(councilsByPredecessor).load(council.id);
    return successor ?? null;
  }
}

/** What the documents print about a body besides its members as people: participants and tasks. */
@Resolver(() => Council)
export class CouncilDocumentResolver {
  @FieldResolver(() => [CouncilParticipant], {
    description:
      'Participants (deltakere) as printed, organisations rather than people, leader (ledes av) first, e.g. the 2012 Fagutvalg and Prioriteringsutvalg; empty where the documents print none. Seats of people are memberships.',
  })
  // Fixed by the documents: 6 participants on the largest 2012 body.
  @listSize(10)
  participants(@Root() council: Council, @Ctx() { loaders }: Context) {
    return loaders.of(participantsByCouncil).load(council.id);
  }

  @FieldResolver(() => [CouncilTask], {
    description:
      'Tasks (oppgaver) and guidelines (føringer) as printed on the body’s slide, verbatim and in printed order, e.g. the six points of eHelsegruppen (000); empty where none are printed.',
  })
  // Fixed by the documents: 6 points on eHelsegruppen, the most of any body.
  @listSize(10)
  tasks(@Root() council: Council, @Ctx() { loaders }: Context) {
    return loaders.of(tasksByCouncil).load(council.id);
  }
}

@Resolver(() => CouncilParticipant)
export class CouncilParticipantResolver {
  @FieldResolver(() => [OrganisationRef], {
    description:
      'The organisations the printed participant names (virksomheter), e.g. the four RHFs for "Representanter for RHF’ene"; empty when it names none ("Representanter for kommunene").',
  })
  // Fixed by the documents: 4 organisations (the RHFs) at most.
  @listSize(5)
  async organisations(@Root() participant: CouncilParticipant, @Ctx() { loaders }: Context) {
    const links = await loaders.of(participantOrganisationsByCouncil).load(participant.councilId);
    return links
      .filter((link) => link.position === participant.position)
      .map((link) => organisationRef(link.organisationId));
  }

  @FieldResolver(() => Council, { description: 'The body (organ) the participant takes part in.' })
  async council(@Root() participant: CouncilParticipant, @Ctx() { loaders }: Context) {
    return loaders.of(councilById).load(participant.councilId);
  }
}

export const CouncilMembershipsResolver = listAndConnection({
  root: () => Council,
  name: 'memberships',
  list: {
    type: () => Membership,
    description:
      'Members (medlemmer), leader first: those active on `activeOn` (from and to inclusive), or every membership ever recorded when it is omitted.',
    deprecationReason: 'Use membershipsConnection, which pages and counts.',
    // Deprecated plain list, sized for cost estimates: 25 memberships on the largest body today.
    listSize: 50,
  },
  connection: {
    type: () => MembershipConnection,
    description:
      'Members (medlemmer), leader first, paged (Relay): those active on `activeOn` (from and to inclusive), or every membership ever recorded when it is omitted.',
  },
  argument: {
    name: 'activeOn',
    type: () => GraphQLDate,
    description: 'Only memberships active on this date.',
  },
  load: (council, context, { activeOn }: { activeOn?: Date }) =>
    membershipsOf(context, membershipsByCouncil, council.id, activeOn),
});

export const CouncilMeetingsResolver = listAndConnection({
  root: () => Council,
  name: 'meetings',
  list: {
    type: () => Meeting,
    description:
      'Meetings (møter) of the body, oldest first. For paging use meetingsConnection, for date ranges Query.meetings.',
    deprecationReason: 'Use meetingsConnection, which pages and counts.',
    // Deprecated plain list, sized for cost estimates: at most 2 meetings of one body today,
    // and a body meets four to six times a year.
    listSize: 20,
  },
  connection: {
    type: () => MeetingConnection,
    description:
      'Meetings (møter) of the body, oldest first, paged (Relay). For date ranges use Query.meetings.',
  },
  load: (council, context) => meetingsOf(council, context),
});
