import type { SqlClient } from '../../db/sql.js';
import { offerVisibleConditions, stockBookableConditions } from './visibility.js';

export interface SelectionRule {
  subcategoryIds: string[];
  /** Venues of this department only; null: anywhere, digital offers included. */
  departmentCode: string | null;
  /** A bookable date starting at or after / before these instants. */
  beginsFrom: Date | null;
  beginsUntil: Date | null;
}

/**
 * The offers an editorial rule matches now, newest first: visible, with a stock bookable
 * now (within the rule's dates when it has some). Run when a rule is saved and by the api's
 * jobs, never by the home (a rare category in a small department may scan far).
 */
export async function ruleOffers(
  sql: SqlClient,
  rule: SelectionRule,
  now: Date,
  limit: number,
): Promise<number[]> {
  const rows = await sql.query<{ id: number }>(
    `select o.id
       from offer o
       join venue v on v.id = o.venue_id
       join offerer f on f.id = v.offerer_id
      where o.subcategory_id = any($1::text[])
        and ($2::text is null or v.department_code = $2)
        and ${offerVisibleConditions('offer').join(' and ')} and ${offerVisibleConditions('offerer').join(' and ')}
        and exists (select 1 from stock s where s.offer_id = o.id and ${stockBookableConditions('$3').join(' and ')}
                      and ($4::timestamptz is null or s.begins_at >= $4)
                      and ($5::timestamptz is null or s.begins_at < $5))
      order by o.id desc
      limit $6`,
    [rule.subcategoryIds, rule.departmentCode, now, rule.beginsFrom, rule.beginsUntil, limit],
  );
  return rows.map((r) => r.id);
}
