import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SUPERGRAPH_FILE } from '@ehelse/gateway';
import { freePort, postGraphQL, type Stack, startStack } from '@ehelse/test-kit';

/** Hive Gateway lives apart from the workspaces (tests/compat/hive); CI installs it with npm ci there. */
const HIVE_BIN = path.join(__dirname, 'compat', 'hive', 'node_modules', '.bin', 'hive-gateway');

const QUERIES = [
  `{ portfolioSummary(year: 2019) { projectCount netBudget byFunder { funder { code } amount } } }`,
  `{ project(id: "107") { name budget(year: 2019) { amount } agendaItems { number meeting { number date council { name } } } measures { code } } }`,
  `{ resultGoals { code measures { code responsible { name } implementedBy { id name } } } }`,
  `{ councils { name memberships(activeOn: "2022-09-21") { role person { name } organisation { name } } } }`,
];

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await postGraphQL(url, '{ __typename }');
      if (response.data) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`Hive Gateway did not answer at ${url}`);
}

(fs.existsSync(HIVE_BIN) ? describe : describe.skip)(
  'the supergraph served by Hive Gateway (run `npm ci --prefix tests/compat/hive` to enable)',
  () => {
    let stack: Stack;
    let hive: ChildProcess;
    let hiveUrl: string;

    beforeAll(async () => {
      stack = await startStack('sqljs', 'hive_compat');
      // The committed supergraph names the default ports; point it at this test's subgraphs.
      let supergraph = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
      for (const [name, url] of Object.entries(stack.subgraphUrls)) {
        supergraph = supergraph.replace(new RegExp(`(name: "${name}", url: ")[^"]+"`), `$1${url}"`);
      }
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-hive-'));
      const file = path.join(dir, 'supergraph.graphql');
      fs.writeFileSync(file, supergraph);
      const port = await freePort();
      hiveUrl = `http://127.0.0.1:${port}/graphql`;
      hive = spawn(HIVE_BIN, ['supergraph', file, '--port', String(port), '--host', '127.0.0.1'], {
        stdio: 'ignore',
      });
      await waitFor(hiveUrl, 60_000);
    }, 120_000);
    afterAll(async () => {
      hive?.kill('SIGTERM');
      await stack?.stop();
    });

    it.each(QUERIES)('answers exactly as our gateway: %s', async (query) => {
      const ours = await stack.query(query);
      const theirs = await postGraphQL(hiveUrl, query);
      expect(ours.errors).toBeUndefined();
      expect(theirs.errors).toBeUndefined();
      expect(theirs.data).toEqual(ours.data);
    });
  },
);
