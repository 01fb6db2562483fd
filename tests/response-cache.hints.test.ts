import fs from 'node:fs';
import path from 'node:path';
import { parse, type ConstDirectiveNode, type DefinitionNode } from 'graphql';

const SUBGRAPHS = ['portfolio', 'governance', 'architecture'];
const sdlOf = (name: string) =>
  parse(fs.readFileSync(path.join(__dirname, '..', 'subgraphs', name, 'schema.graphql'), 'utf8'));

const hintOf = (directives: readonly ConstDirectiveNode[] = []) => {
  const hint = directives.find((d) => d.name.value === 'cacheControl');
  return hint
    ? Object.fromEntries(
        hint.arguments!.map((a) => [a.name.value, (a.value as { value: string }).value]),
      )
    : undefined;
};
const composite = (d: DefinitionNode) =>
  d.kind === 'ObjectTypeDefinition' || d.kind === 'InterfaceTypeDefinition';

describe('cache hints in the subgraph schemas', () => {
  it.each(SUBGRAPHS)(
    '%s: every type an answer can touch has one; roots and write results none',
    (name) => {
      const unhinted = sdlOf(name)
        .definitions.filter(composite)
        .filter((d) => !hintOf((d as { directives?: ConstDirectiveNode[] }).directives))
        .map((d) => (d as { name: { value: string } }).name.value);
      expect(unhinted.sort()).toEqual(
        name === 'portfolio'
          ? ['Mutation', 'PortfolioImport', 'PortfolioImportRow', 'Query']
          : ['Mutation', 'Query'],
      );
    },
  );

  it('makes what differs by caller private: the viewer, a reporter’s subject, the audit trail', () => {
    const types = new Map(
      SUBGRAPHS.flatMap((name) =>
        sdlOf(name)
          .definitions.filter(composite)
          .map((d) => [`${name}.${(d as { name: { value: string } }).name.value}`, d as any]),
      ),
    );
    expect(hintOf(types.get('portfolio.Viewer').directives)).toEqual({
      maxAge: '900',
      scope: 'PRIVATE',
    });
    for (const name of SUBGRAPHS)
      expect(hintOf(types.get(`${name}.AuditEvent`).directives)?.scope).toBe('PRIVATE');
    const reportedBy = types
      .get('portfolio.ProjectStatusReport')
      .fields.find((f: any) => f.name.value === 'reportedBy');
    expect(hintOf(reportedBy.directives)).toEqual({ scope: 'PRIVATE' });
    expect(hintOf(types.get('portfolio.Project').directives)).toEqual({ maxAge: '900' });
  });
});
