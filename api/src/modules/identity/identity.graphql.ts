/** Identity's helpers for resolvers: this module's and those of the modules above it. */

import { identitySettings, type Context } from '../../graphql/context.js';
import type { AccountRow } from './identity.queries.js';
import { IdentityService, type OpenedSession } from './identity.service.js';
import type { AuthPayload, UserType } from './identity.types.js';

/** The identity service of a request. */
export function identityService(ctx: Context): IdentityService {
  return new IdentityService(ctx.db, identitySettings(ctx.config), ctx.shared.identityLimits);
}

/** The `User` of an account row. */
export function toUserType(user: AccountRow): UserType {
  return {
    id: String(user.id),
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    roles: user.roles,
    departmentCode: user.departmentCode,
    activationStatus: user.activationStatus,
    emailConfirmed: user.emailConfirmed,
  };
}

/** What a sign-up or log-in answers: the session cookie is set, the token returned too. */
export function authPayload(ctx: Context, session: OpenedSession): AuthPayload {
  ctx.cookies.setSession(session.token, session.expiresAt);
  return { token: session.token, user: toUserType(session.user) };
}
