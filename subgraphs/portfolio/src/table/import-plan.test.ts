import type { Principal } from '@ehelse/shared/runtime';
import { ProjectPhase, StatusColour } from '../project/project-enums';
import type { ProjectRow } from '../seed';
import { planImport, type StoredProject } from './import-plan';

const admin: Principal = { subject: 'a', role: 'admin', organisationId: null };
const vest: Principal = { subject: 'r', role: 'reporter', organisationId: 'helse-vest-rhf' };

const row = (changes: Partial<ProjectRow> = {}, budget = 139): ProjectRow => ({
  id: '161',
  name: 'Heliks',
  responsibleOrganisationId: 'helse-vest-rhf',
  leader: 'Herlof Nilsen',
  phase: ProjectPhase.EXECUTION,
  status: StatusColour.YELLOW,
  priorityCategory: 2,
  focusAreaCode: '1.1',
  budgets: [{ year: 2019, amount: budget, costShares: [{ funder: 'RHF', amount: budget }] }],
  ...changes,
});
const stored = (organisation = 'helse-vest-rhf'): StoredProject => ({
  project: { ...row(), responsibleOrganisationId: organisation, version: 3 },
  budget: 139,
  shares: [{ funderCode: 'RHF', amount: 139 }],
});
const plan = (caller: Principal, rows: ProjectRow[], current: [string, StoredProject][]) =>
  planImport(caller, rows, new Map(rows.map((r, i) => [r.id, i + 2])), new Map(current));

describe('planning an import', () => {
  it('leaves an identical row and a blank colour alone', () => {
    expect(plan(admin, [row()], [['161', stored()]]).diffs).toEqual([
      { row: 2, projectId: '161', outcome: 'UNCHANGED', changedFields: [] },
    ]);
    expect(plan(admin, [row({ status: null })], [['161', stored()]]).updates).toEqual([]);
  });

  it('names the fields that differ and marks a colour change for the history', () => {
    const { diffs, updates } = plan(
      admin,
      [row({ status: StatusColour.RED, leader: 'Ny' }, 140)],
      [['161', stored()]],
    );
    expect(diffs[0]).toMatchObject({
      outcome: 'UPDATED',
      changedFields: ['leader', 'status', 'budget', 'costShares'],
    });
    expect(updates[0].statusChange).toBe(true);
  });

  it('refuses cost shares that do not add up to the budget', () => {
    const bad = row();
    bad.budgets[0].amount = 140;
    expect(plan(admin, [bad], [['161', stored()]]).errors).toEqual([
      expect.objectContaining({ row: 2, column: 'Budsjett (MNOK)' }),
    ]);
  });

  it('lets a reporter write its own organisation’s rows only', () => {
    expect(plan(vest, [row({ leader: 'Ny' })], [['161', stored()]]).errors).toEqual([]);
    expect(plan(vest, [row()], [['161', stored('helse-nord-rhf')]]).errors).toEqual([
      expect.objectContaining({ row: 2, column: 'ID' }),
    ]);
    expect(
      plan(vest, [row({ id: 'new', responsibleOrganisationId: 'helse-nord-rhf' })], []).errors,
    ).toEqual([expect.objectContaining({ row: 2, column: 'Ansvarlig virksomhet' })]);
  });
});
