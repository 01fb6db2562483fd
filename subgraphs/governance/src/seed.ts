import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { seedOnce } from '@ehelse/shared/db';
import type { CouncilKind } from './council/council-kind';
import { Council } from './council/council.entity';
import { dataFile } from './data-files';
import type { AgendaItemKind } from './meeting/agenda-item-kind';
import { AgendaItemPresenter } from './meeting/agenda-item-presenter.entity';
import { AgendaItemProject } from './meeting/agenda-item-project.entity';
import { AgendaItem } from './meeting/agenda-item.entity';
import { Meeting } from './meeting/meeting.entity';
import { Substitution } from './meeting/substitution.entity';
import { boundOf, type DatePrecision } from './membership/date-precision';
import { correctMembershipDates } from './membership/membership.seed';
import {
  correctAgendaNotes,
  insertAgendaSubItems,
  type AgendaNoteCorrection,
  type AgendaSubItemRow,
} from './agenda-sub-item/agenda-sub-item.seed';
import {
  insertCouncilDocuments,
  type CouncilParticipantRow,
  type CouncilTaskRow,
} from './council/council.seed';
import type { MembershipRole } from './membership/membership-role';
import { Membership } from './membership/membership.entity';
import { AKSON_PLAN_ID, MilestonePlan } from './milestone-plan/milestone-plan.entity';
import { PlanMilestone } from './milestone-plan/plan-milestone.entity';
import { PlannedBodyMeeting } from './milestone-plan/planned-body-meeting.entity';
import { PlannedMeetingMilestone } from './milestone-plan/planned-meeting-milestone.entity';
import { Person } from './person/person.entity';
import { searchName } from './person/search-name';
import { seedAksonAssessment } from './akson/akson.seed';
import { seedMeetingReferences } from './meeting/meeting-references.seed';

export interface CouncilRow {
  id: string;
  name: string;
  abbreviation: string | null;
  kind: CouncilKind;
  parentId: string | null;
  established: string | null;
  mandate: string | null;
  predecessorId: string | null;
  note: string | null;
}
export interface PersonRow {
  id: string;
  name: string;
  title: string | null;
}
export interface MembershipRow {
  councilId: string;
  personId: string;
  organisationId: string;
  role: MembershipRole;
  /** As known: "2022-09-21", "2022-09" (MONTH) or "2022" (YEAR); null when open. */
  from: string | null;
  fromPrecision: DatePrecision | null;
  to: string | null;
  toPrecision: DatePrecision | null;
  /** The meeting whose papers print the seat, and its date. */
  documentedMeetingId: string | null;
  documentedOn: string | null;
  replacesPersonId: string | null;
  note: string | null;
}
interface AgendaItemRow {
  id: string;
  number: string | null;
  title: string;
  kind: AgendaItemKind;
  kindLabel: string | null;
  presenterPersonId: string | null;
  additionalPresenterPersonIds: string[];
  presenterOrganisationId: string | null;
  startsAt: string | null;
  endsAt: string | null;
  durationMinutes: number | null;
  proposedDecision: string | null;
  decision: string | null;
  projectIds: string[];
  note: string | null;
}
export interface MeetingRow {
  id: string;
  councilId: string;
  number: string | null;
  date: string;
  location: string | null;
  note: string | null;
  substitutes: { personId: string; forPersonId: string; organisationId: string | null }[];
  agenda: AgendaItemRow[];
}
export interface MilestonePlanFile {
  project: string;
  source: string;
  milestones: { code: string; title: string; date: string; datePrinted: string; result: string }[];
  bodyMeetings: { councilId: string; date: string; datePrinted: string; milestoneRows: string[] }[];
}

/**
 * Gives each membership a readable id (council:person:ordinal) and turns the printed
 * "X erstatter Y" into a link to Y's seat on the same body: the latest one that ended
 * before X's started, or Y's latest seat when dates are unknown.
 */
export function membershipsOf(rows: MembershipRow[]): Membership[] {
  const ordinals = new Map<string, number>();
  const memberships = rows.map((row, index) => {
    const seat = `${row.councilId}:${row.personId}`;
    const ordinal = (ordinals.get(seat) ?? 0) + 1;
    ordinals.set(seat, ordinal);
    return {
      id: `${seat}:${ordinal}`,
      councilId: row.councilId,
      personId: row.personId,
      organisationId: row.organisationId,
      role: row.role,
      // Stored as the inclusive bounds the precision allows, so `activeOn` filters in SQL honour it.
      from: boundOf(row.from, row.fromPrecision, 'from'),
      fromPrecision: row.fromPrecision,
      to: boundOf(row.to, row.toPrecision, 'to'),
      toPrecision: row.toPrecision,
      documentedOn: row.documentedOn,
      documentedMeetingId: row.documentedMeetingId,
      replacesMembershipId: null as string | null,
      position: index + 1,
      note: row.note,
    };
  });
  rows.forEach((row, index) => {
    if (!row.replacesPersonId) return;
    const candidates = memberships.filter(
      (m) => m.councilId === row.councilId && m.personId === row.replacesPersonId,
    );
    const from = memberships[index].from;
    const endedBefore = candidates.filter((m) => m.to !== null && from !== null && m.to < from);
    const replaced = (endedBefore.length ? endedBefore : candidates).at(-1);
    if (!replaced)
      throw new Error(
        `${row.personId} replaces ${row.replacesPersonId}, who has no seat in ${row.councilId}`,
      );
    memberships[index].replacesMembershipId = replaced.id;
  });
  return memberships;
}

/** Writes meetings with their agenda, presenters, project links and substitutes; used by the seed and by tests. */
export async function insertMeetings(manager: EntityManager, rows: MeetingRow[]) {
  const chunk = 500;
  const inChunks = async <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    values: QueryDeepPartialEntity<T>[],
  ) => {
    for (let start = 0; start < values.length; start += chunk) {
      await manager.insert(entity, values.slice(start, start + chunk));
    }
  };
  await inChunks(
    Meeting,
    rows.map(({ id, councilId, number, date, location, note }) => ({
      id,
      councilId,
      number,
      date,
      location,
      note,
    })),
  );
  const items = rows.flatMap((meeting) =>
    meeting.agenda.map((item, index) => ({ meeting, item, position: index + 1 })),
  );
  await inChunks(
    AgendaItem,
    items.map(({ meeting, item, position }) => ({
      id: item.id,
      meetingId: meeting.id,
      position,
      number: item.number,
      title: item.title,
      kind: item.kind,
      kindLabel: item.kindLabel,
      presenterOrganisationId: item.presenterOrganisationId,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      durationMinutes: item.durationMinutes,
      proposedDecision: item.proposedDecision,
      decision: item.decision,
      note: item.note,
    })),
  );
  await inChunks(
    AgendaItemPresenter,
    items.flatMap(({ item }) =>
      [item.presenterPersonId, ...item.additionalPresenterPersonIds]
        .filter((personId): personId is string => personId !== null)
        .map((personId, index) => ({ agendaItemId: item.id, personId, position: index + 1 })),
    ),
  );
  await inChunks(
    AgendaItemProject,
    items.flatMap(({ item }) =>
      item.projectIds.map((projectId) => ({ agendaItemId: item.id, projectId })),
    ),
  );
  await inChunks(
    Substitution,
    rows.flatMap((meeting) =>
      meeting.substitutes.map((s, index) => ({ meetingId: meeting.id, ...s, position: index + 1 })),
    ),
  );
}

export const personOf = ({ id, name, title }: PersonRow): Person => ({
  id,
  name,
  title,
  searchName: searchName(name),
});

async function insertMilestonePlan(
  manager: EntityManager,
  planId: string,
  plan: MilestonePlanFile,
) {
  await manager.insert(MilestonePlan, { id: planId, title: plan.project, source: plan.source });
  await manager.insert(
    PlanMilestone,
    plan.milestones.map((m, index) => ({ planId, position: index + 1, ...m })),
  );
  const meetingId = (m: { councilId: string; date: string }) =>
    `${planId}:${m.councilId}:${m.date}`;
  await manager.insert(
    PlannedBodyMeeting,
    plan.bodyMeetings.map((m) => ({
      id: meetingId(m),
      planId,
      councilId: m.councilId,
      date: m.date,
      datePrinted: m.datePrinted,
    })),
  );
  const links = plan.bodyMeetings.flatMap((m) =>
    m.milestoneRows.map((milestoneCode) => ({
      plannedMeetingId: meetingId(m),
      milestoneCode,
      planId,
    })),
  );
  if (links.length) await manager.insert(PlannedMeetingMilestone, links);
}

async function loadDocuments(manager: EntityManager) {
  await manager.insert(
    Council,
    dataFile<CouncilRow[]>('councils.json').map((c) => ({
      id: c.id,
      name: c.name,
      abbreviation: c.abbreviation,
      kind: c.kind,
      mandate: c.mandate,
      established: c.established === null ? null : Number(c.established),
      parentId: c.parentId,
      predecessorId: c.predecessorId,
      note: c.note,
    })),
  );
  await manager.insert(Person, dataFile<PersonRow[]>('people.json').map(personOf));
  await manager.insert(Membership, membershipsOf(dataFile<MembershipRow[]>('memberships.json')));
  await insertMeetings(manager, dataFile<MeetingRow[]>('meetings.json'));
  await insertMilestonePlan(
    manager,
    AKSON_PLAN_ID,
    dataFile<MilestonePlanFile>('akson-milestones.json'),
  );
}

/** Meetings known only by reference, 33/22's and 34/22's contents, the Akson assessment (issue 14). */
async function loadMeetingsAndAkson(manager: EntityManager) {
  await seedMeetingReferences(manager);
  await seedAksonAssessment(manager);
}

/**
 * The corrections of issue 14 and the 2012 bodies: 32/22's orientations as sub-items, dated
 * memberships (precision, document), notes without invented quotations, the printed
 * participants and tasks of the 2012 bodies. On a database seeded before, it corrects what
 * the first dataset wrote; on a fresh one those statements find nothing to change.
 */
async function loadDocumentCorrections(manager: EntityManager) {
  await correctMembershipDates(
    manager,
    membershipsOf(dataFile<MembershipRow[]>('memberships.json')),
  );
  await correctAgendaNotes(
    manager,
    dataFile<AgendaNoteCorrection[]>('agenda-note-corrections.json'),
  );
  await insertAgendaSubItems(manager, dataFile<AgendaSubItemRow[]>('agenda-sub-items.json'));
  await insertCouncilDocuments(
    manager,
    dataFile<CouncilParticipantRow[]>('council-participants.json'),
    dataFile<CouncilTaskRow[]>('council-tasks.json'),
  );
}

/** The dataset key (seed_state marker) of issue 14's meetings known by reference and the Akson assessment. */
export const MEETINGS_AND_AKSON_DATASET = 'governance-documents-meetings-and-akson';
/** The dataset key (seed_state marker) of issue 14's corrections and the 2012 bodies. */
export const CORRECTIONS_DATASET = 'governance-documents-corrections';

/**
 * Seeds the documents' data once per database: each dataset once, in order, so a database
 * seeded before a later dataset existed receives it at its next start.
 */
export const seedGovernance = async (dataSource: DataSource) => {
  const documents = await seedOnce(dataSource, 'governance-documents', loadDocuments);
  const meetingsAndAkson = await seedOnce(
    dataSource,
    MEETINGS_AND_AKSON_DATASET,
    loadMeetingsAndAkson,
  );
  const corrections = await seedOnce(dataSource, CORRECTIONS_DATASET, loadDocumentCorrections);
  return documents || meetingsAndAkson || corrections;
};
