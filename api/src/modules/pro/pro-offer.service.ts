import type { Database } from '../../db/sql.js';
import { decodeIdCursor } from '../../graphql/cursor.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { cancelLiveBookings } from '../booking/bulk-cancel.js';
import { resetLimitsAfterDateChange } from '../booking/date-change.js';
import { countLiveBookingsOfStock } from '../booking/booking.queries.js';
import { constraintOf } from '../booking/booking.service.js';
import type { StockRow } from '../catalog/catalog.rows.js';
import { findSubcategory } from '../catalog/categories.js';
import {
  checkCatalogueDetails,
  mergeDetails,
  NO_DETAILS,
  type CatalogueDetails,
  type CatalogueDetailsInput,
} from '../catalog/catalogue-details.js';
import {
  countLiveStocks,
  duplicateOfferAsDraft,
  insertDraftOffer,
  insertStocks,
  liveStocksOf,
  proOfferById,
  proOffersPage,
  setOfferActive,
  softDeleteStock,
  updateOfferDetails,
  updateStock,
  type ProOfferRow,
} from '../catalog/offer-editing.queries.js';
import { ValidationStatus } from '../catalog/offer.entity.js';
import {
  notFound,
  requireOwnOffer,
  requireOwnStock,
  requireOwnVenue,
} from '../catalog/pro-access.queries.js';
import { expandRecurrence, recurrenceProblem, type Recurrence } from '../catalog/recurrence.js';
import { defaultBookingLimit } from '../catalog/stock.rules.js';
import type { Viewer } from '../identity/identity.service.js';
import { timeZoneOfDepartment } from '../../shared/time-zones.js';
import { resubmitOffer } from './offer-status.js';

export type { ProOfferRow } from '../catalog/offer-editing.queries.js';

/** At most this many live stocks (dates) per offer; the database refuses more too. */
export const MAX_STOCKS_PER_OFFER = 2_500;
/** A price above this is a typing mistake (cents). */
const MAX_PRICE_CENTS = 300_000;
const MAX_QUANTITY = 1_000_000;

export interface OfferDetails extends CatalogueDetailsInput {
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
  constructor(private readonly db: Database) {}

  async offers(
    userId: number,
    filter: { venueId: number | null; first: number; after: string | null },
  ): Promise<{ rows: ProOfferRow[]; hasNextPage: boolean }> {
    const afterId = filter.after ? decodeIdCursor(filter.after) : null;
    const rows = await proOffersPage(this.db, userId, {
      venueId: filter.venueId,
      afterId,
      limit: filter.first + 1,
    });
    return {
      rows: rows.slice(0, filter.first),
      hasNextPage: rows.length > filter.first,
    };
  }

  async offer(userId: number, offerId: number): Promise<ProOfferRow> {
    await requireOwnOffer(this.db, userId, offerId);
    const row = await proOfferById(this.db, offerId);
    if (!row) throw notFound('offer');
    return row;
  }

  /** Live stocks of offers, soonest first (things: newest first). */
  async stocksOf(offerIds: readonly number[]): Promise<StockRow[][]> {
    return liveStocksOf(this.db, offerIds);
  }

  /** The first step: what and where. The offer stays a draft until published. */
  async createDraft(
    viewer: Viewer,
    input: OfferDetails & { venueId: number; subcategoryId: string },
  ): Promise<number> {
    const venue = await requireOwnVenue(this.db, viewer.userId, input.venueId);
    const subcategory = findSubcategory(input.subcategoryId);
    if (!subcategory) throw badInput({ subcategoryId: 'Choisissez une catégorie.' });
    const fields: Record<string, string> = {};
    if (subcategory.isDigital !== venue.isVirtual) {
      fields.venueId = subcategory.isDigital
        ? 'Une offre numérique se publie sur le lieu « offres numériques » de la structure.'
        : 'Choisissez le lieu où se déroule cette offre.';
    }
    const details = checkDetails(input, subcategory, fields, NO_DETAILS);
    return translateEanTaken(() =>
      insertDraftOffer(this.db, {
        ...details,
        venueId: input.venueId,
        subcategoryId: subcategory.id,
      }),
    );
  }

  /**
   * Edits what an offer says; a published offer goes back through moderation. A catalogue
   * field left out of the input keeps its value; an empty one is cleared.
   */
  async updateDetails(viewer: Viewer, offerId: number, input: OfferDetails): Promise<number> {
    return translateEanTaken(() =>
      this.db.transaction(async (tx) => {
        const offer = await requireOwnOffer(tx, viewer.userId, offerId, true);
        const current = (await proOfferById(tx, offerId))!;
        const details = checkDetails(input, findSubcategory(offer.subcategoryId)!, {}, current);
        await updateOfferDetails(tx, offerId, details);
        await resubmitOffer(tx, offerId);
        return offerId;
      }),
    );
  }

  /** The last step: a draft with at least one stock is submitted. */
  async publish(viewer: Viewer, offerId: number): Promise<number> {
    return this.db.transaction(async (tx) => {
      const offer = await requireOwnOffer(tx, viewer.userId, offerId, true);
      if (offer.validation !== ValidationStatus.DRAFT) {
        throw new AppError(ErrorCode.BAD_USER_INPUT, 'Cette offre est déjà publiée.');
      }
      if ((await countLiveStocks(tx, offerId)) === 0) {
        throw badInput({ stocks: 'Ajoutez au moins une date ou un stock avant de publier.' });
      }
      await resubmitOffer(tx, offerId, { publishing: true });
      return offerId;
    });
  }

  /** Deactivated offers stay with their bookings but cannot be booked any more. */
  async setActive(viewer: Viewer, offerId: number, isActive: boolean): Promise<number> {
    await requireOwnOffer(this.db, viewer.userId, offerId);
    await setOfferActive(this.db, offerId, isActive);
    return offerId;
  }

  /** A draft copy of an offer (what and where), to which the pro adds new dates. */
  async duplicate(viewer: Viewer, offerId: number): Promise<number> {
    await requireOwnOffer(this.db, viewer.userId, offerId);
    return duplicateOfferAsDraft(this.db, offerId);
  }

  /** Adds stocks: one for a thing; for an event, one per date (given, or repeated). */
  async addStocks(viewer: Viewer, offerId: number, request: StocksRequest, now = new Date()) {
    return this.translateConstraints(() =>
      this.db.transaction(async (tx) => {
        const offer = await requireOwnOffer(tx, viewer.userId, offerId, true);
        const subcategory = findSubcategory(offer.subcategoryId)!;
        const fields: Record<string, string> = {};
        checkPriceAndQuantity(request, fields);
        const live = await countLiveStocks(tx, offerId);
        // Dates, recurrences and booking limits are on the venue's clock.
        const timeZone = timeZoneOfDepartment(offer.venueDepartmentCode);
        let dates: (Date | null)[] = [null];
        if (subcategory.isEvent) {
          dates = this.eventDates(request, now, fields, timeZone);
          if (request.bookingLimitAt) {
            fields.bookingLimitAt =
              'La limite de réservation des dates se calcule seule : modifiez-la date par date.';
          }
        } else {
          if (request.dates?.length || request.recurrence) {
            fields.dates = "Cette offre n'est pas un évènement : elle n'a pas de dates.";
          }
          if (live > 0) {
            fields.stocks = 'Cette offre a déjà un stock : modifiez-le.';
          }
        }
        if (Object.keys(fields).length > 0) throw badInput(fields);
        if (live + dates.length > MAX_STOCKS_PER_OFFER) throw tooManyStocks();
        const limits = dates.map((d) =>
          d ? defaultBookingLimit(d, timeZone) : (request.bookingLimitAt ?? null),
        );
        await insertStocks(
          tx,
          offerId,
          { priceCents: request.priceCents, quantity: request.quantity ?? null },
          dates.map((beginsAt, i) => ({ beginsAt, bookingLimitAt: limits[i]! })),
        );
        // New prices may cross a moderation threshold.
        await resubmitOffer(tx, offerId);
        return dates.length;
      }),
    );
  }

  private eventDates(
    request: StocksRequest,
    now: Date,
    fields: Record<string, string>,
    timeZone: string,
  ): Date[] {
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
      dates.push(...expandRecurrence(request.recurrence, MAX_STOCKS_PER_OFFER, timeZone));
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

  /**
   * Changes a stock's price, places or date; never below the places already booked. A new
   * date resets the cancellation limit of its live bookings (min(new start, now + 48 h)) and
   * tells each young person by email.
   */
  async updateStock(viewer: Viewer, stockId: number, change: StockChange, now = new Date()) {
    return this.translateConstraints(() =>
      this.db.transaction(async (tx) => {
        const stock = await requireOwnStock(tx, viewer.userId, stockId);
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
            limitAt ??= defaultBookingLimit(
              beginsAt,
              timeZoneOfDepartment(stock.venueDepartmentCode),
            );
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
        await updateStock(tx, stockId, {
          priceCents: change.priceCents,
          quantity,
          beginsAt,
          bookingLimitAt: limitAt,
        });
        if (isEvent && beginsAt && beginsAt.getTime() !== stock.beginsAt?.getTime()) {
          await resetLimitsAfterDateChange(tx, {
            stockId,
            previousBeginsAt: stock.beginsAt,
            newBeginsAt: beginsAt,
            changedAt: now,
          });
        }
        // A new price may cross a moderation threshold; a new quantity or date does not.
        if (change.priceCents !== stock.priceCents) await resubmitOffer(tx, stock.offerId);
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
    return this.db.transaction(async (tx) => {
      const stock = await requireOwnStock(tx, viewer.userId, stockId);
      const live = await countLiveBookingsOfStock(tx, stockId);
      if (live > 0 && !confirm) {
        throw new AppError(
          ErrorCode.STOCK_HAS_BOOKINGS,
          `${live} réservation(s) en cours : confirmez pour les annuler et supprimer ce stock.`,
          { bookingsCount: live },
        );
      }
      const cancelled = await cancelLiveBookings(tx, { stockIds: [stockId] }, 'OFFERER', now);
      await softDeleteStock(tx, stockId);
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

/** Two offers of one venue never carry the same EAN (the database refuses it too). */
async function translateEanTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (constraintOf(error) === 'offer_venue_ean_unique') {
      throw badInput({ ean: 'Une autre offre de ce lieu porte déjà cet EAN.' });
    }
    throw error;
  }
}

function checkDetails(
  input: OfferDetails,
  subcategory: NonNullable<ReturnType<typeof findSubcategory>>,
  fields: Record<string, string>,
  current: CatalogueDetails,
): {
  name: string;
  description: string | null;
  url: string | null;
  isDuo: boolean;
} & CatalogueDetails {
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
  const catalogue = checkCatalogueDetails({
    author: input.author,
    performer: input.performer,
    stageDirector: input.stageDirector,
    ean: input.ean,
    durationMinutes: input.durationMinutes,
    language: input.language,
    ageAdvice: input.ageAdvice,
  });
  Object.assign(fields, catalogue.problems);
  if (Object.keys(fields).length > 0) throw badInput(fields);
  return {
    ...mergeDetails(pickDetails(current), catalogue.details),
    name,
    description,
    url: subcategory.isDigital ? url : null,
    isDuo: input.isDuo,
  };
}

function pickDetails(row: CatalogueDetails): CatalogueDetails {
  return {
    author: row.author,
    performer: row.performer,
    stageDirector: row.stageDirector,
    ean: row.ean,
    durationMinutes: row.durationMinutes,
    language: row.language,
    ageAdvice: row.ageAdvice,
  };
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
