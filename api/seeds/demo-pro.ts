import type { SqlClient } from '../src/db/sql.js';
import { DEMO_EMAILS } from './demo-accounts.js';

/**
 * What the pro demo adds to the seed: a draft the demo pro left half-way (the offer
 * creation keeps drafts), so the offers screen shows one. Runs inside the seed's
 * transaction, after the dataset is written.
 */
export async function seedDemoPro(tx: SqlClient): Promise<void> {
  const [venue] = await tx.query<{ id: number }>(
    `select v.id from venue v
       join offerer_membership m on m.offerer_id = v.offerer_id and m.status = 'VALIDATED'
       join app_user u on u.id = m.user_id and u.email = $1
      where v.venue_type = 'MOVIE' and not v.is_virtual
      order by v.id limit 1`,
    [DEMO_EMAILS.pro],
  );
  if (!venue) throw new Error('Demo seed: the demo pro has no cinema');
  await tx.query(
    `insert into offer (venue_id, subcategory_id, name, description, is_duo, validation)
     values ($1, 'SEANCE_CINE', 'Ciné-club du jeudi', 'Un classique par semaine, présenté par l''équipe du cinéma.', true, 'DRAFT')`,
    [venue.id],
  );
}
