import { buildFederatedSchema, type Context } from '@ehelse/shared/graphql';
import { auditResolver } from '@ehelse/shared/audit';
import { councilById } from './council/council.loaders';
import { agendaItemById, meetingById } from './meeting/meeting.loaders';
import { organisationRef, projectRef } from './references/references.types';
// type-graphql lists the fields of Query and Mutation in the order their resolver classes
// are evaluated, which is the order of these imports: keep it, or the SDL's order changes.
import {
  CouncilDocumentResolver,
  CouncilMeetingsResolver,
  CouncilMembershipsResolver,
  CouncilParticipantResolver,
  CouncilResolver,
} from './council/council.resolver';
import { MeetingResolver } from './meeting/meeting.resolver';
import { AgendaItemResolver } from './meeting/agenda-item.resolver';
import { SubstitutionResolver } from './meeting/substitution.resolver';
import {
  PersonAgendaItemsResolver,
  PersonMembershipsResolver,
  PersonResolver,
} from './person/person.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import {
  MilestonePlanResolver,
  PlanMilestoneResolver,
  PlannedBodyMeetingResolver,
} from './milestone-plan/milestone-plan.resolver';
import { AksonAssessmentResolver } from './akson/akson.resolver';
import {
  AgendaItemContentsResolver,
  MeetingMentionsResolver,
} from './meeting/meeting-references.resolver';
import {
  AgendaItemSubItemsResolver,
  AgendaSubItemResolver,
} from './agenda-sub-item/agenda-sub-item.resolver';
import { OrganisationRefResolver, ProjectRefResolver } from './references/references.resolver';
import { AgendaMutations } from './meeting/agenda.mutations';
import { MeetingMutations } from './meeting/meeting.mutations';
import { MembershipMutations } from './membership/membership.mutations';

export const buildGovernanceSchema = () =>
  buildFederatedSchema({
    resolvers: [
      CouncilResolver,
      CouncilMembershipsResolver,
      CouncilMeetingsResolver,
      CouncilDocumentResolver,
      CouncilParticipantResolver,
      PersonResolver,
      PersonMembershipsResolver,
      PersonAgendaItemsResolver,
      MembershipResolver,
      MeetingResolver,
      AgendaItemResolver,
      SubstitutionResolver,
      MilestonePlanResolver,
      PlanMilestoneResolver,
      PlannedBodyMeetingResolver,
      AksonAssessmentResolver,
      MeetingMentionsResolver,
      AgendaItemContentsResolver,
      AgendaItemSubItemsResolver,
      AgendaSubItemResolver,
      ProjectRefResolver,
      OrganisationRefResolver,
      MeetingMutations,
      AgendaMutations,
      MembershipMutations,
      auditResolver('governanceAuditEvents', 'governance'),
    ],
    references: {
      Council: ({ id }: Record<string, unknown>, { loaders }: Context) =>
        loaders.of(councilById).load(String(id)),
      Meeting: ({ id }: Record<string, unknown>, { loaders }: Context) =>
        loaders.of(meetingById).load(String(id)),
      AgendaItem: ({ id }: Record<string, unknown>, { loaders }: Context) =>
        loaders.of(agendaItemById).load(String(id)),
      // Stubs of portfolio entities: governance only needs their key to add its fields.
      Project: ({ id }: Record<string, unknown>) => projectRef(String(id)),
      Organisation: ({ id }: Record<string, unknown>) => organisationRef(String(id)),
    },
  });
