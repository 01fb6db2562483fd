import path from 'node:path';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { readJson, seedOnce } from '@ehelse/shared/db';
import type { CouncilKind } from './council/council-kind';
import { Council } from './council/council.entity';
import type { AgendaItemKind } from './meeting/agenda-item-kind';
import { AgendaItemPresenter } from './meeting/agenda-item-presenter.entity';
import { AgendaItemProject } from './meeting/agenda-item-project.entity';
import { AgendaItem } from './meeting/agenda-item.entity';
import { Meeting } from './meeting/meeting.entity';
import { Substitution } from './meeting/substitution.entity';
import type { MembershipRole } from './membership/membership-role';
import { Membership } from './membership/membership.entity';
import { AKSON_PLAN_ID, MilestonePlan } from './milestone-plan/milestone-plan.entity';
import { PlanMilestone } from './milestone-plan/plan-milestone.entity';
import { PlannedBodyMeeting } from './milestone-plan/planned-body-meeting.entity';
import { PlannedMeetingMilestone } from './milestone-plan/planned-meeting-milestone.entity';
import { Person } from './person/person.entity';
import { searchName } from './person/search-name';

const DATA_DIR = path.join(__dirname, '..', 'data');
export const data = <T>(file: string) => readJson<T>(path.join(DATA_DIR, file));

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
  from: string | null;
  to: string | null;
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
      from: row.from,
      to: row.to,
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
    const endedBefore = candidates.filter(
      (m) => m.to !== null && row.from !== null && m.to < row.from,
    );
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
    data<CouncilRow[]>('councils.json').map((c) => ({
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
  await manager.insert(Person, data<PersonRow[]>('people.json').map(personOf));
  await manager.insert(Membership, membershipsOf(data<MembershipRow[]>('memberships.json')));
  await insertMeetings(manager, data<MeetingRow[]>('meetings.json'));
  await insertMilestonePlan(
    manager,
    AKSON_PLAN_ID,
    data<MilestonePlanFile>('akson-milestones.json'),
  );
}

/** Seeds the documents' data once per database. */
export const seedGovernance = (dataSource: DataSource) =>
  seedOnce(dataSource, 'governance-documents', loadDocuments);
