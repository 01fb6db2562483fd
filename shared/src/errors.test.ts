import { GraphQLError } from 'graphql';
import { formatErrorFor } from './errors';

const formatted = (code: string) => ({
  message: 'raw: SELECT * FROM secret',
  path: ['x'],
  extensions: { code },
});

describe('errors as clients see them', () => {
  it('turns a lost unique-key race into CONFLICT, on MySQL and on SQLite', () => {
    const format = formatErrorFor(true, () => undefined);
    const mysql = Object.assign(new Error("Duplicate entry '107' for key 'PRIMARY'"), {
      code: 'ER_DUP_ENTRY',
    });
    const sqlite = new Error('UNIQUE constraint failed: project.id');
    for (const error of [mysql, sqlite]) {
      expect(format(formatted('INTERNAL_SERVER_ERROR'), error).extensions).toEqual({
        code: 'CONFLICT',
      });
    }
  });

  it('masks and logs unexpected errors in production only', () => {
    const logged: unknown[] = [];
    const error = new Error('raw: SELECT * FROM secret');
    const production = formatErrorFor(true, (e) => logged.push(e))(
      formatted('INTERNAL_SERVER_ERROR'),
      error,
    );
    expect(production).toEqual({
      message: 'Internal server error',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(logged).toEqual([error]);
    const development = formatErrorFor(false, () => undefined)(
      formatted('INTERNAL_SERVER_ERROR'),
      error,
    );
    expect(development.message).toBe('raw: SELECT * FROM secret');
  });

  it('leaves coded errors as they are', () => {
    const badInput = formatted('BAD_USER_INPUT');
    expect(formatErrorFor(true, () => undefined)(badInput, new GraphQLError('x'))).toBe(badInput);
  });
});
