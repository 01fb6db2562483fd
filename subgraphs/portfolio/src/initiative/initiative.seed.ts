import type { EntityManager } from 'typeorm';
import { dataFile } from '../data-files';
import { DocumentText } from '../documents/document-text.entity';
import { ActorGroup, ActorGroupMember } from './actor-map.entity';
import { NationalInitiative } from './national-initiative.entity';

interface InitiativesFile {
  document: string;
  texts: { key: string; text: string; line: number }[];
  initiatives: { name: string; line: number }[];
  actorGroups: {
    name: string;
    line: number;
    continues: boolean;
    membershipNote: string;
    actors: {
      printedName: string;
      line: number;
      organisationId: string | null;
      councilId?: string | null;
      note: string | null;
    }[];
  }[];
}

/** Document 000: the national initiatives and the actor map (data/initiatives-2012.json). */
export async function seedInitiatives(manager: EntityManager) {
  const file = dataFile<InitiativesFile>('initiatives-2012.json');
  await manager.insert(
    DocumentText,
    file.texts.map((text) => ({ document: file.document, ...text })),
  );
  await manager.insert(
    NationalInitiative,
    file.initiatives.map((initiative, index) => ({
      position: index + 1,
      document: file.document,
      ...initiative,
    })),
  );
  await manager.insert(
    ActorGroup,
    file.actorGroups.map(({ name, line, continues, membershipNote }, index) => ({
      position: index + 1,
      name,
      line,
      continues,
      membershipNote,
    })),
  );
  await manager.insert(
    ActorGroupMember,
    file.actorGroups.flatMap((group, groupIndex) =>
      group.actors.map((actor, index) => ({
        groupPosition: groupIndex + 1,
        position: index + 1,
        ...actor,
        councilId: actor.councilId ?? null,
      })),
    ),
  );
}
