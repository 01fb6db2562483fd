import type { IncomingHttpHeaders } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { badInput } from './errors';

/** The header a client sends to make a write safe to retry (IETF httpapi-idempotency-key draft). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** The request's Idempotency-Key header as sent (Node joins repeated headers with ", "). */
export function idempotencyKeyOf(headers: IncomingHttpHeaders): string | undefined {
  const value = headers[IDEMPOTENCY_HEADER];
  return Array.isArray(value) ? value.join(', ') : value;
}

const refused = (message: string) =>
  badInput('Idempotency-Key', message, { http: { status: 400 } });

/** Root fields of the operation, through fragments: each mutation field is one write. */
function rootFieldCount(selectionSet: SelectionSetNode, document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [],
    ),
  );
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD)
        return total + (selection.name.value === '__typename' ? 0 : 1);
      if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      return total + (fragment ? count(fragment.selectionSet) : 0);
    }, 0);
  return count(selectionSet);
}

/** Refuses a key that cannot be stored, or that would stand for more than one write. */
export function checkIdempotentRequest(
  key: string | undefined,
  operation: OperationDefinitionNode,
  document: DocumentNode,
): void {
  if (key === undefined) return;
  if (!key.trim()) throw refused('The Idempotency-Key header is empty: send a new UUID per write');
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw refused(
      `The Idempotency-Key header is longer than ${MAX_IDEMPOTENCY_KEY_LENGTH} characters: send a UUID`,
    );
  }
  if (operation.operation === 'mutation' && rootFieldCount(operation.selectionSet, document) > 1) {
    throw refused(
      'An Idempotency-Key stands for one write: send each mutation in its own request with its own key',
    );
  }
}

/**
 * Checks the Idempotency-Key of every request before it executes, in the gateway (the whole
 * client operation) and in each subgraph (the part planned on it).
 */
export function idempotencyKeyPlugin<T extends BaseContext>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, operation, document }) {
          if (!operation) return;
          checkIdempotentRequest(
            request.http?.headers.get(IDEMPOTENCY_HEADER),
            operation,
            document,
          );
        },
      };
    },
  };
}
