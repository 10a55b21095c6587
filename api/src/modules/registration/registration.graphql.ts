/** Registration's helper for resolvers: this module's and those of the modules above it. */

import type { Context } from '../../graphql/context.js';
import { identityService } from '../identity/identity.graphql.js';
import { RegistrationService } from './registration.service.js';

/** The registration service of a request. */
export function registrationService(ctx: Context): RegistrationService {
  return new RegistrationService(ctx.db, identityService(ctx));
}
