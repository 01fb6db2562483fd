import { sessionOf } from './session';

describe('the session a private answer is kept for', () => {
  const reporter = {
    subject: 'client-1',
    role: 'reporter' as const,
    organisationId: 'helse-vest-rhf',
  };

  it('is none for an anonymous caller, so a private answer is not cached', () => {
    expect(sessionOf(null)).toBeNull();
    expect(sessionOf(undefined)).toBeNull();
  });

  it('is the same for the same caller, and names no subject', () => {
    expect(sessionOf({ ...reporter })).toBe(sessionOf(reporter));
    expect(sessionOf(reporter)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionOf(reporter)).not.toContain('client-1');
  });

  it('differs by anything a resolver tells callers apart by', () => {
    const sessions = new Set([
      sessionOf(reporter),
      sessionOf({ ...reporter, subject: 'client-2' }),
      sessionOf({ ...reporter, role: 'admin' }),
      sessionOf({ ...reporter, organisationId: 'helse-nord-rhf' }),
      sessionOf({ ...reporter, organisationId: null }),
    ]);
    expect(sessions.size).toBe(5);
  });
});
