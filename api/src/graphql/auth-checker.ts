import type { AuthChecker } from 'type-graphql';
import { API_KEY_OPERATIONS } from '../modules/apikey/api-key.service.js';
import type { Role } from '../modules/identity/roles.js';
import type { Context } from './context.js';
import { AppError, ErrorCode } from './errors.js';

/**
 * `@Authorized()` needs a session; `@Authorized(Role.X, ...)` one of those roles.
 * Throws our own codes so the client can tell "log in" from "not allowed".
 */
export const authChecker: AuthChecker<Context, Role> = async ({ context, info }, roles) => {
  const viewer = await context.viewer();
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED);
  const isOperation = info.parentType.name === 'Query' || info.parentType.name === 'Mutation';
  if (viewer.apiKeyId !== undefined && isOperation && !API_KEY_OPERATIONS.has(info.fieldName)) {
    throw new AppError(ErrorCode.FORBIDDEN, 'Une clé API ne permet pas cette opération.');
  }
  if (roles.length > 0 && !roles.some((role) => viewer.roles.includes(role))) {
    throw new AppError(ErrorCode.FORBIDDEN);
  }
  return true;
};
