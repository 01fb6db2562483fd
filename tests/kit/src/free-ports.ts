import net from 'node:net';

/**
 * Ports the operating system has just handed out (each listened on with port 0, then
 * closed), so parallel suites and other programs on the machine never collide.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<net.Server>((resolve, reject) => {
          const server = net.createServer();
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as net.AddressInfo).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** One port the operating system has just handed out; for a server the test does not own. */
export const freePort = async (): Promise<number> => (await freePorts(1))[0];
