import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlClientOfEm } from '../../db/em-bridge.js';
import type { SqlClient } from '../../db/sql.js';
import { decodeIdCursor } from '../../graphql/cursor.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { withDates } from '../../shared/sql.js';
import { cancelLiveBookings } from '../booking/bulk-cancel.js';
import { constraintOf } from '../booking/booking.service.js';
import type { Viewer } from '../identity/identity.service.js';
import {
  MEMBER_OF_VENUE_SQL,
  requireOwnOffer,
  requireOwnStock,
  requireOwnVenue,
} from '../pro/pro-access.js';
import { STOCK_COLUMNS, STOCK_DATES, type StockRow } from './catalog.rows.js';
import { findSubcategory } from './categories.js';
import { ValidationStatus } from './offer.entity.js';
import { resubmitOffer } from './offer-status.js';
import { expandRecurrence, recurrenceProblem, type Recurrence } from './recurrence.js';
import { defaultBookingLimit } from './stock.rules.js';

/** At most this many live stocks (dates) per offer; the database refuses more too. */
export const MAX_STOCKS_PER_OFFER = 2_500;
/** A price above this is a typing mistake (cents). */
const MAX_PRICE_CENTS = 300_000;
const MAX_QUANTITY = 1_000_000;

export interface ProOfferRow {
  id: number;
  venueId: number;
  venueName: string;
  subcategoryId: string;
  name: string;
  description: string | null;
  url: string | null;
  isDuo: boolean;
  isActive: boolean;
  validation: ValidationStatus;
  updatedAt: Date;
}

export interface OfferDetails {
  name: string;
  description?: string | null;
  url?: string | null;
  isDuo: boolean;
}

export interface StocksRequest {
  priceCents: number;
  quantity?: number | null;
  dates?: Date[] | null;
  recurrence?: Recurrence | null;
  bookingLimitAt?: Date | null;
}

export interface StockChange {
  priceCents: number;
  quantity?: number | null;
  beginsAt?: Date | null;
  bookingLimitAt?: Date | null;
}

const PRO_OFFER_COLUMNS = `o.id, o.venue_id as "venueId", coalesce(v.public_name, v.name) as "venueName",
  o.subcategory_id as "subcategoryId", o.name, o.description, o.url, o.is_duo as "isDuo",
  o.is_active as "isActive", o.validation, o.updated_at as "updatedAt"`;

function badInput(fields: Record<string, string>): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, Object.values(fields)[0], { fields });
}

function tooManyStocks(): AppError {
  return badInput({
    stocks: `Une offre compte au plus ${MAX_STOCKS_PER_OFFER.toLocaleString('fr-FR')} dates ou stocks.`,
  });
}

/**
 * A pro's offers and stocks: drafts created step by step, published through
 * moderation (`resubmitOffer`), edited, deactivated, duplicated; stocks added many at
 * once, changed, deleted (cancelling their bookings when the pro confirms).
 */
export class ProOfferService {
  constructor(
    private readonly em: EntityManager,
    private readonly sql: SqlClient,
  ) {}

  async offers(
    userId: number,
    filter: { venueId: number | null; first: number; after: string | null },
  ): Promise<{ rows: ProOfferRow[]; hasNextPage: boolean }> {
    const afterId = filter.after ? decodeIdCursor(filter.after) : null;
    const rows = await this.em.execute<ProOfferRow[]>(
      `select ${PRO_OFFER_COLUMNS}
         from offer o join venue v on v.id = o.venue_id
        where ${MEMBER_OF_VENUE_SQL} and (?::int is null or o.venue_id = ?) and (?::int is null or o.id < ?)
        order by o.id desc
        limit ?`,
      [userId, filter.venueId, filter.venueId, afterId, afterId, filter.first + 1],
    );
    return {
      rows: rows.slice(0, filter.first).map((r) => withDates(r, ['updatedAt'])),
      hasNextPage: rows.length > filter.first,
    };
  }

  async offer(userId: number, offerId: number): Promise<ProOfferRow> {
    await requireOwnOffer(this.em, userId, offerId);
    const [row] = await this.em.execute<ProOfferRow[]>(
      `select ${PRO_OFFER_COLUMNS} from offer o join venue v on v.id = o.venue_id where o.id = ?`,
      [offerId],
    );
    return withDates(row!, ['updatedAt']);
  }

  /** Live stocks of offers, soonest first (things: newest first). */
  async stocksOf(offerIds: readonly number[]): Promise<StockRow[][]> {
    const rows = await this.sql.query<StockRow>(
      `select ${STOCK_COLUMNS} from stock s
        where s.offer_id = any($1::int[]) and not s.is_soft_deleted
        order by s.begins_at nulls last, s.id`,
      [[...offerIds]],
    );
    return offerIds.map((id) =>
      rows.filter((r) => r.offerId === id).map((r) => withDates(r, STOCK_DATES)),
    );
  }

  /** The first step: what and where. The offer stays a draft until published. */
  async createDraft(
    viewer: Viewer,
    input: OfferDetails & { venueId: number; subcategoryId: string },
  ): Promise<number> {
    const venue = await requireOwnVenue(this.em, viewer.userId, input.venueId);
    const subcategory = findSubcategory(input.subcategoryId);
    if (!subcategory) throw badInput({ subcategoryId: 'Choisissez une catégorie.' });
    const fields: Record<string, string> = {};
    if (subcategory.isDigital !== venue.isVirtual) {
      fields.venueId = subcategory.isDigital
        ? 'Une offre numérique se publie sur le lieu « offres numériques » de la structure.'
        : 'Choisissez le lieu où se déroule cette offre.';
    }
    const details = checkDetails(input, subcategory, fields);
    const [row] = await this.em.execute<{ id: number }[]>(
      `insert into offer (venue_id, subcategory_id, name, description, url, is_duo, validation)
       values (?, ?, ?, ?, ?, ?, 'DRAFT') returning id`,
      [
        input.venueId,
        subcategory.id,
        details.name,
        details.description,
        details.url,
        details.isDuo,
      ],
    );
    return row!.id;
  }

  /** Edits what an offer says; a published offer goes back through moderation. */
  async updateDetails(viewer: Viewer, offerId: number, input: OfferDetails): Promise<number> {
    return this.em.transactional(async (em) => {
      const offer = await requireOwnOffer(em, viewer.userId, offerId, true);
      const details = checkDetails(input, findSubcategory(offer.subcategoryId)!, {});
      await em.execute(
        `update offer set name = ?, description = ?, url = ?, is_duo = ?, updated_at = now()
          where id = ?`,
        [details.name, details.description, details.url, details.isDuo, offerId],
      );
      await resubmitOffer(em, offerId);
      return offerId;
    });
  }

  /** The last step: a draft with at least one stock is submitted. */
  async publish(viewer: Viewer, offerId: number): Promise<number> {
    return this.em.transactional(async (em) => {
      const offer = await requireOwnOffer(em, viewer.userId, offerId, true);
      if (offer.validation !== ValidationStatus.DRAFT) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'Cette offre est déjà publiée.');
      }
      const [stocks] = await em.execute<{ count: number }[]>(
        'select count(*)::int as count from stock where offer_id = ? and not is_soft_deleted',
        [offerId],
      );
      if (!stocks!.count) {
        throw badInput({ stocks: 'Ajoutez au moins une date ou un stock avant de publier.' });
      }
      await resubmitOffer(em, offerId, { publishing: true });
      return offerId;
    });
  }

  /** Deactivated offers stay with their bookings but cannot be booked any more. */
  async setActive(viewer: Viewer, offerId: number, isActive: boolean): Promise<number> {
    await requireOwnOffer(this.em, viewer.userId, offerId);
    await this.em.execute('update offer set is_active = ?, updated_at = now() where id = ?', [
      isActive,
      offerId,
    ]);
    return offerId;
  }

  /** A draft copy of an offer (what and where), to which the pro adds new dates. */
  async duplicate(viewer: Viewer, offerId: number): Promise<number> {
    await requireOwnOffer(this.em, viewer.userId, offerId);
    const [row] = await this.em.execute<{ id: number }[]>(
      `insert into offer (venue_id, subcategory_id, name, description, url, is_duo, is_active, validation)
       select venue_id, subcategory_id, name, description, url, is_duo, true, 'DRAFT' from offer where id = ?
       returning id`,
      [offerId],
    );
    return row!.id;
  }

  /** Adds stocks: one for a thing; for an event, one per date (given, or repeated). */
  async addStocks(viewer: Viewer, offerId: number, request: StocksRequest, now = new Date()) {
    return this.translateConstraints(() =>
      this.em.transactional(async (em) => {
        const offer = await requireOwnOffer(em, viewer.userId, offerId, true);
        const subcategory = findSubcategory(offer.subcategoryId)!;
        const fields: Record<string, string> = {};
        checkPriceAndQuantity(request, fields);
        const [live] = await em.execute<{ count: number }[]>(
          'select count(*)::int as count from stock where offer_id = ? and not is_soft_deleted',
          [offerId],
        );
        let dates: (Date | null)[] = [null];
        if (subcategory.isEvent) {
          dates = this.eventDates(request, now, fields);
          if (request.bookingLimitAt) {
            fields.bookingLimitAt =
              'La limite de réservation des dates se calcule seule : modifiez-la date par date.';
          }
        } else {
          if (request.dates?.length || request.recurrence) {
            fields.dates = "Cette offre n'est pas un évènement : elle n'a pas de dates.";
          }
          if (live!.count > 0) {
            fields.stocks = 'Cette offre a déjà un stock : modifiez-le.';
          }
        }
        if (Object.keys(fields).length > 0) throw badInput(fields);
        if (live!.count + dates.length > MAX_STOCKS_PER_OFFER) throw tooManyStocks();
        const limits = dates.map((d) =>
          d ? defaultBookingLimit(d) : (request.bookingLimitAt ?? null),
        );
        await em.execute(
          `insert into stock (offer_id, price_cents, quantity, begins_at, booking_limit_at)
           select ?, ?, ?, d.begins_at, d.limit_at
             from unnest(?::timestamptz[], ?::timestamptz[]) as d(begins_at, limit_at)`,
          [
            offerId,
            request.priceCents,
            request.quantity ?? null,
            pgArray(dates.map((d) => d?.toISOString() ?? null)),
            pgArray(limits.map((d) => d?.toISOString() ?? null)),
          ],
        );
        // New prices may cross a moderation threshold.
        await resubmitOffer(em, offerId);
        return dates.length;
      }),
    );
  }

  private eventDates(request: StocksRequest, now: Date, fields: Record<string, string>): Date[] {
    const dates = [...(request.dates ?? [])];
    if (request.recurrence) {
      const problem = recurrenceProblem(request.recurrence);
      if (problem) {
        fields.recurrence = {
          BAD_DAY: 'Indiquez une date de début et une date de fin valides.',
          UNTIL_BEFORE_FROM: 'La date de fin doit suivre la date de début.',
          BAD_WEEKDAY: 'Choisissez au moins un jour de la semaine.',
          BAD_TIME: 'Indiquez au moins un horaire, au format HH:MM.',
        }[problem];
        return [];
      }
      dates.push(...expandRecurrence(request.recurrence, MAX_STOCKS_PER_OFFER));
    }
    const unique = [...new Map(dates.map((d) => [d.getTime(), d])).values()].sort(
      (a, b) => a.getTime() - b.getTime(),
    );
    if (unique.length === 0) fields.dates = 'Ajoutez au moins une date.';
    else if (unique.some((d) => Number.isNaN(d.getTime()) || d.getTime() <= now.getTime())) {
      fields.dates = 'Les dates doivent être à venir.';
    } else if (unique.length > MAX_STOCKS_PER_OFFER) fields.stocks = tooManyStocks().message;
    return unique;
  }

  /** Changes a stock's price, places or date; never below the places already booked. */
  async updateStock(viewer: Viewer, stockId: number, change: StockChange, now = new Date()) {
    return this.translateConstraints(() =>
      this.em.transactional(async (em) => {
        const stock = await requireOwnStock(em, viewer.userId, stockId);
        const isEvent = findSubcategory(stock.subcategoryId)!.isEvent;
        const fields: Record<string, string> = {};
        checkPriceAndQuantity(change, fields);
        let beginsAt: Date | null = null;
        let limitAt: Date | null = change.bookingLimitAt ?? null;
        if (isEvent) {
          beginsAt = change.beginsAt ?? stock.beginsAt;
          if (!beginsAt || Number.isNaN(beginsAt.getTime())) fields.beginsAt = 'Indiquez la date.';
          else if (
            change.beginsAt &&
            change.beginsAt.getTime() !== stock.beginsAt?.getTime() &&
            beginsAt.getTime() <= now.getTime()
          ) {
            fields.beginsAt = 'La date doit être à venir.';
          } else {
            limitAt ??= defaultBookingLimit(beginsAt);
            if (limitAt.getTime() > beginsAt.getTime()) {
              fields.bookingLimitAt = "La limite de réservation ne peut pas suivre l'évènement.";
            }
          }
        } else if (change.beginsAt) {
          fields.beginsAt = "Cette offre n'est pas un évènement : elle n'a pas de date.";
        }
        if (Object.keys(fields).length > 0) throw badInput(fields);
        const quantity = change.quantity ?? null;
        if (quantity !== null && quantity < stock.bookedQuantity) {
          throw new AppError(
            ErrorCode.QUANTITY_BELOW_BOOKED,
            `${stock.bookedQuantity} places sont déjà réservées : la quantité ne peut pas être inférieure.`,
            { bookedQuantity: stock.bookedQuantity },
          );
        }
        await em.execute(
          `update stock set price_cents = ?, quantity = ?, begins_at = ?, booking_limit_at = ? where id = ?`,
          [change.priceCents, quantity, beginsAt, limitAt, stockId],
        );
        // A new price may cross a moderation threshold; a new quantity or date does not.
        if (change.priceCents !== stock.priceCents) await resubmitOffer(em, stock.offerId);
        return stock.offerId;
      }),
    );
  }

  /**
   * Deletes a stock (soft: its bookings keep pointing at it). With live bookings the
   * pro must confirm; they are then cancelled (reason OFFERER), which frees places
   * and gives each beneficiary their credit back.
   */
  async deleteStock(
    viewer: Viewer,
    stockId: number,
    confirm: boolean,
    now = new Date(),
  ): Promise<{ offerId: number; cancelledBookings: number }> {
    return this.em.transactional(async (em) => {
      const stock = await requireOwnStock(em, viewer.userId, stockId);
      const [live] = await em.execute<{ count: number }[]>(
        `select count(*)::int as count from booking where stock_id = ? and status = 'CONFIRMED'`,
        [stockId],
      );
      if (live!.count > 0 && !confirm) {
        throw new AppError(
          ErrorCode.STOCK_HAS_BOOKINGS,
          `${live!.count} réservation(s) en cours : confirmez pour les annuler et supprimer ce stock.`,
          { bookingsCount: live!.count },
        );
      }
      const cancelled = await cancelLiveBookings(
        sqlClientOfEm(em),
        { stockIds: [stockId] },
        'OFFERER',
        now,
      );
      await em.execute('update stock set is_soft_deleted = true where id = ?', [stockId]);
      return { offerId: stock.offerId, cancelledBookings: cancelled.length };
    });
  }

  private async translateConstraints<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      const constraint = constraintOf(error);
      if (constraint === 'stock_max_per_offer') throw tooManyStocks();
      if (constraint === 'stock_booked_within_quantity') {
        throw new AppError(ErrorCode.QUANTITY_BELOW_BOOKED);
      }
      throw error;
    }
  }
}

function checkDetails(
  input: OfferDetails,
  subcategory: NonNullable<ReturnType<typeof findSubcategory>>,
  fields: Record<string, string>,
): { name: string; description: string | null; url: string | null; isDuo: boolean } {
  const name = input.name.trim();
  const description = input.description?.trim() || null;
  const url = input.url?.trim() || null;
  if (!name) fields.name = "Indiquez le titre de l'offre.";
  else if (name.length > 140) fields.name = 'Le titre compte au plus 140 caractères.';
  if (description && description.length > 10_000) {
    fields.description = 'La description compte au plus 10 000 caractères.';
  }
  if (subcategory.isDigital && (!url || !/^https:\/\/[^\s/]+\.[^\s]+$/.test(url))) {
    fields.url = "Indiquez l'adresse web de l'offre, commençant par https://.";
  }
  if (!subcategory.isDigital && url)
    fields.url = 'Seules les offres numériques ont une adresse web.';
  if (input.isDuo && !subcategory.canBeDuo) {
    fields.isDuo = "Cette catégorie d'offre ne peut pas être réservée en duo.";
  }
  if (Object.keys(fields).length > 0) throw badInput(fields);
  return { name, description, url: subcategory.isDigital ? url : null, isDuo: input.isDuo };
}

function checkPriceAndQuantity(
  input: { priceCents: number; quantity?: number | null },
  fields: Record<string, string>,
): void {
  if (!Number.isInteger(input.priceCents) || input.priceCents < 0) {
    fields.priceCents = 'Le prix doit être positif ou nul.';
  } else if (input.priceCents > MAX_PRICE_CENTS) {
    fields.priceCents = 'Le prix ne peut pas dépasser 3 000 €.';
  }
  const quantity = input.quantity ?? null;
  if (
    quantity !== null &&
    (!Number.isInteger(quantity) || quantity < 0 || quantity > MAX_QUANTITY)
  ) {
    fields.quantity = 'La quantité doit être un nombre de places positif, ou illimitée.';
  }
}

/** A Postgres array literal: the ORM would expand a JS array into a list of values. */
function pgArray(values: (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v}"`)).join(',')}}`;
}
