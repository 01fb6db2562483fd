import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import {
  requireTargetId,
  requireIdIfGiven,
  requireId,
  badInput,
  conflict,
  forbidden,
  notFound,
  recordAudit,
  requireRole,
  requireWriteFor,
  updateAtVersion,
  validate,
  mutation,
  type Context,
} from '@ehelse/shared';
import { FocusArea } from '../focus-area/focus-area.entity';
import { Organisation } from '../organisation/organisation.entity';
import { Project } from './project.entity';
import { CreateProjectInput, UpdateProjectInput } from './project-admin.input';
import { trimmedText } from './project-text';

async function requireExisting(
  manager: EntityManager,
  field: string,
  input: { organisationId?: string; focusAreaCode?: string },
) {
  if (
    input.organisationId !== undefined &&
    !(await manager.findOneBy(Organisation, { id: input.organisationId }))
  ) {
    throw badInput(field, `Unknown organisation "${input.organisationId}"`);
  }
  if (
    input.focusAreaCode !== undefined &&
    !(await manager.findOneBy(FocusArea, { code: input.focusAreaCode }))
  ) {
    throw badInput('focusAreaCode', `Unknown innsatsområde "${input.focusAreaCode}"`);
  }
}

/** The project a mutation changes: NOT_FOUND when it does not exist. */
async function projectOrFail(manager: EntityManager, id: string) {
  const project = await manager.findOneBy(Project, { id });
  if (!project) throw notFound('Project', id);
  return project;
}

@Resolver()
export class ProjectAdminResolver {
  @Mutation(() => Project, {
    description: 'Adds a project to the portfolio. Reporters only for their own organisation.',
  })
  async createProject(
    @Arg('input', () => CreateProjectInput) input: CreateProjectInput,
    @Ctx() context: Context,
  ) {
    const caller = requireWriteFor(context.principal, input.responsibleOrganisationId);
    validate.projectId('id', input.id);
    requireId('slug', 'responsibleOrganisationId', input.responsibleOrganisationId);
    requireId('code', 'focusAreaCode', input.focusAreaCode);
    const text = {
      name: trimmedText('name', input.name, 300),
      leader: trimmedText('leader', input.leader, 200),
    };
    validate.integerIn('priorityCategory', input.priorityCategory, 1, 2);
    return mutation(context, 'createProject', input, async (manager) => {
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
    });
  }

  @Mutation(() => Project, {
    description: 'Changes a project’s master data, with optimistic concurrency.',
  })
  async updateProject(
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
    @Ctx() context: Context,
  ) {
    requireRole(context.principal, 'reporter', 'admin');
    requireTargetId('project', 'Project', input.id);
    requireIdIfGiven('slug', 'responsibleOrganisationId', input.responsibleOrganisationId);
    requireIdIfGiven('code', 'focusAreaCode', input.focusAreaCode);
    const text = {
      name: trimmedText('name', input.name, 300),
      leader: trimmedText('leader', input.leader, 200),
    };
    validate.integerIn('priorityCategory', input.priorityCategory, 1, 2);
    return mutation(context, 'updateProject', input, async (manager) => {
      const project = await projectOrFail(manager, input.id);
      const caller = requireWriteFor(context.principal, project.responsibleOrganisationId);
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
    });
  }
}
