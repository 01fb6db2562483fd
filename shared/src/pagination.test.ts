import { connectionFromList, connectionOf, encodeCursor, pageOf } from './pagination';

describe('Relay pagination', () => {
  it('defaults to the first 20 items', () => {
    expect(pageOf({})).toEqual({ offset: 0, limit: 20 });
  });

  it('continues after the cursor of the last item', () => {
    const first = connectionOf(['a', 'b'], pageOf({ first: 2 }), 5);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const next = pageOf({ first: 2, after: first.pageInfo.endCursor! });
    expect(next).toEqual({ offset: 2, limit: 2 });
    const last = connectionOf(
      ['e'],
      pageOf({ first: 2, after: connectionOf(['c', 'd'], next, 5).pageInfo.endCursor! }),
      5,
    );
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(last.edges[0].node).toBe('e');
  });

  it('refuses a page larger than the maximum, or negative', () => {
    expect(() => pageOf({ first: 101 }, 100)).toThrow(/between 0 and 100/);
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
    const end = connectionFromList(letters, { last: 2 });
    expect(nodes(end)).toEqual(['d', 'e']);
    expect(end.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const before = connectionFromList(letters, { last: 2, before: end.pageInfo.startCursor! });
    expect(nodes(before)).toEqual(['b', 'c']);
    const start = connectionFromList(letters, { last: 2, before: before.pageInfo.startCursor! });
    expect(nodes(start)).toEqual(['a']);
    expect(start.pageInfo.hasPreviousPage).toBe(false);
  });

  it('pages between two cursors, and counts every item', () => {
    const page = connectionFromList(letters, {
      after: encodeCursor(0),
      before: encodeCursor(4),
    });
    expect(nodes(page)).toEqual(['b', 'c', 'd']);
    expect(page.totalCount).toBe(5);
    expect(nodes(connectionFromList(letters, { after: encodeCursor(40) }))).toEqual([]);
  });

  it('refuses first and last together, and cursors past any real offset', () => {
    expect(() => connectionFromList(letters, { first: 1, last: 1 })).toThrow(/not both/);
    const huge = Buffer.from('offset:99999999999999999999').toString('base64url');
    expect(() => connectionFromList(letters, { after: huge })).toThrow(/not one this API issued/);
    expect(() => connectionFromList(letters, { before: 'garbage' })).toThrow(/before cursor/);
  });
});
