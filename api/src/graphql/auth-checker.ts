import type { AuthChecker } from 'type-graphql';
import type { Role } from '../modules/identity/roles.js';
import type { Context } from './context.js';
import { AppError, ErrorCode } from './errors.js';

/**
 * `@Authorized()` needs a session; `@Authorized(Role.X, ...)` one of those roles.
 * Throws our own codes so the client can tell "log in" from "not allowed".
 */
export const authChecker: AuthChecker<Context, Role> = async ({ context }, roles) => {
  const viewer = await context.viewer();
  if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED);
  if (roles.length > 0 && !roles.some((role) => viewer.roles.includes(role))) {
    throw new AppError(ErrorCode.FORBIDDEN);
  }
  return true;
};
