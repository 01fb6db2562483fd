import { getMetadataStorage } from 'type-graphql';
import { buildArchitectureSchema } from '@ehelse/architecture';
import { buildGovernanceSchema } from '@ehelse/governance';
import { buildPortfolioSchema } from '@ehelse/portfolio';

/**
 * `mutation()` refuses only an anonymous caller: who else may write is declared on each
 * mutation with @Authorized. A mutation without it would let any reader run the write, so
 * every mutation of the three subgraphs must name its roles, and none may name `reader`.
 */
describe('who may call each mutation', () => {
  it('is declared on every mutation, and is never a reader', async () => {
    await Promise.all([buildPortfolioSchema(), buildGovernanceSchema(), buildArchitectureSchema()]);
    const storage = getMetadataStorage();
    const rolesOf = (target: Function, field: string) => {
      const onField = storage.authorizedFields.find(
        (entry) => entry.target === target && entry.fieldName === field,
      );
      const onClass = storage.authorizedResolver.find((entry) => entry.target === target);
      return (onField ?? onClass)?.roles;
    };
    const declared = Object.fromEntries(
      storage.mutations.map((m) => [m.schemaName, rolesOf(m.target, m.methodName)]),
    );
    expect(Object.keys(declared).sort()).toEqual([
      'addAgendaItem',
      'assignMeasureResponsible',
      'createMeeting',
      'createProject',
      'endMembership',
      'importPortfolioCsv',
      'recordDecision',
      'recordFundingTransfer',
      'recordMembership',
      'reorderAgenda',
      'reportProjectStatus',
      'reverseFundingTransfer',
      'updateMilestoneStatus',
      'updateProject',
    ]);
    for (const [name, roles] of Object.entries(declared)) {
      expect({ name, declared: Array.isArray(roles) && roles.length > 0 }).toEqual({
        name,
        declared: true,
      });
      expect({ name, reader: (roles as string[]).includes('reader') }).toEqual({
        name,
        reader: false,
      });
    }
  });
});
