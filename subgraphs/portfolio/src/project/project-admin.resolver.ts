import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import {
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
import { FundingTransfer } from './funding-transfer.entity';
import { Project } from './project.entity';
import {
  CreateProjectInput,
  RecordFundingTransferInput,
  UpdateProjectInput,
} from './project-admin.input';

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

/** A project an input refers to: an unknown one is the caller's mistake in that field. */
async function projectInInput(manager: EntityManager, field: string, id: string) {
  const project = await manager.findOneBy(Project, { id });
  if (!project) throw badInput(field, `Unknown project "${id}"`);
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
    validate.text('name', input.name, 300, true);
    validate.text('leader', input.leader, 200);
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
        leader: input.leader ?? null,
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
    validate.text('name', input.name, 300);
    validate.text('leader', input.leader, 200);
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
      const { id: _id, expectedVersion, ...changes } = input;
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

  @Mutation(() => FundingTransfer, {
    description: 'Records money one project passes on to another for a year.',
  })
  async recordFundingTransfer(
    @Arg('input', () => RecordFundingTransferInput) input: RecordFundingTransferInput,
    @Ctx() context: Context,
  ) {
    requireRole(context.principal, 'reporter', 'admin');
    validate.year('year', input.year);
    validate.money('amount', input.amount);
    if (input.amount <= 0) throw badInput('amount', 'A transfer moves more than 0 MNOK');
    if (input.fromProjectId === input.toProjectId)
      throw badInput('toProjectId', 'A project cannot transfer to itself');
    return mutation(context, 'recordFundingTransfer', input, async (manager) => {
      // The transfer is what is written; the two projects are ids in its input.
      const from = await projectInInput(manager, 'fromProjectId', input.fromProjectId);
      await projectInInput(manager, 'toProjectId', input.toProjectId);
      const caller = requireWriteFor(context.principal, from.responsibleOrganisationId);
      const transfer = manager.create(FundingTransfer, input);
      await manager.save(transfer);
      await recordAudit(manager, caller, {
        action: 'recordFundingTransfer',
        entityType: 'FundingTransfer',
        entityId: String(transfer.id),
        before: null,
        after: { ...input },
      });
      return transfer;
    });
  }
}
