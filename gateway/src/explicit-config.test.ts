import { loadConfig, type RunningService } from '@ehelse/shared/runtime';
import { startGateway } from './gateway';

/**
 * The gateway applies the limits of the Config it is started with: MAX_BODY_BYTES in the
 * environment says otherwise, and is not what it goes by.
 */
describe('the gateway uses the config it is given, not the environment', () => {
  const saved = process.env.MAX_BODY_BYTES;
  let gateway: RunningService;
  beforeAll(async () => {
    process.env.MAX_BODY_BYTES = '10000000';
    gateway = await startGateway({
      config: loadConfig({ NODE_ENV: 'test', MAX_BODY_BYTES: '500' }),
      port: 0,
    });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.MAX_BODY_BYTES;
    else process.env.MAX_BODY_BYTES = saved;
    await gateway?.stop();
  });

  const post = (query: string) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });

  it('refuses a body larger than its config’s maxBodyBytes with 413', async () => {
    const padded = `{ __typename }${' '.repeat(1000)}`;
    const answer = await post(padded);
    expect(answer.status).toBe(413);
  });

  it('answers a body within it', async () => {
    const answer = await post('{ __typename }');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ data: { __typename: 'Query' } });
  });
});
