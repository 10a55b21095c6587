import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { ErrorCode } from '@passculture/schema';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorCodeOf, errorMessage, messageForCode } from './errors';

const GENERIC_VOUS = messageForCode(undefined, 'vous');

function graphQLError(code: string) {
  return new CombinedGraphQLErrors({
    data: null,
    errors: [{ message: 'Server-side message', extensions: { code } }],
  });
}

function serverError(status: number, body: string) {
  return new ServerError('Response not successful', {
    response: new Response(body, { status }),
    bodyText: body,
  });
}

describe('error codes → French messages', () => {
  it('tells a wrong password apart, and says what to do', () => {
    expect(errorMessage(graphQLError('INVALID_CREDENTIALS'), 'vous')).toBe(
      'Adresse e-mail ou mot de passe incorrect. Vérifiez votre saisie puis réessayez.',
    );
    expect(errorMessage(graphQLError('INVALID_CREDENTIALS'), 'tu')).toBe(
      'Adresse e-mail ou mot de passe incorrect. Vérifie ta saisie puis réessaie.',
    );
  });

  it('maps session and permission codes', () => {
    expect(errorMessage(graphQLError('UNAUTHENTICATED'), 'vous')).toMatch(/Connectez-vous/);
    expect(errorMessage(graphQLError('FORBIDDEN'), 'vous')).toMatch(/n'a pas accès/);
    expect(errorMessage(graphQLError('RATE_LIMITED'), 'vous')).toMatch(/Patientez une minute/);
  });

  it("takes the codes from the schema's ErrorCode enum", () => {
    expect([...ERROR_CODES].sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it('gives every code of the enum its own sentence in both registers', () => {
    // Fails when the api adds a code (schema.graphql, then codegen) without a message here.
    const codes = Object.values(ErrorCode);
    for (const register of ['tu', 'vous'] as const) {
      const messages = codes.map((code) => messageForCode(code, register));
      for (const [index, message] of messages.entries()) {
        expect(message, codes[index]).not.toBe(messageForCode(undefined, register));
      }
      expect(new Set(messages).size).toBe(codes.length);
    }
  });

  it('never shows the server message of an unknown code', () => {
    const message = errorMessage(graphQLError('SOMETHING_NEW'), 'vous');
    expect(message).toBe(GENERIC_VOUS);
    expect(message).toMatch(/^Une erreur inattendue est survenue/);
    expect(errorMessage(graphQLError('INTERNAL_SERVER_ERROR'), 'vous')).toBe(GENERIC_VOUS);
    expect(errorMessage(new Error('boom'), 'vous')).toBe(GENERIC_VOUS);
    expect(errorMessage(undefined, 'vous')).toBe(GENERIC_VOUS);
  });

  it('reads the first code carried by any of the errors', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'no code' }, { message: 'x', extensions: { code: 'SOLD_OUT' } }],
    });
    expect(errorCodeOf(error)).toBe('SOLD_OUT');
  });

  it('reads codes from non-2xx responses, falling back on the HTTP status', () => {
    const body = JSON.stringify({
      errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED' } }],
    });
    expect(errorCodeOf(serverError(400, body))).toBe('RATE_LIMITED');
    expect(errorCodeOf(serverError(429, 'Too Many Requests'))).toBe('RATE_LIMITED');
    expect(errorCodeOf(serverError(401, ''))).toBe('UNAUTHENTICATED');
    expect(errorMessage(serverError(502, '<html>Bad Gateway</html>'), 'vous')).toBe(
      'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
    );
    expect(errorCodeOf(serverError(404, 'Not Found'))).toBeUndefined();
  });

  it('recognises an unreachable server and a response that is not JSON', () => {
    expect(errorMessage(new TypeError('Failed to fetch'), 'vous')).toMatch(
      /^Impossible de joindre le serveur/,
    );
    const parseError = new ServerParseError(new SyntaxError('Unexpected token <'), {
      response: new Response('<html>', { status: 200 }),
      bodyText: '<html>',
    });
    expect(errorCodeOf(parseError)).toBe('SERVER_ERROR');
  });

  it('asks to reload when the API refuses the operation itself', () => {
    expect(errorMessage(graphQLError('GRAPHQL_VALIDATION_FAILED'), 'vous')).toBe(
      "Cette page n'est plus à jour. Rechargez-la puis réessayez.",
    );
  });
});
