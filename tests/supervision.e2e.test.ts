import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  allocatePorts,
  asAdmin,
  asReporter,
  BACKENDS,
  built,
  type GraphQLResponse,
  isAlive,
  postGraphQL,
  startSupervisor,
  statusOf,
  type Supervisor,
  testConfig,
} from '@ehelse/test-kit';

/**
 * `npm start` under fire: concurrent reporters write through the gateway while the portfolio
 * process is killed with SIGKILL again and again. The supervisor brings it back each time, the
 * gateway answers the other subgraphs' data meanwhile, and every write the API confirmed is
 * there afterwards with its audit event.
 */
const KILLS = 4;
// Confirmed writes to wait for before each kill (and after the last restart), so each kill
// lands among writes in progress.
const WRITES_BETWEEN_KILLS = 30;
const MAX_WRITES_PER_WRITER = 400;
const WRITERS = [
  { organisation: 'helse-vest-rhf', projectId: '161' },
  { organisation: 'helse-sor-ost-rhf', projectId: '142' },
  { organisation: 'helse-midt-norge-rhf', projectId: '111' },
  { organisation: 'helse-nord-rhf', projectId: '167' },
];
const STATUSES = ['GREEN', 'YELLOW', 'RED'];

const REPORT = `mutation($input: ReportProjectStatusInput!) {
  reportProjectStatus(input: $input) { id comment } }`;
const CROSS_DOMAIN = `{ project(id: "107") { name } council(id: "nasjonalt-e-helserad") { name } }`;
const HISTORY = `query($id: ID!, $after: String) { project(id: $id) {
  statusReportsConnection(first: 100, after: $after) {
    pageInfo { hasNextPage endCursor } edges { node { id comment } } } } }`;
const AUDIT = `query($after: String) { auditEvents(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor } edges { node { action entityId after } } } }`;

interface Confirmed {
  id: string;
  projectId: string;
  comment: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await pause(50);
  }
}

/** Every page of a connection, as its nodes. */
async function allNodes<T>(
  fetchPage: (after: string | null) => Promise<GraphQLResponse>,
  connectionOf: (data: any) => any,
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const response = await fetchPage(after);
    expect(response.errors).toBeUndefined();
    const connection = connectionOf(response.data);
    nodes.push(...connection.edges.map((edge: { node: T }) => edge.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('more pages than expected');
}

(built ? describe.each(BACKENDS) : describe.skip.each(BACKENDS))(
  'npm start while portfolio is killed with SIGKILL, on %s (run `npm run build` first)',
  (backend) => {
    let supervisor: Supervisor | undefined;
    afterAll(async () => {
      await supervisor?.stop();
    });

    it('restarts it each time, answers partial data meanwhile, and loses no confirmed write', async () => {
      const ports = await allocatePorts();
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-supervision-'));
      const env: Record<string, string> =
        backend === 'mysql'
          ? {
              DATABASE_URL: process.env.DATABASE_URL!,
              DATABASE_PREFIX: (await testConfig('mysql', 'supervision')).databasePrefix,
              DATA_DIR: dataDir,
            }
          : { DATABASE_URL: '', DATA_DIR: dataDir };
      const running = startSupervisor(ports, { ...env, LOG_LEVEL: 'warn' });
      supervisor = running;
      await running.waitFor(/ehelse-graph is up/, 120_000);

      const confirmed: Confirmed[] = [];
      const refusals: Record<string, number> = {};
      let writing = true;
      const writers = WRITERS.map(async ({ organisation, projectId }, writer) => {
        const headers = await asReporter(organisation);
        for (let n = 0; writing && n < MAX_WRITES_PER_WRITER; n++) {
          const comment = `supervision ${backend} writer ${writer} #${n}`;
          const input = { projectId, year: 2019, status: STATUSES[n % 3], comment };
          const result: GraphQLResponse = await postGraphQL(
            running.gatewayUrl,
            REPORT,
            { input },
            headers,
          ).catch((error: Error) => ({ errors: [{ message: error.message }] }));
          const report = result.data?.reportProjectStatus;
          if (report) {
            confirmed.push({ id: report.id, projectId, comment: report.comment });
          } else {
            const code = result.errors?.[0].extensions?.code ?? result.errors?.[0].message;
            refusals[code] = (refusals[code] ?? 0) + 1;
            await pause(50); // portfolio is down: do not spin
          }
        }
      });

      const partials: GraphQLResponse[] = [];
      try {
        for (let kill = 1; kill <= KILLS; kill++) {
          const before = confirmed.length;
          await until(
            () => confirmed.length >= before + WRITES_BETWEEN_KILLS,
            60_000,
            `writes before kill ${kill}`,
          );
          const pids = running.pidsOf('portfolio');
          const victim = pids[pids.length - 1];
          process.kill(victim, 'SIGKILL');
          await until(() => !isAlive(victim), 5_000, `pid ${victim} to die`);
          // The supervisor waits at least half a second before the restart: portfolio is down now.
          partials.push(await postGraphQL(running.gatewayUrl, CROSS_DOMAIN));
          await until(
            () => running.pidsOf('portfolio').length === pids.length + 1,
            60_000,
            'restart',
          );
          const next = running.pidsOf('portfolio')[pids.length];
          await running.waitFor(new RegExp(`portfolio ready \\(pid ${next}`), 60_000);
        }
        const before = confirmed.length;
        await until(
          () => confirmed.length >= before + WRITES_BETWEEN_KILLS,
          60_000,
          'writes after the last restart',
        );
      } finally {
        writing = false;
        await Promise.all(writers);
      }

      // Brought back each time, by the supervisor alone.
      const pids = running.pidsOf('portfolio');
      expect(pids).toHaveLength(KILLS + 1);
      expect(new Set(pids).size).toBe(KILLS + 1);
      expect(isAlive(pids[KILLS])).toBe(true);
      expect(running.output().match(/portfolio exited \(SIGKILL\)/g)).toHaveLength(KILLS);
      expect(await statusOf(`http://127.0.0.1:${ports.portfolio}/ready`)).toBe(200);
      for (const service of ['gateway', 'governance', 'architecture'])
        expect(running.pidsOf(service)).toHaveLength(1);

      // Partial data meanwhile: governance answered, portfolio's part was a coded error.
      expect(partials).toHaveLength(KILLS);
      for (const partial of partials) {
        expect(partial.data?.council).toEqual({ name: 'Nasjonalt e-helseråd' });
        expect(partial.data?.project).toBeNull();
        expect(partial.errors?.[0].extensions).toMatchObject({
          code: 'SUBGRAPH_UNAVAILABLE',
          subgraph: 'portfolio',
        });
      }

      // Every confirmed write is in the history, once, with one audit event.
      const history = new Map<string, number>();
      for (const { projectId } of WRITERS) {
        const reports = await allNodes<{ id: string; comment: string | null }>(
          (after) => postGraphQL(running.gatewayUrl, HISTORY, { id: projectId, after }),
          (data) => data.project.statusReportsConnection,
        );
        for (const report of reports)
          if (report.comment) history.set(report.comment, (history.get(report.comment) ?? 0) + 1);
      }
      const admin = await asAdmin();
      const events = await allNodes<{ action: string; after: { comment: string | null } }>(
        (after) => postGraphQL(running.gatewayUrl, AUDIT, { after }, admin),
        (data) => data.auditEvents,
      );
      const audited = new Map<string, number>();
      for (const event of events)
        if (event.action === 'reportProjectStatus' && event.after?.comment)
          audited.set(event.after.comment, (audited.get(event.after.comment) ?? 0) + 1);

      const missing = confirmed.filter((write) => history.get(write.comment) !== 1);
      const unaudited = confirmed.filter((write) => audited.get(write.comment) !== 1);
      console.log(
        `supervision on ${backend}: ${confirmed.length} writes confirmed, ${KILLS} kills, ` +
          `refused ${JSON.stringify(refusals)}; ${missing.length} missing, ${unaudited.length} without audit`,
      );
      expect(missing.map((write) => write.comment)).toEqual([]);
      expect(unaudited.map((write) => write.comment)).toEqual([]);
    }, 400_000);
  },
);
