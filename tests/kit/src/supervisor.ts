import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePorts } from './free-ports';

const ROOT = path.join(__dirname, '..', '..', '..');

/** Whether `npm run build` (or `npx tsc -b`) has produced what scripts/start.js runs. */
export const built = [
  'gateway',
  'subgraphs/portfolio',
  'subgraphs/governance',
  'subgraphs/architecture',
].every((dir) => fs.existsSync(path.join(ROOT, dir, 'dist', 'main.js')));

export interface ServicePorts {
  gateway: number;
  portfolio: number;
  governance: number;
  architecture: number;
}

export const allocatePorts = async (): Promise<ServicePorts> => {
  const [gateway, portfolio, governance, architecture] = await freePorts(4);
  return { gateway, portfolio, governance, architecture };
};

export interface Supervisor {
  child: ChildProcess;
  ports: ServicePorts;
  gatewayUrl: string;
  /** Everything it and its services printed so far. */
  output(): string;
  exited: Promise<number | null>;
  /** Resolves once its output matches (checked at each chunk), or rejects after the timeout. */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** The pids the supervisor logged for a service, oldest first. */
  pidsOf(service: string): number[];
  /** SIGINT to its whole process group, as Ctrl-C in a terminal sends it. */
  interrupt(): void;
  /** Stops it (Ctrl-C) and waits; kills it if it does not stop in time. */
  stop(): Promise<void>;
}

/**
 * Runs `node scripts/start.js` as a person runs `npm start` after the build, in its own
 * process group (as a terminal's foreground job), on the given ports and environment.
 */
export function startSupervisor(ports: ServicePorts, env: Record<string, string>): Supervisor {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'start.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      GATEWAY_PORT: String(ports.gateway),
      PORTFOLIO_PORT: String(ports.portfolio),
      GOVERNANCE_PORT: String(ports.governance),
      ARCHITECTURE_PORT: String(ports.architecture),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const chunks: string[] = [];
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    chunks.push(chunk.toString());
    for (const listener of listeners) listener();
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const output = () => chunks.join('');

  const waitFor = (pattern: RegExp, timeoutMs = 90_000) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output().match(pattern);
        if (!match) return;
        done();
        resolve(match);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output().slice(-4000)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      exited.then(() => setTimeout(check, 50));
      check();
    });

  const supervisor: Supervisor = {
    child,
    ports,
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    output,
    exited,
    waitFor,
    pidsOf: (service) =>
      [
        ...output().matchAll(new RegExp(`\\[start\\] ${service} started \\(pid (\\d+)\\)`, 'g')),
      ].map((m) => Number(m[1])),
    interrupt: () => process.kill(-child.pid!, 'SIGINT'),
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      supervisor.interrupt();
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return supervisor;
}

export const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export const statusOf = async (url: string) => {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
};
