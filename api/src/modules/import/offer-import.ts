import type { Database, SqlClient } from '../../db/sql.js';
import {
  insertImportedOffers,
  insertImportedStocks,
  liveStocksForImport,
  offersNamedBy,
  updateImportedOfferDetails,
  updateImportedStocks,
  venuesOfMember,
  type ImportedOffer as ExistingOffer,
  type ImportedStock as ExistingStock,
} from '../catalog/offer-import.queries.js';
import { defaultBookingLimit } from '../catalog/stock.rules.js';
import { resubmitOffer } from '../pro/offer-status.js';
import { zonedTime } from '../../shared/time.js';
import { timeZoneOfDepartment } from '../../shared/time-zones.js';
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
  /** Its clock: dates written without a zone are read on it. */
  timeZone: string;
}

const DETAIL_FIELDS = [
  'author',
  'performer',
  'stageDirector',
  'durationMinutes',
  'language',
  'ageAdvice',
] as const;

/** The catalogue fields (EAN aside) an offer has once a line's are applied. */
function detailsAfter(offer: ExistingOffer | null, line: ImportLine) {
  return Object.fromEntries(
    DETAIL_FIELDS.map((field) => [
      field,
      line.details[field] !== undefined ? line.details[field] : (offer?.[field] ?? null),
    ]),
  ) as Pick<ExistingOffer, (typeof DETAIL_FIELDS)[number]>;
}

/** A valid line placed at its venue, keyed by the offer it names there. */
interface PlacedLine extends ImportLine {
  venueId: number;
  key: string;
  timeZone: string;
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
    private readonly db: Database,
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
    const rows = await venuesOfMember(this.db, this.userId);
    for (const row of rows) {
      const venue = {
        id: row.id,
        isVirtual: row.isVirtual,
        timeZone: timeZoneOfDepartment(row.departmentCode),
      };
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
    // A date written without a zone is on the venue's clock.
    if (line.wallClock) {
      const { date, hour, minute } = line.wallClock;
      line = { ...line, beginsAt: zonedTime(date, hour, minute, venue.timeZone) };
      if (line.beginsAt!.getTime() <= (this.options.now ?? new Date()).getTime()) {
        return { line: line.line, reason: 'La date de l’évènement est passée.' };
      }
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
    return { ...line, venueId: venue.id, key, timeZone: venue.timeZone };
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
      for (const entry of (await this.plan(this.db, lines)).reports) this.record(entry);
      return;
    }
    const attempt = () =>
      this.db.transaction(async (tx) => {
        const plan = await this.plan(tx, lines);
        await this.write(tx, plan);
        return plan.reports;
      });
    let reports: LineReport[];
    try {
      reports = await attempt();
    } catch (error) {
      // Another import created one of these offers meanwhile: matched again, it is an update.
      if ((error as { code?: unknown } | null)?.code !== '23505') throw error;
      reports = await attempt();
    }
    for (const entry of reports) this.record(entry);
  }

  /** Every line's outcome against the database as it stands, and the writes it takes. */
  private async plan(db: SqlClient, lines: PlacedLine[]) {
    // Offers first, then their stocks, as every stock change locks them.
    const lock = this.options.confirm;
    const offers = await offersNamedBy(
      db,
      lines.map((l) => ({ venue: l.venueId, ref: l.externalRef, ean: l.ean })),
      lock,
    );
    const byRef = new Map<string, ExistingOffer>();
    const byEan = new Map<string, ExistingOffer>();
    for (const offer of offers) {
      if (offer.externalRef) byRef.set(offerKey(offer.venueId, offer.externalRef, null), offer);
      if (offer.ean) byEan.set(offerKey(offer.venueId, null, offer.ean), offer);
    }
    const stocks = offers.length
      ? await liveStocksForImport(
          db,
          offers.map((o) => o.id),
          lock,
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
    const detailChanges = new Map<number, { line: PlacedLine; offer: ExistingOffer }>();
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
      const after = detailsAfter(offer, line);
      const detailsChanged =
        offer.name !== line.name ||
        offer.description !== line.description ||
        DETAIL_FIELDS.some((field) => offer[field] !== after[field]);
      if (detailsChanged && !detailChanges.has(offer.id)) {
        detailChanges.set(offer.id, { line, offer });
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

  private async write(tx: SqlClient, plan: Awaited<ReturnType<OfferImport['plan']>>) {
    const created = new Map<string, number>();
    if (plan.newOffers.size > 0) {
      const rows = await insertImportedOffers(
        tx,
        [...plan.newOffers.values()].map((l) => ({
          venue: l.venueId,
          subcategory: l.subcategory.id,
          name: l.name,
          description: l.description,
          ref: l.externalRef,
          ean: l.ean,
          ...detailsAfter(null, l),
        })),
      );
      for (const row of rows) created.set(offerKey(row.venueId, row.externalRef, row.ean), row.id);
    }
    if (plan.detailChanges.size > 0) {
      await updateImportedOfferDetails(
        tx,
        [...plan.detailChanges].map(([id, { line, offer }]) => ({
          id,
          name: line.name,
          description: line.description,
          ...detailsAfter(offer, line),
        })),
      );
    }
    if (plan.newStocks.length > 0) {
      await insertImportedStocks(
        tx,
        plan.newStocks.map(({ line, offerId }) => ({
          offer: offerId ?? created.get(line.key),
          price: line.priceCents,
          quantity: line.quantity,
          begins: line.beginsAt,
          limit_at: line.beginsAt ? defaultBookingLimit(line.beginsAt, line.timeZone) : null,
        })),
      );
    }
    if (plan.stockChanges.length > 0) {
      await updateImportedStocks(
        tx,
        plan.stockChanges.map((c) => ({ id: c.id, price: c.priceCents, quantity: c.quantity })),
      );
    }
    for (const id of created.values()) await resubmitOffer(tx, id, { publishing: true });
    for (const id of plan.resubmit) await resubmitOffer(tx, id);
  }
}

/** How a line names its offer at a venue: by reference when it has one, else by EAN. */
function offerKey(venueId: number, externalRef: string | null, ean: string | null): string {
  return externalRef ? `${venueId}|r:${externalRef}` : `${venueId}|e:${ean}`;
}

function rejected(line: ImportLine, reason: string): LineReport {
  return { line: line.line, outcome: 'REJECTED', reason, name: line.name };
}
