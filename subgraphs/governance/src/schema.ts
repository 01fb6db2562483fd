import {
  auditResolver,
  buildFederatedSchema,
  buildSubgraphTypeDefs,
  type Context,
} from '@ehelse/shared';
import { CouncilResolver, councilById } from './council/council.resolver';
import { AgendaAdminResolver } from './meeting/agenda-admin.resolver';
import { AgendaItemResolver, agendaItemById } from './meeting/agenda-item.resolver';
import { MeetingAdminResolver } from './meeting/meeting-admin.resolver';
import { MeetingResolver, meetingById } from './meeting/meeting.resolver';
import { SubstitutionResolver } from './meeting/substitution.resolver';
import { MembershipAdminResolver } from './membership/membership-admin.resolver';
import { MembershipResolver } from './membership/membership.resolver';
import {
  MilestonePlanResolver,
  PlanMilestoneResolver,
  PlannedBodyMeetingResolver,
} from './milestone-plan/milestone-plan.resolver';
import { PersonResolver } from './person/person.resolver';
import { organisationRef } from './references/organisation-ref';
import { projectRef } from './references/project-ref';
import { OrganisationRefResolver, ProjectRefResolver } from './references/references.resolver';

const options = {
  resolvers: [
    CouncilResolver,
    PersonResolver,
    MembershipResolver,
    MeetingResolver,
    AgendaItemResolver,
    SubstitutionResolver,
    MilestonePlanResolver,
    PlanMilestoneResolver,
    PlannedBodyMeetingResolver,
    ProjectRefResolver,
    OrganisationRefResolver,
    MeetingAdminResolver,
    AgendaAdminResolver,
    MembershipAdminResolver,
    auditResolver('governanceAuditEvents', 'governance'),
  ] as const,
  references: {
    Council: ({ id }: Record<string, unknown>, context: Context) =>
      councilById(context, String(id)),
    Meeting: ({ id }: Record<string, unknown>, context: Context) =>
      meetingById(context, String(id)),
    AgendaItem: ({ id }: Record<string, unknown>, context: Context) =>
      agendaItemById(context, String(id)),
    // Stubs of portfolio entities: governance only needs their key to add its fields.
    Project: ({ id }: Record<string, unknown>) => projectRef(String(id)),
    Organisation: ({ id }: Record<string, unknown>) => organisationRef(String(id)),
  },
};

export const buildGovernanceSchema = () =>
  buildFederatedSchema({ ...options, resolvers: [...options.resolvers] });
export const governanceTypeDefs = () =>
  buildSubgraphTypeDefs({ ...options, resolvers: [...options.resolvers] });
