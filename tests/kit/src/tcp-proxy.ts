import net from 'node:net';

/**
 * A TCP proxy the test controls, to cut or stall a connection (to a subgraph or to
 * the database) without touching the real server behind it.
 */
export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private stalled = false;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(port = 0): Promise<number> {
    this.server = net.createServer((client) => this.pipe(client));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return this.port;
  }

  private pipe(client: net.Socket) {
    const upstream = net.connect(this.target);
    this.sockets.add(client).add(upstream);
    const forward = (from: net.Socket, to: net.Socket) =>
      from.on('data', (chunk) => {
        if (!this.stalled) to.write(chunk);
      });
    forward(client, upstream);
    forward(upstream, client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  }

  /** Swallows traffic: the peer waits, as with a hung server. */
  stall(stalled = true) {
    this.stalled = stalled;
  }

  /** Drops every connection and refuses new ones, as when the server goes away. */
  async cut() {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    this.server = null;
  }

  /** Accepts connections again on the same port. */
  async restore() {
    this.stalled = false;
    if (!this.server) await this.start(this.port);
  }

  stop() {
    return this.cut();
  }
}
