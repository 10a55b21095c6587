import { enqueueOfferRejected } from '../notification/outbox.queries.js';
import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { requiredReason } from '../audit/reason.js';
import { cancelLiveBookings } from '../booking/bulk-cancel.js';
import { findSubcategory } from '../catalog/categories.js';
import {
  lockOfferValidation,
  lockStocksOfOffer,
  setOfferValidation,
} from '../catalog/offer-editing.queries.js';
import {
  activeRuleRows,
  allRuleRows,
  insertRule,
  pendingOfferRows,
  setRuleActive,
  type RuleRow,
} from './moderation.queries.js';
import {
  matchingRules,
  moderationStatusOf,
  type OfferDraft,
  type RuleData,
  type RuleKind,
} from './moderation.rules.js';

export type { OfferDraft } from './moderation.rules.js';

export interface ModerationRuleView extends RuleData {
  isActive: boolean;
  createdAt: Date;
}

function toRule(r: RuleRow): ModerationRuleView {
  return {
    id: r.id,
    label: r.label,
    kind: r.kind,
    priceThresholdCents: r.price_threshold_cents,
    words: r.words,
    subcategoryIds: r.subcategory_ids,
    isActive: r.is_active,
    createdAt: new Date(r.created_at),
  };
}

/**
 * THE entry point for offer creation and edition: the status a new or edited offer
 * takes, PENDING (waits in the moderation queue) when an active rule matches it.
 */
export async function moderationStatusFor(
  db: SqlClient,
  offerDraft: OfferDraft,
): Promise<'APPROVED' | 'PENDING'> {
  return moderationStatusOf((await activeRuleRows(db)).map(toRule), offerDraft);
}

export async function listModerationRules(db: SqlClient): Promise<ModerationRuleView[]> {
  return (await allRuleRows(db)).map(toRule);
}

export interface NewModerationRule {
  label: string;
  kind: RuleKind;
  priceThresholdCents?: number | null;
  words?: string[] | null;
  subcategoryIds?: string[] | null;
}

function badInput(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { fields: { [field]: message } });
}

/** Checks and normalises a rule: only the field of its kind is kept. */
function validRule(input: NewModerationRule): Omit<RuleData, 'id'> {
  const label = input.label.trim();
  if (!label || label.length > 200)
    throw badInput('label', 'Donnez un nom à la règle (200 caractères au plus).');
  const base = {
    label,
    kind: input.kind,
    priceThresholdCents: null,
    words: null,
    subcategoryIds: null,
  };
  switch (input.kind) {
    case 'PRICE_ABOVE': {
      const threshold = input.priceThresholdCents;
      if (
        threshold === null ||
        threshold === undefined ||
        !Number.isInteger(threshold) ||
        threshold < 0
      ) {
        throw badInput('priceThresholdCents', 'Indiquez un prix plafond positif ou nul.');
      }
      return { ...base, priceThresholdCents: threshold };
    }
    case 'WORDS': {
      const words = [...new Set((input.words ?? []).map((w) => w.trim()).filter(Boolean))];
      if (words.length === 0 || words.some((w) => w.length > 100)) {
        throw badInput('words', 'Indiquez au moins un mot (100 caractères au plus chacun).');
      }
      return { ...base, words };
    }
    case 'SUBCATEGORIES': {
      const ids = [...new Set(input.subcategoryIds ?? [])];
      if (ids.length === 0)
        throw badInput('subcategoryIds', 'Choisissez au moins une sous-catégorie.');
      const unknown = ids.find((id) => !findSubcategory(id));
      if (unknown) throw badInput('subcategoryIds', `Sous-catégorie inconnue : ${unknown}.`);
      return { ...base, subcategoryIds: ids };
    }
  }
}

export async function createModerationRule(
  db: Database,
  adminId: number,
  input: NewModerationRule,
): Promise<ModerationRuleView> {
  const rule = validRule(input);
  return db.transaction(async (tx) => {
    const row = await insertRule(tx, rule);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.MODERATION_RULE_CREATED,
      targetType: 'MODERATION_RULE',
      targetId: row.id,
      details: { ...rule },
    });
    return toRule(row);
  });
}

/** Turns a rule on or off; offers already moderated keep their status. */
export async function setModerationRuleActive(
  db: Database,
  adminId: number,
  ruleId: number,
  isActive: boolean,
): Promise<ModerationRuleView> {
  return db.transaction(async (tx) => {
    const row = await setRuleActive(tx, ruleId, isActive);
    if (!row) throw new AppError(ErrorCode.NOT_FOUND, 'Cette règle est introuvable.');
    await recordAudit(tx, {
      adminId,
      action: isActive ? AuditAction.MODERATION_RULE_ENABLED : AuditAction.MODERATION_RULE_DISABLED,
      targetType: 'MODERATION_RULE',
      targetId: ruleId,
    });
    return toRule(row);
  });
}

export interface PendingOffer {
  id: number;
  name: string;
  description: string | null;
  subcategoryId: string;
  venueName: string;
  venueDepartmentCode: string | null;
  offererName: string;
  updatedAt: Date;
  pricesCents: number[];
  liveBookings: number;
  /** Labels of the active rules it matches now. */
  matchedRules: string[];
}

/** Offers waiting for a decision, oldest change first, with the rules that hold them. */
export async function moderationQueue(db: SqlClient): Promise<PendingOffer[]> {
  const [rules, rows] = await Promise.all([activeRuleRows(db), pendingOfferRows(db)]);
  const ruleData = rules.map(toRule);
  return rows.map((r) => {
    const pricesCents = r.prices ?? [];
    return {
      id: r.id,
      name: r.name,
      description: r.description,
      subcategoryId: r.subcategory_id,
      venueName: r.venue_name,
      venueDepartmentCode: r.department_code,
      offererName: r.offerer_name,
      updatedAt: new Date(r.updated_at),
      pricesCents,
      liveBookings: r.live_bookings,
      matchedRules: matchingRules(ruleData, {
        name: r.name,
        description: r.description,
        subcategoryId: r.subcategory_id,
        pricesCents,
      }).map((rule) => rule.label),
    };
  });
}

async function lockOffer(tx: SqlClient, offerId: number): Promise<string> {
  const validation = await lockOfferValidation(tx, offerId);
  if (validation === null) throw new AppError(ErrorCode.NOT_FOUND, 'Cette offre est introuvable.');
  return validation;
}

/** Approves a pending offer: it becomes visible (if active and its offerer validated). */
export async function approveOffer(
  db: Database,
  adminId: number,
  offerId: number,
  now = new Date(),
): Promise<void> {
  await db.transaction(async (tx) => {
    if ((await lockOffer(tx, offerId)) !== 'PENDING') {
      throw new AppError(ErrorCode.BAD_USER_INPUT, "Cette offre n'attend pas de décision.");
    }
    await setOfferValidation(tx, offerId, 'APPROVED', now);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.OFFER_APPROVED,
      targetType: 'OFFER',
      targetId: offerId,
    });
  });
}

/**
 * Rejects a pending or approved offer: it disappears, and its live bookings are
 * cancelled (FRAUD), which gives the young people their credit back.
 */
export async function rejectOffer(
  db: Database,
  adminId: number,
  offerId: number,
  reason: string,
  now = new Date(),
): Promise<number[]> {
  const trimmed = requiredReason(reason);
  return db.transaction(async (tx) => {
    const validation = await lockOffer(tx, offerId);
    if (validation !== 'PENDING' && validation !== 'APPROVED') {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Cette offre ne peut pas être rejetée.');
    }
    // A booking in flight holds its stock's lock: wait for it, so that the cancellation
    // below sees (and cancels) it.
    await lockStocksOfOffer(tx, offerId);
    await setOfferValidation(tx, offerId, 'REJECTED', now);
    const cancelled = await cancelLiveBookings(tx, { offerIds: [offerId] }, 'FRAUD', now);
    // Each young person is told by cancelLiveBookings; the offerer, here.
    await enqueueOfferRejected(tx, offerId, cancelled.length, trimmed);
    await recordAudit(tx, {
      adminId,
      action: AuditAction.OFFER_REJECTED,
      targetType: 'OFFER',
      targetId: offerId,
      details: { reason: trimmed, cancelledBookingIds: cancelled },
    });
    return cancelled;
  });
}
