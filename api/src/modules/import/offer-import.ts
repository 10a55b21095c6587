import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { resubmitOffer } from '../catalog/offer-status.js';
import { defaultBookingLimit } from '../catalog/stock.rules.js';
import { MEMBER_OF_VENUE_SQL } from '../pro/pro-access.js';
import {
  isRejection,
  parseImportRecord,
  type ImportLine,
  type Rejection,
} from './import-format.js';

export type LineOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'REJECTED';

export interface LineReport {
  line: number;
  outcome: LineOutcome;
  /** Why a line was rejected, in French. */
  reason?: string;
  name?: string;
}

export interface ImportReport {
  confirmed: boolean;
  counts: Record<LineOutcome, number>;
  /** Every rejected line and the others in file order, up to the limits below. */
  lines: LineReport[];
  /** Some lines are counted but not listed (a very large file). */
  truncated: boolean;
}

/** One record of the file with its line number. */
export interface ImportRecord {
  line: number;
  record: Partial<Record<string, string>>;
}

/** Lines matched and written together: one set-based statement per kind, one transaction. */
export const IMPORT_BATCH_SIZE = 1_000;
const MAX_LISTED_REJECTIONS = 5_000;
const MAX_LISTED_OTHERS = 2_000;

interface VenueOfViewer {
  id: number;
  isVirtual: boolean;
}

interface ExistingOffer {
  id: number;
  venueId: number;
  externalRef: string | null;
  ean: string | null;
  subcategoryId: string;
  name: string;
  description: string | null;
}

interface ExistingStock {
  id: number;
  offerId: number;
  priceCents: number;
  quantity: number | null;
  bookedQuantity: number;
  beginsAt: string | Date | null;
}

/** A valid line placed at its venue, keyed by the offer it names there. */
interface PlacedLine extends ImportLine {
  venueId: number;
  key: string;
}

/**
 * Imports offers and stocks from the records of a file, for a pro (or an API key) of the
 * venues named. Each line is checked on its own and matched with the venue's offers by
 * reference or EAN; previewing computes every outcome without writing, confirming writes
 * the same outcomes batch by batch (a batch is one transaction: a bad line is only
 * rejected, never the others). Importing the same file twice changes nothing the second
 * time. New offers and changed ones go through moderation like any pro submission.
 */
export class OfferImport {
  private venues = new Map<string, VenueOfViewer>();
  /** Offers named earlier in the file: `venue|ref` or `venue|ean` → line, dates met. */
  private seen = new Map<string, { line: number; dates: Set<number> | null }>();
  private batch: PlacedLine[] = [];
  private readonly report: ImportReport;

  constructor(
    private readonly em: EntityManager,
    private readonly userId: number,
    private readonly options: {
      confirm: boolean;
      now?: Date;
      /** Told the number of lines read so far after each batch. */
      onProgress?: (lines: number) => void;
    },
  ) {
    this.report = {
      confirmed: options.confirm,
      counts: { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 },
      lines: [],
      truncated: false,
    };
  }

  async run(records: AsyncIterable<ImportRecord>): Promise<ImportReport> {
    await this.loadVenues();
    const now = this.options.now ?? new Date();
    for await (const { line, record } of records) {
      const parsed = parseImportRecord(record, line, now);
      const placed = isRejection(parsed) ? parsed : this.place(parsed);
      if (isRejection(placed)) this.reject(placed);
      else this.batch.push(placed);
      if (this.batch.length >= IMPORT_BATCH_SIZE) await this.flush();
    }
    await this.flush();
    this.report.lines.sort((a, b) => a.line - b.line);
    return this.report;
  }

  /** A line the file itself got wrong (unreadable CSV), reported like the others. */
  reject(rejection: Rejection): void {
    this.record({ line: rejection.line, outcome: 'REJECTED', reason: rejection.reason });
  }

  private record(entry: LineReport): void {
    this.report.counts[entry.outcome]++;
    const limit = entry.outcome === 'REJECTED' ? MAX_LISTED_REJECTIONS : MAX_LISTED_OTHERS;
    const count =
      entry.outcome === 'REJECTED'
        ? this.report.counts.REJECTED
        : this.report.counts.CREATED + this.report.counts.UPDATED + this.report.counts.UNCHANGED;
    if (count <= limit) this.report.lines.push(entry);
    else this.report.truncated = true;
  }

  private async loadVenues(): Promise<void> {
    const rows = await this.em.execute<{ id: number; siret: string | null; isVirtual: boolean }[]>(
      `select v.id, v.siret, v.is_virtual as "isVirtual" from venue v where ${MEMBER_OF_VENUE_SQL}`,
      [this.userId],
    );
    for (const row of rows) {
      const venue = { id: row.id, isVirtual: row.isVirtual };
      this.venues.set(String(row.id), venue);
      if (row.siret) this.venues.set(row.siret, venue);
    }
  }

  /** The line at its venue, or why it cannot be: unknown venue, the same offer twice. */
  private place(line: ImportLine): PlacedLine | Rejection {
    const venue = this.venues.get(line.venue);
    if (!venue) {
      return {
        line: line.line,
        reason: `Le lieu « ${line.venue} » est introuvable parmi ceux de vos structures.`,
      };
    }
    if (venue.isVirtual) {
      return {
        line: line.line,
        reason: 'Ce lieu est celui des offres numériques : choisissez un lieu physique.',
      };
    }
    const key = offerKey(venue.id, line.externalRef, line.ean);
    const earlier = this.seen.get(key);
    const date = line.beginsAt?.getTime() ?? null;
    if (earlier) {
      if (date === null || earlier.dates === null) {
        return { line: line.line, reason: `Cette offre figure déjà ligne ${earlier.line}.` };
      }
      if (earlier.dates.has(date)) {
        return {
          line: line.line,
          reason: `Cette date de l’offre figure déjà ligne ${earlier.line}.`,
        };
      }
      earlier.dates.add(date);
    }
    // An EAN names one offer at a venue, whatever the reference given with it.
    if (line.ean && line.externalRef) {
      const eanKey = offerKey(venue.id, null, line.ean);
      const owner = this.seen.get(eanKey);
      if (owner && owner.line !== (earlier?.line ?? line.line)) {
        return {
          line: line.line,
          reason: `Cet EAN est déjà celui de l’offre de la ligne ${owner.line}.`,
        };
      }
      if (!owner) this.seen.set(eanKey, { line: earlier?.line ?? line.line, dates: null });
    }
    if (!earlier)
      this.seen.set(key, { line: line.line, dates: date === null ? null : new Set([date]) });
    return { ...line, venueId: venue.id, key };
  }

  private async flush(): Promise<void> {
    const lines = this.batch;
    this.batch = [];
    if (lines.length === 0) return;
    try {
      await this.flushLines(lines);
    } finally {
      const { CREATED, UPDATED, UNCHANGED, REJECTED } = this.report.counts;
      this.options.onProgress?.(CREATED + UPDATED + UNCHANGED + REJECTED);
    }
  }

  private async flushLines(lines: PlacedLine[]): Promise<void> {
    if (!this.options.confirm) {
      for (const entry of (await this.plan(this.em, lines)).reports) this.record(entry);
      return;
    }
    const attempt = () =>
      this.em.transactional(async (em) => {
        const plan = await this.plan(em, lines);
        await this.write(em, plan);
        return plan.reports;
      });
    let reports: LineReport[];
    try {
      reports = await attempt();
    } catch (error) {
      // Another import created one of these offers meanwhile: matched again, it is an update.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      reports = await attempt();
    }
    for (const entry of reports) this.record(entry);
  }

  /** Every line's outcome against the database as it stands, and the writes it takes. */
  private async plan(em: EntityManager, lines: PlacedLine[]) {
    const lock = this.options.confirm ? 'for no key update of o' : '';
    // Offers first, then their stocks, as every stock change locks them.
    // Two index lookups (venue and reference, venue and EAN) rather than one join on an OR.
    const offers = await em.execute<ExistingOffer[]>(
      `with x as (select * from jsonb_to_recordset(?::jsonb) as x(venue int, ref text, ean text))
       select o.id, o.venue_id as "venueId", o.external_ref as "externalRef", o.ean,
              o.subcategory_id as "subcategoryId", o.name, o.description
         from offer o
        where o.id in (select f.id from offer f join x on f.venue_id = x.venue and f.external_ref = x.ref
                       union
                       select f.id from offer f join x on f.venue_id = x.venue and f.ean = x.ean)
        order by o.id ${lock}`,
      [JSON.stringify(lines.map((l) => ({ venue: l.venueId, ref: l.externalRef, ean: l.ean })))],
    );
    const byRef = new Map<string, ExistingOffer>();
    const byEan = new Map<string, ExistingOffer>();
    for (const offer of offers) {
      if (offer.externalRef) byRef.set(offerKey(offer.venueId, offer.externalRef, null), offer);
      if (offer.ean) byEan.set(offerKey(offer.venueId, null, offer.ean), offer);
    }
    const stocks = offers.length
      ? await em.execute<ExistingStock[]>(
          `select s.id, s.offer_id as "offerId", s.price_cents as "priceCents", s.quantity,
                  s.booked_quantity as "bookedQuantity", s.begins_at as "beginsAt"
             from stock s where s.offer_id = any(?::int[]) and not s.is_soft_deleted
            order by s.id ${this.options.confirm ? 'for update' : ''}`,
          [`{${offers.map((o) => o.id).join(',')}}`],
        )
      : [];
    const stocksOf = new Map<number, ExistingStock[]>();
    for (const stock of stocks) {
      stocksOf.set(stock.offerId, [...(stocksOf.get(stock.offerId) ?? []), stock]);
    }

    const reports: LineReport[] = [];
    const newOffers = new Map<string, PlacedLine>();
    const newStocks: { line: PlacedLine; offerId: number | null }[] = [];
    const stockChanges: { id: number; priceCents: number; quantity: number | null }[] = [];
    const detailChanges = new Map<number, PlacedLine>();
    const resubmit = new Set<number>();

    for (const line of lines) {
      const ref = line.externalRef ? byRef.get(line.key) : undefined;
      const eanOwner = line.ean ? byEan.get(offerKey(line.venueId, null, line.ean)) : undefined;
      if (ref && eanOwner && ref.id !== eanOwner.id) {
        reports.push(rejected(line, 'Cet EAN est déjà celui d’une autre offre du lieu.'));
        continue;
      }
      if (!ref && line.externalRef && eanOwner?.externalRef) {
        reports.push(
          rejected(
            line,
            'Cet EAN est déjà celui d’une autre offre du lieu, sous une autre référence.',
          ),
        );
        continue;
      }
      const offer = ref ?? eanOwner;
      if (!offer) {
        newOffers.set(line.key, newOffers.get(line.key) ?? line);
        newStocks.push({ line, offerId: null });
        reports.push({ line: line.line, outcome: 'CREATED', name: line.name });
        continue;
      }
      if (offer.subcategoryId !== line.subcategory.id) {
        reports.push(
          rejected(
            line,
            `Cette offre existe déjà dans la sous-catégorie ${offer.subcategoryId} : elle ne peut pas en changer.`,
          ),
        );
        continue;
      }
      const own = stocksOf.get(offer.id) ?? [];
      const stock = line.beginsAt
        ? own.find(
            (s) =>
              s.beginsAt !== null && new Date(s.beginsAt).getTime() === line.beginsAt!.getTime(),
          )
        : own[0];
      if (stock && line.quantity !== null && line.quantity < stock.bookedQuantity) {
        reports.push(
          rejected(
            line,
            `La quantité (${line.quantity}) est inférieure aux ${stock.bookedQuantity} places déjà réservées.`,
          ),
        );
        continue;
      }
      const detailsChanged = offer.name !== line.name || offer.description !== line.description;
      if (detailsChanged && !detailChanges.has(offer.id)) {
        detailChanges.set(offer.id, line);
        resubmit.add(offer.id);
      }
      if (!stock) {
        newStocks.push({ line, offerId: offer.id });
        resubmit.add(offer.id);
        reports.push({ line: line.line, outcome: 'CREATED', name: line.name });
        continue;
      }
      const stockChanged = stock.priceCents !== line.priceCents || stock.quantity !== line.quantity;
      if (stockChanged) {
        stockChanges.push({ id: stock.id, priceCents: line.priceCents, quantity: line.quantity });
        if (stock.priceCents !== line.priceCents) resubmit.add(offer.id);
      }
      reports.push({
        line: line.line,
        outcome: stockChanged || detailsChanged ? 'UPDATED' : 'UNCHANGED',
        name: line.name,
      });
    }
    return { reports, newOffers, newStocks, stockChanges, detailChanges, resubmit };
  }

  private async write(em: EntityManager, plan: Awaited<ReturnType<OfferImport['plan']>>) {
    const created = new Map<string, number>();
    if (plan.newOffers.size > 0) {
      const rows = await em.execute<
        { id: number; venueId: number; externalRef: string | null; ean: string | null }[]
      >(
        `insert into offer (venue_id, subcategory_id, name, description, external_ref, ean, validation)
         select x.venue, x.subcategory, x.name, x.description, x.ref, x.ean, 'DRAFT'
           from jsonb_to_recordset(?::jsonb)
             as x(venue int, subcategory text, name text, description text, ref text, ean text)
         returning id, venue_id as "venueId", external_ref as "externalRef", ean`,
        [
          JSON.stringify(
            [...plan.newOffers.values()].map((l) => ({
              venue: l.venueId,
              subcategory: l.subcategory.id,
              name: l.name,
              description: l.description,
              ref: l.externalRef,
              ean: l.ean,
            })),
          ),
        ],
      );
      for (const row of rows) created.set(offerKey(row.venueId, row.externalRef, row.ean), row.id);
    }
    if (plan.detailChanges.size > 0) {
      await em.execute(
        `update offer o set name = x.name, description = x.description, updated_at = now()
           from jsonb_to_recordset(?::jsonb) as x(id int, name text, description text)
          where o.id = x.id`,
        [
          JSON.stringify(
            [...plan.detailChanges].map(([id, l]) => ({
              id,
              name: l.name,
              description: l.description,
            })),
          ),
        ],
      );
    }
    if (plan.newStocks.length > 0) {
      await em.execute(
        `insert into stock (offer_id, price_cents, quantity, begins_at, booking_limit_at)
         select x.offer, x.price, x.quantity, x.begins, x.limit_at
           from jsonb_to_recordset(?::jsonb) as x(offer int, price int, quantity int, begins timestamptz, limit_at timestamptz)`,
        [
          JSON.stringify(
            plan.newStocks.map(({ line, offerId }) => ({
              offer: offerId ?? created.get(line.key),
              price: line.priceCents,
              quantity: line.quantity,
              begins: line.beginsAt,
              limit_at: line.beginsAt ? defaultBookingLimit(line.beginsAt) : null,
            })),
          ),
        ],
      );
    }
    if (plan.stockChanges.length > 0) {
      await em.execute(
        `update stock s set price_cents = x.price, quantity = x.quantity
           from jsonb_to_recordset(?::jsonb) as x(id int, price int, quantity int)
          where s.id = x.id`,
        [
          JSON.stringify(
            plan.stockChanges.map((c) => ({ id: c.id, price: c.priceCents, quantity: c.quantity })),
          ),
        ],
      );
    }
    for (const id of created.values()) await resubmitOffer(em, id, { publishing: true });
    for (const id of plan.resubmit) await resubmitOffer(em, id);
  }
}

/** How a line names its offer at a venue: by reference when it has one, else by EAN. */
function offerKey(venueId: number, externalRef: string | null, ean: string | null): string {
  return externalRef ? `${venueId}|r:${externalRef}` : `${venueId}|e:${ean}`;
}

function rejected(line: ImportLine, reason: string): LineReport {
  return { line: line.line, outcome: 'REJECTED', reason, name: line.name };
}
