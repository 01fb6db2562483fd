import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// The compose step of `npm run compose` (scripts/compose.js), on the committed files and on a
// copy where governance describes a stub unlike its owner.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { compose, SUPERGRAPH } = require('../scripts/compose.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { supergraphConfig } = require('../scripts/supergraph-config.js');

const root = path.join(__dirname, '..');

describe('composition from the committed subgraph schemas', () => {
  it('composes them without errors or hints into the committed supergraph', () => {
    const { supergraphSdl, problems } = compose(supergraphConfig());
    expect(problems).toEqual([]);
    expect(supergraphSdl).toBe(fs.readFileSync(SUPERGRAPH, 'utf8'));
  });

  it('fails on a hint: a stub described differently from its owner', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'compose-'));
    try {
      for (const name of ['portfolio', 'governance', 'architecture']) {
        fs.mkdirSync(path.join(dir, name));
        const sdl = fs.readFileSync(path.join(root, 'subgraphs', name, 'schema.graphql'), 'utf8');
        const changed =
          name === 'governance'
            ? sdl.replace(
                'A project or programme (prosjekt/program) in the national e-health portfolio.\n"""\ntype Project',
                'A portfolio project, as governance sees it.\n"""\ntype Project',
              )
            : sdl;
        if (name === 'governance') expect(changed).not.toBe(sdl);
        fs.writeFileSync(path.join(dir, name, 'schema.graphql'), changed);
      }
      const config = fs
        .readFileSync(path.join(root, 'gateway', 'supergraph.yaml'), 'utf8')
        .replace(/\.\.\/subgraphs\//g, './');
      fs.writeFileSync(path.join(dir, 'supergraph.yaml'), config);
      const { problems } = compose(supergraphConfig(path.join(dir, 'supergraph.yaml')));
      expect(problems).toEqual([
        expect.stringMatching(/^hint INCONSISTENT_DESCRIPTION: .*"Project"/),
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
