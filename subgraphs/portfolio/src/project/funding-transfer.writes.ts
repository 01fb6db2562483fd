import type { EntityManager } from 'typeorm';
import {
  badInput,
  conflict,
  notFound,
  requireWriteFor,
  unknownReference,
} from '@ehelse/shared/runtime';
import { requireId, validate } from '@ehelse/shared/graphql';
import { defineWrite, forUpdate, recordAudit, updateAtVersion } from '@ehelse/shared/audit';
import { FundingTransfer } from './funding-transfer.entity';
import type {
  RecordFundingTransferInput,
  ReverseFundingTransferInput,
} from './funding-transfer.types';
import { Project } from './project.entity';
import { requireTransferable } from './transfer-limits';

const MAX_REASON = 500;
const TRANSFER_NUMBER = /^[1-9][0-9]{0,9}$/;

/**
 * A project a transfer names, locked on MySQL: the checks after it then see what every
 * earlier transfer from it committed, and concurrent ones wait their turn.
 */
async function lockedProject(manager: EntityManager, field: string, id: string) {
  const project = await manager.findOne(Project, { where: { id }, ...forUpdate(manager) });
  if (!project) throw unknownReference(field, 'project', id);
  return project;
}

/**
 * Records money one project passes on to another for a year: a reporter only from its
 * own organisation's projects, never more than the source project has left that year.
 * Bumps the source project's version.
 */
export const recordFundingTransfer = defineWrite({
  check(_caller, input: RecordFundingTransferInput) {
    requireId('project', 'fromProjectId', input.fromProjectId);
    requireId('project', 'toProjectId', input.toProjectId);
    validate.year('year', input.year);
    validate.money('amount', input.amount);
    if (input.amount <= 0) throw badInput('amount', 'A transfer moves more than 0 MNOK');
    if (input.fromProjectId === input.toProjectId)
      throw badInput('toProjectId', 'A project cannot transfer to itself');
  },
  async run(manager, caller, input): Promise<FundingTransfer> {
    const from = await lockedProject(manager, 'fromProjectId', input.fromProjectId);
    if (!(await manager.findOneBy(Project, { id: input.toProjectId })))
      throw unknownReference('toProjectId', 'project', input.toProjectId);
    requireWriteFor(caller, from.responsibleOrganisationId);
    // The version first: a stale client is told CONFLICT, not what the project has left.
    const version = await updateAtVersion(
      manager,
      Project,
      { id: from.id },
      from,
      {},
      input.expectedVersion,
    );
    await requireTransferable(manager, from.id, input.year, input.amount);
    const { expectedVersion: _version, ...fields } = input;
    const transfer = manager.create(FundingTransfer, {
      ...fields,
      reversedAt: null,
      reversalReason: null,
    });
    await manager.save(transfer);
    await recordAudit(manager, caller, {
      action: 'recordFundingTransfer',
      entityType: 'FundingTransfer',
      entityId: String(transfer.id),
      before: null,
      after: { ...fields, id: transfer.id, fromProjectVersion: version },
    });
    return transfer;
  },
});

/**
 * Reverses a recorded transfer (tilbakeføring): it is kept, marked reversed with the
 * reason, and counts in no total from then on. Bumps the source project's version.
 */
export const reverseFundingTransfer = defineWrite({
  check(_caller, input: ReverseFundingTransferInput) {
    if (!TRANSFER_NUMBER.test(input.transferId))
      throw badInput('transferId', `"${input.transferId}" is not a transfer number`);
    validate.text('reason', input.reason.trim(), MAX_REASON, true);
  },
  async run(manager, caller, input): Promise<FundingTransfer> {
    const reason = input.reason.trim();
    const id = Number(input.transferId);
    const transfer = await manager.findOne(FundingTransfer, {
      where: { id },
      ...forUpdate(manager),
    });
    if (!transfer) throw notFound('FundingTransfer', input.transferId);
    if (transfer.reversedAt !== null)
      throw conflict(`Transfer ${id} was already reversed at ${transfer.reversedAt}`);
    const from = await lockedProject(manager, 'transferId', transfer.fromProjectId);
    const version = await updateAtVersion(
      manager,
      Project,
      { id: from.id },
      from,
      {},
      input.expectedVersion,
    );
    const after = { ...transfer, reversedAt: new Date().toISOString(), reversalReason: reason };
    await manager.update(
      FundingTransfer,
      { id },
      { reversedAt: after.reversedAt, reversalReason: reason },
    );
    await recordAudit(manager, caller, {
      action: 'reverseFundingTransfer',
      entityType: 'FundingTransfer',
      entityId: String(id),
      before: { ...transfer },
      after: { ...after, fromProjectVersion: version },
    });
    return after;
  },
});
