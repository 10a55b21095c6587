import type { SearchCriteria } from './search.criteria.js';
import { offerVisibleConditions, stockBookableConditions } from '../catalog/visibility.js';

/** Collects query parameters and hands out their `$n` placeholders. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** Conditions on `o` (offer) shared by every search. */
export function offerConditions(c: SearchCriteria, p: Params): string[] {
  // The offer's own visibility conditions; its offerer's are in venueConditions.
  const conditions = offerVisibleConditions('offer');
  if (c.subcategoryIds)
    conditions.push(`o.subcategory_id = any(${p.add(c.subcategoryIds)}::text[])`);
  if (c.duoOnly) conditions.push('o.is_duo');
  if (c.text) {
    conditions.push(`o.search_vector @@ plainto_tsquery('french', pc_unaccent(${p.add(c.text)}))`);
  }
  conditions.push(bookableStockExists(c, p));
  return conditions;
}

/** The offer has a stock a young person can book now, within the price and date filters. */
function bookableStockExists(c: SearchCriteria, p: Params): string {
  const now = p.add(new Date());
  const conditions = ['s.offer_id = o.id', ...stockBookableConditions(now)];
  if (c.maxPriceCents !== null) conditions.push(`s.price_cents <= ${p.add(c.maxPriceCents)}`);
  if (c.freeOnly) conditions.push('s.price_cents = 0');
  if (c.beginsAfter) conditions.push(`s.begins_at >= ${p.add(c.beginsAfter)}`);
  if (c.beginsBefore) conditions.push(`s.begins_at <= ${p.add(c.beginsBefore)}`);
  return `exists (select 1 from stock s where ${conditions.join(' and ')})`;
}

/** Conditions on `v` (venue) and `f` (its offerer). */
export function venueConditions(c: SearchCriteria): string[] {
  const conditions = offerVisibleConditions('offerer');
  if (c.accessibility.motor) conditions.push('v.motor_accessible');
  if (c.accessibility.visual) conditions.push('v.visual_accessible');
  if (c.accessibility.hearing) conditions.push('v.hearing_accessible');
  if (c.accessibility.mental) conditions.push('v.mental_accessible');
  return conditions;
}

/** EWKT of a point, cast to geography in SQL. */
export function pointParam(p: Params, point: { latitude: number; longitude: number }): string {
  return `${p.add(`SRID=4326;POINT(${point.longitude} ${point.latitude})`)}::geography`;
}
