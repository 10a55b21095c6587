import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../../src/graphql/apollo.js';
import { AppError, ErrorCode, INTERNAL_ERROR_MESSAGE } from '../../src/graphql/errors.js';

/** An error as a resolver throws it, wrapped by graphql-js. */
function fromResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['champ'], originalError: original });
}

function pgError(code: string): Error {
  return Object.assign(new Error('value out of range for type integer'), { code });
}

describe('formatError', () => {
  it('passes business errors through with their code and French message', () => {
    const error = fromResolver(new AppError(ErrorCode.SOLD_OUT));
    const formatted = formatError(error.toJSON(), error);
    expect(formatted.extensions?.code).toBe('SOLD_OUT');
  });

  it('turns a database data exception (SQLSTATE class 22) into BAD_USER_INPUT', () => {
    for (const cause of [
      pgError('22003'),
      Object.assign(new Error('wrapped'), { sqlState: '22P02' }),
    ]) {
      const error = fromResolver(cause);
      const formatted = formatError(error.toJSON(), error);
      expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT' });
      expect(formatted.message).toMatch(/ne peut pas être enregistrée/);
    }
  });

  it('masks anything else, database errors of other classes included', () => {
    for (const cause of [new Error('boom'), pgError('23505'), pgError('08P01')]) {
      const error = fromResolver(cause);
      const formatted = formatError(error.toJSON(), error);
      expect(formatted).toMatchObject({
        message: INTERNAL_ERROR_MESSAGE,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    }
  });
});
