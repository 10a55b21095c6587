import type { SqlClient } from '../../db/sql.js';
import type { RuleKind } from './moderation.rules.js';

export interface RuleRow {
  id: number;
  label: string;
  kind: RuleKind;
  price_threshold_cents: number | null;
  words: string[] | null;
  subcategory_ids: string[] | null;
  is_active: boolean;
  created_at: Date;
}

const RULE_COLUMNS =
  'id, label, kind, price_threshold_cents, words, subcategory_ids, is_active, created_at';

export async function activeRuleRows(db: SqlClient): Promise<RuleRow[]> {
  return db.query<RuleRow>(
    `select ${RULE_COLUMNS} from moderation_rule where is_active order by id`,
  );
}

/** Every rule, active ones first. */
export async function allRuleRows(db: SqlClient): Promise<RuleRow[]> {
  return db.query<RuleRow>(
    `select ${RULE_COLUMNS} from moderation_rule order by is_active desc, id`,
  );
}

export async function insertRule(
  tx: SqlClient,
  rule: {
    label: string;
    kind: RuleKind;
    priceThresholdCents: number | null;
    words: string[] | null;
    subcategoryIds: string[] | null;
  },
): Promise<RuleRow> {
  const [row] = await tx.query<RuleRow>(
    `insert into moderation_rule (label, kind, price_threshold_cents, words, subcategory_ids)
     values ($1, $2, $3, $4::text[], $5::text[]) returning ${RULE_COLUMNS}`,
    [rule.label, rule.kind, rule.priceThresholdCents, rule.words, rule.subcategoryIds],
  );
  return row!;
}

export async function setRuleActive(
  tx: SqlClient,
  ruleId: number,
  isActive: boolean,
): Promise<RuleRow | null> {
  const [row] = await tx.query<RuleRow>(
    `update moderation_rule set is_active = $1 where id = $2 returning ${RULE_COLUMNS}`,
    [isActive, ruleId],
  );
  return row ?? null;
}

export interface PendingOfferRow {
  id: number;
  name: string;
  description: string | null;
  subcategory_id: string;
  venue_name: string;
  department_code: string | null;
  offerer_name: string;
  updated_at: Date;
  prices: number[] | null;
  live_bookings: number;
}

/** Offers waiting for a decision, oldest change first, with their live prices and bookings. */
export async function pendingOfferRows(db: SqlClient): Promise<PendingOfferRow[]> {
  return db.query<PendingOfferRow>(
    `select o.id, o.name, o.description, o.subcategory_id, coalesce(v.public_name, v.name) as venue_name,
            v.department_code, r.name as offerer_name, o.updated_at,
            (select array_agg(distinct s.price_cents order by s.price_cents) from stock s
              where s.offer_id = o.id and not s.is_soft_deleted) as prices,
            (select count(*)::int from booking b where b.offer_id = o.id and b.status = 'CONFIRMED') as live_bookings
       from offer o join venue v on v.id = o.venue_id join offerer r on r.id = v.offerer_id
      where o.validation = 'PENDING'
      order by o.updated_at, o.id
      limit 200`,
  );
}
