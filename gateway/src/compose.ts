import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPHS, loadConfig } from '@ehelse/shared';
import { subgraphSdl, subgraphUrl } from './subgraphs';

export const SUPERGRAPH_FILE = path.join(__dirname, '..', 'supergraph.graphql');

/** Composes the subgraphs' SDL into the static supergraph the gateway serves. */
export async function composeSupergraph(): Promise<string> {
  // The committed file names the default ports; deployments override the URLs at runtime.
  const defaults = loadConfig({});
  const services = [];
  for (const name of SUBGRAPHS) {
    services.push({
      name,
      url: subgraphUrl(name, defaults),
      typeDefs: parse(await subgraphSdl(name)),
    });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  }
  return result.supergraphSdl;
}

async function main() {
  const supergraph = await composeSupergraph();
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(SUPERGRAPH_FILE)
      ? fs.readFileSync(SUPERGRAPH_FILE, 'utf8')
      : '';
    if (committed !== supergraph) {
      console.error('gateway/supergraph.graphql is stale: run `npm run compose` and commit it.');
      process.exit(1);
    }
    console.log('gateway/supergraph.graphql is up to date.');
  } else {
    fs.writeFileSync(SUPERGRAPH_FILE, supergraph);
    console.log(`Wrote ${path.relative(process.cwd(), SUPERGRAPH_FILE)}.`);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
