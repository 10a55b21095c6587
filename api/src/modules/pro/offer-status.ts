import type { SqlClient } from '../../db/sql.js';
import { offerUnderReview, setOfferValidation } from '../catalog/offer-editing.queries.js';
import { ValidationStatus } from '../catalog/offer.entity.js';
import { moderationStatusFor } from '../moderation/moderation.service.js';

/**
 * Sends an offer a pro submits (a draft published, a published offer edited, its prices
 * changed) through moderation, as it now stands in the database: APPROVED unless one of
 * the admins' rules matches it (PENDING). A rejected offer, edited, waits for an admin
 * again rather than approving itself. Drafts stay drafts. Visibility also needs the
 * offerer validated, which search and booking check on their own.
 */
export async function resubmitOffer(
  tx: SqlClient,
  offerId: number,
  { publishing = false } = {},
): Promise<ValidationStatus> {
  const offer = await offerUnderReview(tx, offerId);
  if (!offer || (offer.validation === ValidationStatus.DRAFT && !publishing)) {
    return offer?.validation ?? ValidationStatus.DRAFT;
  }
  const status =
    offer.validation === ValidationStatus.REJECTED
      ? ValidationStatus.PENDING
      : ((await moderationStatusFor(tx, offer)) as ValidationStatus);
  await setOfferValidation(tx, offerId, status);
  return status;
}
