import {
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Table,
  type EntityManager,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import {
  Args,
  Authorized,
  Ctx,
  Directive,
  Field,
  ID,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Principal } from './auth';
import { privateData } from './cache-control';
import type { Context } from './context';
import { CONNECTION_LIST_SIZE, ConnectionType, PageArgs, connectionFromQuery } from './pagination';

const JSON_TEXT = {
  to: (value: object | null | undefined) =>
    value === undefined ? undefined : JSON.stringify(value),
  from: (value: string | null) => (value ? JSON.parse(value) : null),
};

/**
 * One accepted change: who (subject, organisation), when, what, before and after.
 * Written in the same transaction as the change, in the database of the subgraph that made it.
 */
@Entity('audit_event')
@ObjectType({
  description: 'An accepted change (endringslogg): who made it, when, what, before and after.',
})
@Directive('@shareable')
// Admins only: an answer is kept for the admin who asked, never shared with another caller.
@privateData()
export class AuditEvent {
  @PrimaryGeneratedColumn()
  @Field(() => ID, { description: 'Sequence number within the subgraph that recorded it.' })
  id: number;

  @Index()
  @Column({ name: 'occurred_at', type: 'varchar', length: 30 })
  @Field({ description: 'When (tidspunkt), ISO 8601 UTC.' })
  occurredAt: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Token subject of the caller (hvem).' })
  subject: string;

  @Column({ type: 'varchar', length: 20 })
  @Field({ description: 'The caller’s role: reporter or admin.' })
  role: string;

  @Column({ name: 'organisation_id', type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The organisation the caller acts for.' })
  organisationId: string | null;

  @Column({ type: 'varchar', length: 60 })
  @Field({ description: 'The mutation, e.g. "reportProjectStatus".' })
  action: string;

  @Index(['entityType', 'entityId'])
  @Column({ name: 'entity_type', type: 'varchar', length: 60 })
  @Field({ description: 'Type of what changed, e.g. "Project".' })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 100 })
  @Field({ description: 'Id of what changed.' })
  entityId: string;

  @Column({ name: 'state_before', type: 'text', nullable: true, transformer: JSON_TEXT })
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'State before the change (før); null for a creation.',
  })
  before: object | null;

  @Column({ name: 'state_after', type: 'text', nullable: true, transformer: JSON_TEXT })
  @Field(() => GraphQLJSON, { nullable: true, description: 'State after the change (etter).' })
  after: object | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before: object | null;
  after: object | null;
}

/** Records an accepted change inside the caller's transaction. */
export async function recordAudit(manager: EntityManager, principal: Principal, entry: AuditEntry) {
  await manager.insert(AuditEvent, {
    ...entry,
    occurredAt: new Date().toISOString(),
    subject: principal.subject,
    role: principal.role,
    organisationId: principal.organisationId,
  });
}

export const AuditEventConnection = ConnectionType(
  'AuditEvent',
  AuditEvent,
  'A page of the audit trail, newest first.',
  { shareable: true },
);

/** The audit-trail query of one subgraph, for admins; each subgraph names its own root field. */
export function auditResolver(queryName: string, domain: string) {
  @Resolver(() => AuditEvent)
  class AuditResolver {
    @Authorized('admin')
    @Directive(CONNECTION_LIST_SIZE)
    @Query(() => AuditEventConnection, {
      name: queryName,
      description: `The audit trail (endringslogg) of ${domain} writes, newest first. Admin only.`,
    })
    async events(@Args() pageArgs: PageArgs, @Ctx() { dataSource, config }: Context) {
      return connectionFromQuery(
        pageArgs,
        () =>
          dataSource
            .getRepository(AuditEvent)
            .createQueryBuilder('event')
            .orderBy('event.id', 'DESC'),
        config.maxPageSize,
      );
    }
  }
  return AuditResolver;
}

/** The audit table, added to each subgraph's migrations. */
export class AuditTrail1732500000000 implements MigrationInterface {
  name = 'AuditTrail1732500000000';

  async up(runner: QueryRunner): Promise<void> {
    const text = (name: string, length: number, isNullable = false) => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable,
    });
    await runner.createTable(
      new Table({
        name: 'audit_event',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          text('occurred_at', 30),
          text('subject', 200),
          text('role', 20),
          text('organisation_id', 100, true),
          text('action', 60),
          text('entity_type', 60),
          text('entity_id', 100),
          { name: 'state_before', type: 'text', isNullable: true },
          { name: 'state_after', type: 'text', isNullable: true },
        ],
        indices: [{ columnNames: ['occurred_at'] }, { columnNames: ['entity_type', 'entity_id'] }],
      }),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropTable('audit_event');
  }
}
