import {
  AuditEvent,
  AuditTrail1732500000000,
  IdempotencyKeys1732600000000,
  IdempotencyRecord,
} from '@ehelse/shared/audit';
import { Council } from './council/council.entity';
import { AgendaItemPresenter } from './meeting/agenda-item-presenter.entity';
import { AgendaItemProject } from './meeting/agenda-item-project.entity';
import { AgendaItem } from './meeting/agenda-item.entity';
import { Meeting } from './meeting/meeting.entity';
import { Substitution } from './meeting/substitution.entity';
import { Membership } from './membership/membership.entity';
import { MilestonePlan } from './milestone-plan/milestone-plan.entity';
import { PlanMilestone } from './milestone-plan/plan-milestone.entity';
import { PlannedBodyMeeting } from './milestone-plan/planned-body-meeting.entity';
import { PlannedMeetingMilestone } from './milestone-plan/planned-meeting-milestone.entity';
import { Person } from './person/person.entity';
import { GovernanceInitial1732400000000 } from './migrations/1732400000000-governance-initial';
import { MeetingVersion1732500000002 } from './migrations/1732500000002-meeting-version';
import { GovernanceExactIdentifiers1732800000002 } from './migrations/1732800000002-governance-exact-identifiers';
import { GovernanceDocumentCorrections1733200000001 } from './migrations/1733200000001-governance-document-corrections';
import { GovernanceMeetingsAndAkson1733200000002 } from './migrations/1733200000002-governance-meetings-and-akson';
import { AgendaSubItem } from './agenda-sub-item/agenda-sub-item.entity';
import {
  CouncilParticipant,
  CouncilParticipantOrganisation,
  CouncilTask,
} from './council/council-document.entity';
import {
  AksonAssessment,
  AksonOwnershipCriterion,
  AksonOwnershipModel,
  AksonRisk,
  AksonTask,
} from './akson/akson.entity';
import { AgendaItemConsultation } from './meeting/agenda-item-consultation.entity';
import { AgendaItemSection } from './meeting/agenda-item-section.entity';
import { MeetingMention } from './meeting/meeting-mention.entity';

export const entities = [
  Council,
  Person,
  Membership,
  Meeting,
  AgendaItem,
  AgendaItemPresenter,
  AgendaItemProject,
  Substitution,
  MilestonePlan,
  PlanMilestone,
  PlannedBodyMeeting,
  PlannedMeetingMilestone,
  MeetingMention,
  AgendaItemSection,
  AgendaItemConsultation,
  AksonAssessment,
  AksonTask,
  AksonRisk,
  AksonOwnershipModel,
  AksonOwnershipCriterion,
  AgendaSubItem,
  CouncilParticipant,
  CouncilParticipantOrganisation,
  CouncilTask,
  AuditEvent,
  IdempotencyRecord,
];

export const migrations = [
  GovernanceInitial1732400000000,
  AuditTrail1732500000000,
  MeetingVersion1732500000002,
  IdempotencyKeys1732600000000,
  GovernanceExactIdentifiers1732800000002,
  GovernanceDocumentCorrections1733200000001,
  GovernanceMeetingsAndAkson1733200000002,
];
