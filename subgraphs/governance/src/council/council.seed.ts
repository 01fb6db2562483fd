import type { EntityManager } from 'typeorm';
import type { MembershipRole } from '../membership/membership-role';
import { Council } from './council.entity';
import {
  CouncilParticipant,
  CouncilParticipantOrganisation,
  CouncilTask,
} from './council-document.entity';
import type { CouncilTaskKind } from './council-task-kind';

export interface CouncilParticipantRow {
  councilId: string;
  position: number;
  printedAs: string;
  role: MembershipRole;
  organisationIds: string[];
  note: string | null;
}

export interface CouncilTaskRow {
  councilId: string;
  number: number;
  kind: CouncilTaskKind;
  heading: string | null;
  text: string;
  details: string[];
  note: string | null;
}

/**
 * The printed participants and tasks of bodies (tables the original dataset did not have):
 * only for bodies that exist and have none yet, so a second run adds nothing.
 */
export async function insertCouncilDocuments(
  manager: EntityManager,
  participants: CouncilParticipantRow[],
  tasks: CouncilTaskRow[],
) {
  const councilIds = [...new Set([...participants, ...tasks].map((row) => row.councilId))];
  const councils = new Set(
    (await manager.getRepository(Council).findBy(councilIds.map((id) => ({ id })))).map(
      (council) => council.id,
    ),
  );
  const withParticipants = new Set(
    (await manager.getRepository(CouncilParticipant).find()).map((row) => row.councilId),
  );
  const withTasks = new Set(
    (await manager.getRepository(CouncilTask).find()).map((row) => row.councilId),
  );
  const newParticipants = participants.filter(
    (row) => councils.has(row.councilId) && !withParticipants.has(row.councilId),
  );
  if (newParticipants.length) {
    await manager.insert(
      CouncilParticipant,
      newParticipants.map(({ organisationIds: _ids, ...row }) => row),
    );
    const links = newParticipants.flatMap((row) =>
      row.organisationIds.map((organisationId, index) => ({
        councilId: row.councilId,
        position: row.position,
        organisationId,
        ordinal: index + 1,
      })),
    );
    if (links.length) await manager.insert(CouncilParticipantOrganisation, links);
  }
  const newTasks = tasks.filter(
    (row) => councils.has(row.councilId) && !withTasks.has(row.councilId),
  );
  if (newTasks.length) await manager.insert(CouncilTask, newTasks);
}
