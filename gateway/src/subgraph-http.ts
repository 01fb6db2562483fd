import http from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/** Raised when a subgraph has not answered within the time limit. */
export class SubgraphTimeout extends Error {
  override readonly name = 'TimeoutError';
}

/** A subgraph's whole answer, read into memory, as Apollo's data source reads a fetch Response. */
class SubgraphResponse implements FetcherResponse {
  readonly ok: boolean;
  readonly redirected = false;
  bodyUsed = false;

  constructor(
    readonly url: string,
    readonly status: number,
    readonly statusText: string,
    readonly headers: ResponseHeaders,
    private readonly body: Buffer,
  ) {
    this.ok = status >= 200 && status < 300;
  }

  async text() {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }
  async json() {
    return JSON.parse(await this.text());
  }
  async arrayBuffer() {
    this.bodyUsed = true;
    const { buffer, byteOffset, byteLength } = this.body;
    return buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer;
  }
  clone() {
    return new SubgraphResponse(this.url, this.status, this.statusText, this.headers, this.body);
  }
}

/**
 * The answer's headers, read-only: Apollo reads two of them (content-type, cache-control),
 * and the WHATWG Headers class validates and normalises every one on construction.
 */
class ResponseHeaders implements Iterable<[string, string]> {
  private readonly byName = new Map<string, string>();
  constructor(raw: string[]) {
    for (let i = 0; i < raw.length; i += 2) {
      const name = raw[i].toLowerCase();
      const known = this.byName.get(name);
      this.byName.set(name, known === undefined ? raw[i + 1] : `${known}, ${raw[i + 1]}`);
    }
  }
  get(name: string) {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string) {
    return this.byName.has(name.toLowerCase());
  }
  entries() {
    return this.byName.entries();
  }
  keys() {
    return this.byName.keys();
  }
  values() {
    return this.byName.values();
  }
  [Symbol.iterator]() {
    return this.byName.entries();
  }
  append(): never {
    throw new Error("A subgraph answer's headers are read-only");
  }
  set(): never {
    return this.append();
  }
  delete(): never {
    return this.append();
  }
}

/**
 * POSTs to the subgraphs over node:http with a keep-alive pool of its own. Global fetch
 * (undici's WHATWG layer: Request objects, web streams, an AbortSignal per call) was a fifth
 * of the gateway's CPU per request; undici's own lower-level client is not installed, and
 * node:http is the maintained core client. One timer per request bounds its whole duration.
 */
/** A kept-alive connection the subgraph closed just as this request went out on it. */
const closedWhileIdle = (error: NodeJS.ErrnoException, request: http.ClientRequest) =>
  request.reusedSocket && (error.code === 'ECONNRESET' || error.code === 'EPIPE');

/** Reads (not writes) may be sent again: the body is Apollo's `{"query":"...", ...}`. */
const isRead = (body: string | Buffer) => !/^\{"query":"\s*mutation\b/.test(String(body));

export function subgraphHttpClient(options: { timeoutMs: number; maxSockets?: number }) {
  const agent = new http.Agent({
    keepAlive: true,
    // Enough for the gateway's concurrency towards one subgraph; idle ones are kept for reuse.
    maxSockets: options.maxSockets ?? 128,
    maxFreeSockets: options.maxSockets ?? 128,
    scheduling: 'lifo',
    // An idle connection is dropped well before the subgraph's own 5 s keep-alive ends: a
    // busy subgraph's timer can fire late and reset a connection a request was just sent on.
    timeout: 2_000,
  });
  const send = (url: string, init: FetcherRequestInit, retry: boolean) =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const body = init.body ?? '';
      const request = http.request(url, {
        agent,
        method: init.method ?? 'POST',
        headers: { ...init.headers, 'content-length': String(Buffer.byteLength(body)) },
      });
      const timer = setTimeout(() => {
        request.destroy(new SubgraphTimeout(`no answer within ${options.timeoutMs} ms`));
      }, options.timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      request.once('error', (error: NodeJS.ErrnoException) => {
        // Nothing was answered on that connection: a read goes out once more, on another one.
        if (retry && closedWhileIdle(error, request) && isRead(body)) {
          clearTimeout(timer);
          resolve(send(url, init, false));
        } else fail(error);
      });
      request.once('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.once('error', fail);
        response.once('aborted', () => fail(new Error('the subgraph closed the connection')));
        response.once('end', () => {
          clearTimeout(timer);
          resolve(
            new SubgraphResponse(
              url,
              response.statusCode ?? 0,
              response.statusMessage ?? '',
              new ResponseHeaders(response.rawHeaders),
              chunks.length === 1 ? chunks[0] : Buffer.concat(chunks),
            ),
          );
        });
      });
      request.end(body);
    });
  const fetcher = (url: string, init: FetcherRequestInit = {}) => send(url, init, true);
  return { fetcher, close: () => agent.destroy() };
}
