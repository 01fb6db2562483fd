import { randomUUID } from 'node:crypto';
import net from 'node:net';
import {
  asAdmin,
  asReporter,
  BACKENDS,
  postGraphQL,
  type Stack,
  startStack,
} from '@ehelse/test-kit';

/** Nested fields too: they are resolved again on a repeat, and must answer the same. */
const REPORT = `mutation($input: ReportProjectStatusInput!) {
  reportProjectStatus(input: $input) { id year status phase comment budget projectVersion reportedBy reportedAt
    costShares { funder { code } amount } project { id version status } reportingOrganisation { id } }
}`;
const HISTORY = `query($id: ID!) { project(id: $id) { version statusReportsConnection { totalCount } } }`;
const AUDIT = `{ auditEvents(first: 100) { edges { node { action entityId after } } } }`;

/** Whether an HTTP answer has arrived whole (by its content-length, or its last chunk). */
const answerComplete = (raw: string) => {
  const split = raw.indexOf('\r\n\r\n');
  if (split < 0) return false;
  const length = /content-length: (\d+)/i.exec(raw.slice(0, split));
  if (!length) return raw.endsWith('\r\n0\r\n\r\n');
  return Buffer.byteLength(raw.slice(split + 4)) >= Number(length[1]);
};

/**
 * A proxy that passes the request on and swallows the whole answer, then drops the client's
 * connection: the write committed, the client never heard. Keeps what it swallowed.
 */
async function answerDroppingProxy(target: URL) {
  const swallowed: Buffer[] = [];
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    client.pipe(upstream);
    upstream.on('data', (chunk) => {
      swallowed.push(chunk);
      if (answerComplete(Buffer.concat(swallowed).toString('utf8'))) client.destroy();
    });
    upstream.on('end', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    /** The GraphQL body of the answer the client never got. */
    swallowedBody() {
      const raw = Buffer.concat(swallowed).toString('utf8');
      const [head, ...rest] = raw.split('\r\n\r\n');
      const body = rest.join('\r\n\r\n');
      if (!/transfer-encoding: chunked/i.test(head)) return JSON.parse(body);
      let text = '';
      for (let at = 0; ;) {
        const end = body.indexOf('\r\n', at);
        const size = parseInt(body.slice(at, end), 16);
        if (!size) break;
        text += body.slice(end + 2, end + 2 + size);
        at = end + 2 + size + 2;
      }
      return JSON.parse(text);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(BACKENDS)('idempotent writes through the gateway on %s', (backend) => {
  let stack: Stack;
  let reporter: Record<string, string>;
  beforeAll(async () => {
    stack = await startStack(backend, 'idempotency_e2e');
    reporter = await asReporter('helse-vest-rhf');
  });
  afterAll(() => stack?.stop());

  const withKey = (key: string) => ({ ...reporter, 'idempotency-key': key });
  const history = async (id = '161') => (await stack.query(HISTORY, { id })).data.project;
  const auditCount = async (comment: string) =>
    (await stack.query(AUDIT, undefined, await asAdmin())).data.auditEvents.edges.filter(
      ({ node }: any) => node.action === 'reportProjectStatus' && node.after.comment === comment,
    ).length;
  const input = (comment: string) => ({
    projectId: '161',
    year: 2019,
    status: 'YELLOW',
    comment,
    budget: 139,
    costShares: [{ funder: 'RHF', amount: 139 }],
  });

  it('writes once for a key sent twice, and answers the same both times', async () => {
    const key = randomUUID();
    const before = await history();
    const first = await stack.query(REPORT, { input: input('sent twice') }, withKey(key));
    expect(first.errors).toBeUndefined();
    const again = await stack.query(REPORT, { input: input('sent twice') }, withKey(key));
    expect(again).toEqual(first);
    const after = await history();
    expect(after.statusReportsConnection.totalCount).toBe(
      before.statusReportsConnection.totalCount + 1,
    );
    expect(after.version).toBe(before.version + 1);
    expect(await auditCount('sent twice')).toBe(1);
  });

  it('writes once for a key sent many times at once', async () => {
    const key = randomUUID();
    const before = await history();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () =>
        stack.query(REPORT, { input: input('sent at once') }, withKey(key)),
      ),
    );
    expect(answers[0].errors).toBeUndefined();
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect((await history()).statusReportsConnection.totalCount).toBe(
      before.statusReportsConnection.totalCount + 1,
    );
    expect(await auditCount('sent at once')).toBe(1);
  });

  it('refuses the same key with another input as CONFLICT, writing nothing', async () => {
    const key = randomUUID();
    await stack.query(REPORT, { input: input('first input') }, withKey(key));
    const before = await history();
    const other = await stack.query(REPORT, { input: input('other input') }, withKey(key));
    expect(other.data).toBeNull();
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await history()).toEqual(before);
    expect(await auditCount('other input')).toBe(0);
  });

  it('writes again under a new key', async () => {
    const before = await history();
    await stack.query(REPORT, { input: input('new key') }, withKey(randomUUID()));
    await stack.query(REPORT, { input: input('new key') }, withKey(randomUUID()));
    expect((await history()).statusReportsConnection.totalCount).toBe(
      before.statusReportsConnection.totalCount + 2,
    );
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
  ])('refuses a key that is %s with BAD_USER_INPUT', async (_name, key) => {
    const before = await history();
    const refused = await stack.query(REPORT, { input: input('bad key') }, withKey(key));
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'Idempotency-Key',
    });
    expect(await history()).toEqual(before);
  });

  it('refuses a key on a request with several mutations, writing nothing', async () => {
    const before = await history();
    const refused = await stack.query(
      `mutation($a: ReportProjectStatusInput!, $b: ReportProjectStatusInput!) {
        a: reportProjectStatus(input: $a) { id } b: reportProjectStatus(input: $b) { id } }`,
      { a: input('several'), b: input('several') },
      withKey(randomUUID()),
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await history()).toEqual(before);
  });

  it('writes once when the answer was lost on the way and the client retries', async () => {
    const key = randomUUID();
    const before = await history();
    const proxy = await answerDroppingProxy(new URL(stack.gatewayUrl));
    try {
      await expect(
        postGraphQL(proxy.url, REPORT, { input: input('dropped') }, withKey(key)),
      ).rejects.toThrow();
      const retried = await stack.query(REPORT, { input: input('dropped') }, withKey(key));
      expect(retried.errors).toBeUndefined();
      expect(retried).toEqual(proxy.swallowedBody());
    } finally {
      await proxy.close();
    }
    expect((await history()).statusReportsConnection.totalCount).toBe(
      before.statusReportsConnection.totalCount + 1,
    );
    expect(await auditCount('dropped')).toBe(1);
  });

  it('writes once when the client gives up right after sending and retries', async () => {
    const key = randomUUID();
    const before = await history();
    const abandon = new AbortController();
    const first = fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...withKey(key) },
      body: JSON.stringify({ query: REPORT, variables: { input: input('abandoned') } }),
      signal: abandon.signal,
    });
    setTimeout(() => abandon.abort(), 5);
    // Usually aborted in flight; a fast answer before the abort changes nothing below.
    await first.catch(() => undefined);
    const retried = await stack.query(REPORT, { input: input('abandoned') }, withKey(key));
    expect(retried.errors).toBeUndefined();
    const repeated = await stack.query(REPORT, { input: input('abandoned') }, withKey(key));
    expect(repeated).toEqual(retried);
    expect((await history()).statusReportsConnection.totalCount).toBe(
      before.statusReportsConnection.totalCount + 1,
    );
    expect(await auditCount('abandoned')).toBe(1);
  });
});
