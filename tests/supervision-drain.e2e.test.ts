import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { allocatePorts, built, isAlive, postGraphQL, startSupervisor } from '@ehelse/test-kit';

/**
 * Ctrl-C in a terminal signals the whole foreground process group. The services run in
 * groups of their own, so only the supervisor hears it: it stops the gateway, which finishes
 * the requests in flight (still calling the subgraphs), and only then the subgraphs.
 */
const IN_FLIGHT = 20;
// Touches all three subgraphs and takes a few hundred milliseconds: still running at the signal.
const ACROSS_ALL = `{ projects(first: 100) { totalCount edges { node { name
  budget(year: 2019) { amount costShares { amount funder { name } } }
  agendaItems { number meeting { number } } measures { code title } } } } }`;

(built ? describe : describe.skip)('Ctrl-C on npm start', () => {
  it('finishes the requests in flight, then stops the subgraphs, leaving no process behind', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ehelse-drain-'));
    const supervisor = startSupervisor(await allocatePorts(), {
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    });
    try {
      await supervisor.waitFor(/ehelse-graph is up/, 120_000);
      const answeredAt: number[] = [];
      const inFlight = Array.from({ length: IN_FLIGHT }, () =>
        postGraphQL(supervisor.gatewayUrl, ACROSS_ALL).then(
          (answer) => {
            answeredAt.push(Date.now());
            return answer;
          },
          // Never read by the gateway before it closed: nothing happened, the client may retry.
          () => 'not received' as const,
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const interruptedAt = Date.now();
      supervisor.interrupt();
      const outcomes = await Promise.all(inFlight);

      // A request the gateway took is answered whole: no SUBGRAPH_UNAVAILABLE, no reset.
      const answers = outcomes.filter((o) => o !== 'not received');
      expect(answers.map((a) => a.errors)).toEqual(answers.map(() => undefined));
      for (const answer of answers) expect(answer.data.projects.totalCount).toBe(52);
      // And some were still running when Ctrl-C came: drained, not merely done before it.
      expect(answeredAt.filter((t) => t > interruptedAt).length).toBeGreaterThan(0);
      console.log(
        `drain: ${answers.length} of ${IN_FLIGHT} answered whole, ` +
          `${answeredAt.filter((t) => t > interruptedAt).length} of them after Ctrl-C`,
      );

      expect(await supervisor.exited).toBe(0);
      const log = supervisor.output();
      expect(log.indexOf('gateway stopped')).toBeGreaterThan(-1);
      expect(log.indexOf('gateway stopped')).toBeLessThan(log.indexOf('subgraphs stopped'));
      expect(log).not.toMatch(/exited \(|killing it/);
      for (const name of ['gateway', 'portfolio', 'governance', 'architecture'])
        for (const pid of supervisor.pidsOf(name)) expect(isAlive(pid)).toBe(false);
    } finally {
      await supervisor.stop();
    }
  }, 180_000);
});
