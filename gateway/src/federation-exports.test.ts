import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { transformSync } from '@swc/core';

const swcOptions = require('../../scripts/swc-options');

/**
 * Runs federation-exports.ts in a plain Node process (jest keeps its own module registry,
 * where the module changes nothing), then what `check` says about the package's exports.
 */
function inNode(check: string): string {
  const source = fs.readFileSync(path.join(__dirname, 'federation-exports.ts'), 'utf8');
  const { code } = transformSync(source, { ...swcOptions, filename: 'federation-exports.ts' });
  return execFileSync(process.execPath, ['-e', `${code}\n${check}`], {
    cwd: __dirname,
    encoding: 'utf8',
  });
}

describe('Apollo Gateway’s internals, read as plain exports', () => {
  it('gives every later require of the package the same values as plain properties', () => {
    const report = JSON.parse(
      inNode(`
        const internals = require('@apollo/federation-internals');
        const names = Object.keys(internals);
        const getters = names.filter((n) => Object.getOwnPropertyDescriptor(internals, n).get);
        const definitions = require('@apollo/federation-internals/dist/definitions');
        console.log(JSON.stringify({
          names: names.length,
          getters: getters.length,
          sameAssert: internals.assert === require('@apollo/federation-internals/dist/utils').assert,
          sameIsNonNullType: internals.isNonNullType === definitions.isNonNullType,
          esModule: internals.__esModule === true,
        }));
      `),
    );
    expect(report.names).toBeGreaterThan(100);
    expect(report).toMatchObject({
      getters: 0,
      sameAssert: true,
      sameIsNonNullType: true,
      esModule: true,
    });
  });

  it('leaves Apollo Gateway working on the copy: it loads the supergraph and builds the API schema', () => {
    const answer = inNode(`
      const { ApolloGateway } = require('@apollo/gateway');
      const fs = require('node:fs');
      const supergraphSdl = fs.readFileSync(require.resolve('../supergraph.graphql'), 'utf8');
      const gateway = new ApolloGateway({ supergraphSdl });
      gateway.load().then(({ schema }) => {
        console.log(Object.keys(schema.getQueryType().getFields()).includes('projects'));
        return gateway.stop();
      });
    `);
    expect(answer.trim()).toBe('true');
  });
});
