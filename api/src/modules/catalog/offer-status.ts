import { ValidationStatus } from './offer.entity.js';
import { OffererStatus } from './offerer.entity.js';

/**
 * The moderation status of an offer a pro submits (publishes a draft, or edits a
 * published offer). The one place that decides it: the admin's moderation rules
 * plug in here. Until then: approved while the offerer is validated, pending otherwise.
 */
export function submittedOfferStatus(facts: { offererStatus: OffererStatus }): ValidationStatus {
  return facts.offererStatus === OffererStatus.VALIDATED
    ? ValidationStatus.APPROVED
    : ValidationStatus.PENDING;
}
