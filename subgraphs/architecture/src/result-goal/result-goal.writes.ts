import type { EntityManager } from 'typeorm';
import { badInput, notFound, type Principal, unknownReference } from '@ehelse/shared/runtime';
import { requireTargetId, validate } from '@ehelse/shared/graphql';
import { isRegisteredOrganisation } from '@ehelse/shared/db';
import { defineWrite, recordAudit, updateAtVersion } from '@ehelse/shared/audit';
import { MeasureOrganisation } from './measure-links.entity';
import { Measure } from './measure.entity';
import { Milestone } from './milestone.entity';
import type {
  AssignMeasureResponsibleInput,
  UpdateMilestoneStatusInput,
} from './result-goal.types';

/** The plan has at most nine tiltak per resultatmål; anything near this bound is a typo. */
const MAX_MEASURES = 1000;
/** What the plan prints for a tiltak without a responsible. */
const UNASSIGNED_TEXT = '?';

const milestoneState = (m: Milestone) => ({
  status: m.status,
  statusDerived: m.statusDerived,
  measuresStarted: m.measuresStarted,
  measuresTotal: m.measuresTotal,
  version: m.version,
});

const measureState = (m: Measure, organisationIds: string[]) => ({
  responsibleOrganisationId: m.responsibleOrganisationId,
  responsibleOrganisationIds: organisationIds,
  responsibleText: m.responsibleText,
  version: m.version,
});

function validateOrganisationId(organisationId: string | null | undefined) {
  if (organisationId === undefined) {
    throw badInput('organisationId', 'Give organisationId, or null to leave the tiltak unassigned');
  }
  if (organisationId === null) return;
  validate.organisationId('organisationId', organisationId);
  // Measure.responsibleOrganisations lists non-null organisations: an id the register lacks
  // would break every list of tiltak that selects them.
  if (!isRegisteredOrganisation(organisationId))
    throw unknownReference('organisationId', 'organisation', organisationId);
}

/** Sets a milestone's status and tiltak counts, with its audit event. */
export const updateMilestoneStatus = defineWrite({
  check(_caller: Principal, input: UpdateMilestoneStatusInput) {
    validate.text('milestoneCode', input.milestoneCode, 10, true);
    requireTargetId('code', 'Milestone', input.milestoneCode);
    validate.integerIn('measuresStarted', input.measuresStarted, 0, MAX_MEASURES);
    validate.integerIn('measuresTotal', input.measuresTotal, 0, MAX_MEASURES);
  },
  async run(manager: EntityManager, caller: Principal, input: UpdateMilestoneStatusInput) {
    const milestone = await manager.findOneBy(Milestone, { code: input.milestoneCode });
    if (!milestone) throw notFound('Milestone', input.milestoneCode);
    const started = input.measuresStarted ?? milestone.measuresStarted;
    const total = input.measuresTotal ?? milestone.measuresTotal;
    if (started !== null && total !== null && started > total) {
      const field = input.measuresStarted != null ? 'measuresStarted' : 'measuresTotal';
      throw badInput(
        field,
        `${started} tiltak started cannot exceed the ${total} tiltak of the milestone`,
      );
    }
    const changes = {
      status: input.status,
      statusDerived: false,
      measuresStarted: started,
      measuresTotal: total,
    };
    const key = { code: milestone.code };
    await updateAtVersion(manager, Milestone, key, milestone, changes, input.expectedVersion);
    const updated = await manager.findOneByOrFail(Milestone, key);
    await recordAudit(manager, caller, {
      action: 'updateMilestoneStatus',
      entityType: 'Milestone',
      entityId: milestone.code,
      before: milestoneState(milestone),
      after: milestoneState(updated),
    });
    return updated;
  },
});

/** Names the organisation responsible for a tiltak, or none, with its audit event. */
export const assignMeasureResponsible = defineWrite({
  check(_caller: Principal, input: AssignMeasureResponsibleInput) {
    validate.text('measureCode', input.measureCode, 20, true);
    requireTargetId('code', 'Measure', input.measureCode);
    validateOrganisationId(input.organisationId);
    if (input.responsibleText != null) {
      validate.text('responsibleText', input.responsibleText, 100, true);
    }
  },
  async run(manager: EntityManager, caller: Principal, input: AssignMeasureResponsibleInput) {
    const measure = await manager.findOneBy(Measure, { code: input.measureCode });
    if (!measure) throw notFound('Measure', input.measureCode);
    const links = await manager.find(MeasureOrganisation, {
      where: { measureCode: measure.code },
      order: { position: 'ASC' },
    });
    const organisationId = input.organisationId ?? null;
    const key = { code: measure.code };
    const changes = {
      responsibleOrganisationId: organisationId,
      responsibleText: input.responsibleText ?? organisationId ?? UNASSIGNED_TEXT,
    };
    // The version update comes first: a concurrent writer waits there, before touching the links.
    await updateAtVersion(manager, Measure, key, measure, changes, input.expectedVersion);
    await manager.delete(MeasureOrganisation, { measureCode: measure.code });
    if (organisationId) {
      await manager.insert(MeasureOrganisation, {
        measureCode: measure.code,
        organisationId,
        position: 0,
      });
    }
    const updated = await manager.findOneByOrFail(Measure, key);
    await recordAudit(manager, caller, {
      action: 'assignMeasureResponsible',
      entityType: 'Measure',
      entityId: measure.code,
      before: measureState(
        measure,
        links.map((link) => link.organisationId),
      ),
      after: measureState(updated, organisationId ? [organisationId] : []),
    });
    return updated;
  },
});
