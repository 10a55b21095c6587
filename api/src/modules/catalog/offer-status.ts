import type { EntityManager } from '@mikro-orm/postgresql';
import { moderationStatusFor } from '../moderation/moderation.service.js';
import { ValidationStatus } from './offer.entity.js';

/**
 * Sends an offer a pro submits (a draft published, a published offer edited, its prices
 * changed) through moderation, as it now stands in the database: APPROVED unless one of
 * the admins' rules matches it (PENDING). A rejected offer, edited, waits for an admin
 * again rather than approving itself. Drafts stay drafts. Visibility also needs the
 * offerer validated, which search and booking check on their own.
 */
export async function resubmitOffer(
  em: EntityManager,
  offerId: number,
  { publishing = false } = {},
): Promise<ValidationStatus> {
  const [offer] = await em.execute<
    {
      validation: ValidationStatus;
      name: string;
      description: string | null;
      subcategoryId: string;
      pricesCents: number[];
    }[]
  >(
    `select o.validation, o.name, o.description, o.subcategory_id as "subcategoryId",
            coalesce(array_agg(s.price_cents) filter (where s.id is not null), '{}') as "pricesCents"
       from offer o left join stock s on s.offer_id = o.id and not s.is_soft_deleted
      where o.id = ?
      group by o.id`,
    [offerId],
  );
  if (!offer || (offer.validation === ValidationStatus.DRAFT && !publishing)) {
    return offer?.validation ?? ValidationStatus.DRAFT;
  }
  const status =
    offer.validation === ValidationStatus.REJECTED
      ? ValidationStatus.PENDING
      : ((await moderationStatusFor(em, offer)) as ValidationStatus);
  await em.execute('update offer set validation = ?, updated_at = now() where id = ?', [
    status,
    offerId,
  ]);
  return status;
}
