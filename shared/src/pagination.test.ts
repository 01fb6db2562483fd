import { connectionOf, pageOf } from './pagination';

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
});
