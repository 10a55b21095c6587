import type { Database } from '../db/sql.js';
import { purgeUnconfirmedAccounts } from '../modules/identity/identity.queries.js';
import { UNCONFIRMED_ACCOUNT_DAYS } from '../modules/registration/registration.service.js';

/** Deletes the accounts whose address was not confirmed within UNCONFIRMED_ACCOUNT_DAYS. */
export async function runRegistrationJobs(
  db: Database,
  now = new Date(),
): Promise<{ unconfirmedDeleted: number }> {
  const createdBefore = new Date(now.getTime() - UNCONFIRMED_ACCOUNT_DAYS * 86_400_000);
  return { unconfirmedDeleted: await purgeUnconfirmedAccounts(db, createdBefore) };
}
