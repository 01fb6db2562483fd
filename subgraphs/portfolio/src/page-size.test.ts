import { BACKENDS, type Harness, openHarness, testConfig } from '@ehelse/test-kit';
import { portfolioSubgraph } from './main';

/**
 * MAX_PAGE_SIZE reaches the resolvers through the request's context, not a global read at
 * import: a subgraph started with another setting pages by that setting.
 */
describe.each(BACKENDS)('the page size a subgraph is started with, on %s', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    const config = await testConfig(backend, 'portfolio_page_size');
    harness = await openHarness(
      portfolioSubgraph,
      { ...config, maxPageSize: 3 },
      backend === 'sqljs',
    );
  });
  afterAll(() => harness?.close());

  it('serves pages up to it and refuses a larger one, naming the maximum', async () => {
    const page = (first: number) =>
      harness.execute(`{ projects(first: ${first}) { edges { node { id } } } }`);
    const three = (await page(3)).result;
    expect(three.errors).toBeUndefined();
    expect((three.data as any).projects.edges).toHaveLength(3);
    const four = (await page(4)).result;
    expect(four.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
      maximum: 3,
    });
  });
});
