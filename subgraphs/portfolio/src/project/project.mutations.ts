import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type Context } from '@ehelse/shared/graphql';
import { mutation } from '@ehelse/shared/audit';
import { Project } from './project.entity';
import { CreateProjectInput, UpdateProjectInput } from './project.types';
import { createProject, updateProject } from './project.writes';

@Resolver()
export class ProjectMutations {
  @Authorized('reporter', 'admin')
  @Mutation(() => Project, {
    description: 'Adds a project to the portfolio. Reporters only for their own organisation.',
  })
  createProject(
    @Arg('input', () => CreateProjectInput) input: CreateProjectInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'createProject', input, createProject);
  }

  @Authorized('reporter', 'admin')
  @Mutation(() => Project, {
    description: 'Changes a project’s master data, with optimistic concurrency.',
  })
  updateProject(
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
    @Ctx() context: Context,
  ) {
    return mutation(context, 'updateProject', input, updateProject);
  }
}
