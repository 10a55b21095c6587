import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SharedState } from '../graphql/context.js';
import { AppError, ErrorCode } from '../graphql/errors.js';
import { findKeyViewer, isApiKey } from '../modules/apikey/api-key.service.js';
import { findViewer, type Viewer } from '../modules/identity/identity.service.js';
import { Role } from '../modules/identity/roles.js';
import { sessionTokenOf } from './session-token-of.js';

function refuse(reply: FastifyReply, status: number, code: ErrorCode): null {
  reply.code(status).send({ code, message: new AppError(code).message });
  return null;
}

/**
 * The pro calling a plain HTTP route, by session (cookie or Bearer) or API key; answers
 * 401, 403 or 429 itself otherwise. `cookieNeedsOurHeader`: a cookie rides along with
 * cross-site forms, so a route that changes things asks for the `x-requested-with` header
 * our pages send, which a cross-site form cannot.
 */
export async function proCaller(
  shared: SharedState,
  request: FastifyRequest,
  reply: FastifyReply,
  { cookieNeedsOurHeader = false }: { cookieNeedsOurHeader?: boolean } = {},
): Promise<Viewer | null> {
  const token = sessionTokenOf(request);
  let viewer: Viewer | null = null;
  try {
    viewer = !token
      ? null
      : isApiKey(token)
        ? await findKeyViewer(shared.db, token, shared.apiKeyCalls)
        : await findViewer(shared.db, token);
  } catch (error) {
    if (error instanceof AppError && error.code === ErrorCode.RATE_LIMITED) {
      reply.code(429).send({ code: error.code, message: error.message });
      return null;
    }
    throw error;
  }
  if (!viewer) return refuse(reply, 401, ErrorCode.UNAUTHENTICATED);
  const byCookie = token !== null && !request.headers.authorization;
  if (!viewer.roles.includes(Role.PRO)) return refuse(reply, 403, ErrorCode.FORBIDDEN);
  if (cookieNeedsOurHeader && byCookie && !request.headers['x-requested-with'])
    return refuse(reply, 403, ErrorCode.FORBIDDEN);
  return viewer;
}
