import {
  connectionFromList,
  encodeCursor,
  pageRequestOf,
  windowOf,
  type PageArgs,
} from './pagination';

describe('Relay pagination', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];
  const pageOf = (args: PageArgs, max = 100) => windowOf(pageRequestOf(args, max), items.length);

  it('defaults to the first 20 items', () => {
    expect(pageRequestOf({}, 100)).toMatchObject({ start: 0, first: 20, last: null });
  });

  it('continues after the cursor of the last item', () => {
    const first = connectionFromList(items, { first: 2 }, 100);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(pageOf({ first: 2, after: first.pageInfo.endCursor! })).toEqual({ offset: 2, limit: 2 });
    const next = connectionFromList(items, { first: 2, after: first.pageInfo.endCursor! }, 100);
    const last = connectionFromList(items, { first: 2, after: next.pageInfo.endCursor! }, 100);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.edges.map((e) => e.node)).toEqual(['e']);
  });

  it('refuses a page larger than the maximum, or negative', () => {
    expect(() => pageOf({ first: 101 }, 100)).toThrow(/between 0 and 100/);
    expect(() => pageOf({ last: 101 }, 100)).toThrow(/between 0 and 100/);
    expect(() => pageOf({ first: -1 }, 100)).toThrow();
  });

  it('refuses cursors it did not issue', () => {
    try {
      pageOf({ after: 'bm9wZQ' });
      throw new Error('accepted');
    } catch (error: any) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });

  const letters = ['a', 'b', 'c', 'd', 'e'];
  const nodes = (connection: { edges: { node: string }[] }) => connection.edges.map((e) => e.node);

  it('pages backwards with last and before', () => {
    const end = connectionFromList(letters, { last: 2 }, 100);
    expect(nodes(end)).toEqual(['d', 'e']);
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = connectionFromList(letters, { last: 2, before: end.pageInfo.startCursor! }, 100);
    expect(nodes(before)).toEqual(['b', 'c']);
    const start = connectionFromList(
      letters,
      { last: 2, before: before.pageInfo.startCursor! },
      100,
    );
    expect(nodes(start)).toEqual(['a']);
    expect(start.pageInfo.hasPreviousPage).toBe(false);
  });

  it('pages between two cursors, and counts every item', () => {
    const page = connectionFromList(
      letters,
      {
        after: encodeCursor(0),
        before: encodeCursor(4),
      },
      100,
    );
    expect(nodes(page)).toEqual(['b', 'c', 'd']);
    expect(page.totalCount).toBe(5);
    expect(nodes(connectionFromList(letters, { after: encodeCursor(40) }, 100))).toEqual([]);
  });

  it('refuses first and last together, and cursors past any real offset', () => {
    expect(() => connectionFromList(letters, { first: 1, last: 1 }, 100)).toThrow(/not both/);
    const huge = Buffer.from('offset:99999999999999999999').toString('base64url');
    expect(() => connectionFromList(letters, { after: huge }, 100)).toThrow(
      /not one this API issued/,
    );
    expect(() => connectionFromList(letters, { before: 'garbage' }, 100)).toThrow(/before cursor/);
  });
});
