import type { ExecutionResult } from 'graphql';
import type { Principal } from '@ehelse/shared/runtime';
import type { Harness } from './harness';

/*
 * The error rule's cases that every subgraph shares (shared/src/errors.ts): a write checks
 * the caller's role before its input, and refuses bad input before any SQL statement, so
 * before its Idempotency-Key is looked up: BAD_USER_INPUT, never CONFLICT. For jest suites.
 */

/** The callers the subgraph tests write as, without an organisation. */
export const TEST_ADMIN: Principal = { subject: 'test-admin', role: 'admin', organisationId: null };
export const TEST_READER: Principal = {
  subject: 'test-reader',
  role: 'reader',
  organisationId: null,
};

/** The code and field of a result's one error. */
export function codeAndField({ errors }: ExecutionResult) {
  expect(errors).toHaveLength(1);
  const [{ extensions }] = errors!;
  return { code: extensions.code, field: extensions.field };
}

/** A mutation, its query, an input with a control character, and the field that names. */
export type ControlCharacterCase = [mutation: string, query: string, input: object, field: string];

/**
 * For each mutation with a control character in its input: refused to an anonymous caller
 * (UNAUTHENTICATED) and a reader (FORBIDDEN) without naming the field, since @Authorized runs
 * before the schema's control-character guard; BAD_USER_INPUT naming the field for an admin;
 * never a statement. This pins the order of the role and the guard only: that a write's own
 * `check` runs before any statement and before the Idempotency-Key is what
 * `expectMalformedRefusedBeforeTheKey` and each subgraph's refused-input cases prove.
 * `harness`: a getter, as the harness opens in `beforeAll`.
 */
export function describeRoleBeforeInput(
  harness: () => Harness,
  cases: ControlCharacterCase[],
): void {
  describe.each(cases)(
    '%s with a control character in its input',
    (_mutation, query, input, field) => {
      it.each([
        ['an anonymous caller', 'UNAUTHENTICATED', null],
        ['a reader', 'FORBIDDEN', TEST_READER],
      ])(
        'is refused to %s with %s: the role is checked before the input',
        async (_who, code, caller) => {
          const { result, statements } = await harness().asMeasured(caller, query, { input });
          expect(result.data).toBeNull();
          expect(codeAndField(result)).toEqual({ code, field: undefined });
          expect(statements).toBe(0);
        },
      );

      it('is BAD_USER_INPUT naming the field for an admin', async () => {
        const { result, statements } = await harness().asMeasured(TEST_ADMIN, query, { input });
        expect(codeAndField(result)).toEqual({ code: 'BAD_USER_INPUT', field });
        expect(statements).toBe(0);
      });
    },
  );
}

/**
 * An admin write of `accepted` under `key`, then `malformed`: BAD_USER_INPUT naming `field`
 * without a statement, with no key and with the used one; then `other` under the key, which
 * is taken: CONFLICT.
 */
export async function expectMalformedRefusedBeforeTheKey(
  harness: Harness,
  {
    query,
    key,
    accepted,
    malformed,
    field,
    other,
  }: {
    query: string;
    key: string;
    accepted: object;
    malformed: object;
    field: string;
    other: object;
  },
): Promise<void> {
  const first = await harness.as(TEST_ADMIN, query, { input: accepted }, key);
  expect(first.errors).toBeUndefined();
  for (const idempotencyKey of [undefined, key]) {
    const { result, statements } = await harness.asMeasured(
      TEST_ADMIN,
      query,
      { input: malformed },
      idempotencyKey,
    );
    expect(result.data).toBeNull();
    expect(codeAndField(result)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(statements).toBe(0);
  }
  // The key is taken: the same key with another valid input is CONFLICT.
  const reused = await harness.as(TEST_ADMIN, query, { input: other }, key);
  expect(codeAndField(reused)).toEqual({ code: 'CONFLICT', field: 'Idempotency-Key' });
}
