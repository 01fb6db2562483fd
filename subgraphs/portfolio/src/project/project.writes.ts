import type { EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  forbidden,
  notFound,
  requireWriteFor,
  unknownReference,
} from '@ehelse/shared/runtime';
import { requireId, requireIdIfGiven, requireTargetId, validate } from '@ehelse/shared/graphql';
import { defineWrite, recordAudit, updateAtVersion } from '@ehelse/shared/audit';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Project } from './project.entity';
import type { CreateProjectInput, UpdateProjectInput } from './project.types';

const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;

/**
 * A project's name or leader as stored: trimmed, and never blank when given — a name of
 * spaces would show as an empty row in every list and export. Undefined and null mean
 * "not given" and pass through.
 */
function trimmedText<T extends string | null | undefined>(
  field: string,
  value: T,
  maxLength: number,
): T {
  if (value === null || value === undefined) return value;
  // Zero-width characters and the BOM look like nothing too: a name of them is blank.
  const trimmed = value.replace(INVISIBLE, '').trim();
  if (trimmed === '') throw badInput(field, `${field} must not be blank`);
  validate.text(field, trimmed, maxLength);
  return trimmed as T;
}

/** A project's name and leader as stored, checked. */
const projectText = (input: { name?: string; leader?: string }) => ({
  name: trimmedText('name', input.name, 300),
  leader: trimmedText('leader', input.leader, 200),
});

async function requireExisting(
  manager: EntityManager,
  field: string,
  input: { organisationId?: string; focusAreaCode?: string },
) {
  if (
    input.organisationId !== undefined &&
    !(await manager.findOneBy(Organisation, { id: input.organisationId }))
  ) {
    throw unknownReference(field, 'organisation', input.organisationId);
  }
  if (
    input.focusAreaCode !== undefined &&
    !(await manager.findOneBy(FocusArea, { code: input.focusAreaCode }))
  ) {
    throw unknownReference('focusAreaCode', 'innsatsområde', input.focusAreaCode);
  }
}

/** The project a mutation changes: NOT_FOUND when it does not exist. */
async function projectOrFail(manager: EntityManager, id: string) {
  const project = await manager.findOneBy(Project, { id });
  if (!project) throw notFound('Project', id);
  return project;
}

/** Adds a project to the portfolio; a reporter only for its own organisation. */
export const createProject = defineWrite({
  check(caller, input: CreateProjectInput) {
    requireWriteFor(caller, input.responsibleOrganisationId);
    validate.projectId('id', input.id);
    requireId('slug', 'responsibleOrganisationId', input.responsibleOrganisationId);
    requireId('code', 'focusAreaCode', input.focusAreaCode);
    // Name and leader never blank and within their lengths; run stores them trimmed.
    projectText(input);
    validate.integerIn('priorityCategory', input.priorityCategory, 1, 2);
  },
  async run(manager, caller, input): Promise<Project> {
    const text = projectText(input);
    await requireExisting(manager, 'responsibleOrganisationId', {
      organisationId: input.responsibleOrganisationId,
      focusAreaCode: input.focusAreaCode,
    });
    if (await manager.findOneBy(Project, { id: input.id }))
      throw conflict(`Project "${input.id}" already exists`);
    const project = manager.create(Project, {
      ...input,
      ...text,
      leader: text.leader ?? null,
      status: input.status ?? null,
      priorityCategory: input.priorityCategory ?? null,
      version: 1,
    });
    await manager.insert(Project, project);
    await recordAudit(manager, caller, {
      action: 'createProject',
      entityType: 'Project',
      entityId: project.id,
      before: null,
      after: { ...project },
    });
    return project;
  },
});

/**
 * Changes a project's master data at the version the client read; a reporter only its
 * own organisation's projects, and only an admin moves one to another organisation.
 */
export const updateProject = defineWrite({
  check(_caller, input: UpdateProjectInput) {
    requireTargetId('project', 'Project', input.id);
    requireIdIfGiven('slug', 'responsibleOrganisationId', input.responsibleOrganisationId);
    requireIdIfGiven('code', 'focusAreaCode', input.focusAreaCode);
    // Name and leader never blank and within their lengths; run stores them trimmed.
    projectText(input);
    validate.integerIn('priorityCategory', input.priorityCategory, 1, 2);
  },
  async run(manager, caller, input): Promise<Project> {
    const text = projectText(input);
    const project = await projectOrFail(manager, input.id);
    requireWriteFor(caller, project.responsibleOrganisationId);
    if (input.responsibleOrganisationId !== undefined && caller.role !== 'admin') {
      throw forbidden('Only an admin moves a project to another organisation');
    }
    await requireExisting(manager, 'responsibleOrganisationId', {
      organisationId: input.responsibleOrganisationId,
      focusAreaCode: input.focusAreaCode,
    });
    const { id: _id, expectedVersion, ...changes } = { ...input, ...text };
    const defined = Object.fromEntries(
      Object.entries(changes).filter(([, v]) => v !== undefined && v !== null),
    ) as Partial<Project>;
    const version = await updateAtVersion(
      manager,
      Project,
      { id: project.id },
      project,
      defined,
      expectedVersion,
    );
    const after = { ...project, ...defined, version };
    await recordAudit(manager, caller, {
      action: 'updateProject',
      entityType: 'Project',
      entityId: project.id,
      before: { ...project },
      after,
    });
    return after;
  },
});
