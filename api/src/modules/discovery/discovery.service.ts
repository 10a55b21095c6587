import type { Database, SqlClient } from '../../db/sql.js';
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { AuditAction, recordAudit } from '../audit/audit.service.js';
import { bookedSubcategoryIds } from '../booking/booking.queries.js';
import { offersByIds } from '../catalog/catalog.queries.js';
import {
  CATEGORIES,
  findSubcategory,
  subcategoriesOf,
  type CategoryId,
} from '../catalog/categories.js';
import { ruleOffers } from '../catalog/discovery.queries.js';
import { isOfferVisible } from '../catalog/visibility.js';
import { accountById } from '../identity/identity.queries.js';
import { departmentName } from '../territory/departments.js';
import {
  allSelections,
  deleteSelection,
  insertSelection,
  liveRuleSelections,
  lockAllSelections,
  publishedSelections,
  rewritePositions,
  selectionForUpdate,
  storeRuleOffers,
  updateSelection,
  type SelectionRow,
} from './discovery.queries.js';
import { homeFeed, type FeedCard, type FeedModule } from './home-feed.queries.js';
import { selectionProblems, type SelectionDraft } from './selection.rules.js';

export type HomeModuleKind = FeedModule | 'SELECTION';

export interface HomeRequest {
  around: { latitude: number; longitude: number } | null;
  /** Department whose editorial selections are shown; null: the signed-in person's. */
  departmentCode: string | null;
  viewerId: number | null;
  now: Date;
}

export interface HomeItemView {
  offerId: number;
  distanceMeters: number | null;
}

export interface HomeModuleView {
  id: string;
  kind: HomeModuleKind;
  title: string;
  text: string | null;
  items: HomeItemView[];
}

export interface HomeView {
  /** Whether the local modules were computed around a point. */
  located: boolean;
  departmentCode: string | null;
  modules: HomeModuleView[];
  /** What each card shows, read with the modules (no loader needs to ask again). */
  cards: Map<number, FeedCard>;
}

export const CARDS_PER_MODULE = 10;
export const HOME_RADIUS_METERS = 50_000;

const MODULE_TEXT: Record<FeedModule, { title: string; text: string | null }> = {
  NEAR: { title: 'Près de toi', text: 'Les lieux les plus proches, une offre chacun.' },
  THIS_WEEK: { title: 'Cette semaine', text: 'Des sorties dans les 7 prochains jours.' },
  FREE: { title: 'Gratuit', text: 'Sans toucher à ton crédit.' },
  LAST_PLACES: { title: 'Dernières places', text: 'Plus que quelques places : ne tarde pas.' },
  NEW: { title: 'Nouveautés', text: 'Les dernières offres publiées.' },
  CHANGE: {
    title: 'Pour changer',
    text: 'Des catégories que tu n’as encore jamais réservées.',
  },
};

/** Where the local modules go on the home; editorial selections come after the first two. */
const BEFORE_SELECTIONS: FeedModule[] = ['NEAR', 'THIS_WEEK'];
const AFTER_SELECTIONS: FeedModule[] = ['FREE', 'LAST_PLACES', 'CHANGE', 'NEW'];

function badInput(fields: Record<string, string>): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, Object.values(fields)[0], { fields });
}

/** Subcategories of the categories none of these subcategories belong to. */
export function otherCategoriesSubcategories(booked: readonly string[]): string[] {
  const tried = new Set(booked.map((id) => findSubcategory(id)?.categoryId));
  return CATEGORIES.filter((c) => !tried.has(c.id)).flatMap((c) =>
    subcategoriesOf(c.id).map((s) => s.id),
  );
}

/**
 * The discovery home: a constant number of statements whatever the number of modules —
 * the person's department and booked subcategories (signed in), the published selections,
 * then one statement for every module's offers.
 */
export async function discoveryHome(db: SqlClient, request: HomeRequest): Promise<HomeView> {
  const { around } = request;
  if (
    around &&
    (!Number.isFinite(around.latitude) ||
      !Number.isFinite(around.longitude) ||
      Math.abs(around.latitude) > 90 ||
      Math.abs(around.longitude) > 180)
  ) {
    throw badInput({
      around: 'Ce lieu n’est pas valide : latitude entre -90 et 90, longitude entre -180 et 180.',
    });
  }
  if (request.departmentCode !== null && !departmentName(request.departmentCode)) {
    throw badInput({
      departmentCode: `Le département « ${request.departmentCode} » n’existe pas.`,
    });
  }
  const [account, booked] = request.viewerId
    ? await Promise.all([
        request.departmentCode === null ? accountById(db, request.viewerId) : null,
        bookedSubcategoryIds(db, request.viewerId),
      ])
    : [null, null];
  const departmentCode = request.departmentCode ?? account?.departmentCode ?? null;
  const selections = await publishedSelections(db, departmentCode, request.now);
  const { rows, cards } = await homeFeed(db, {
    around,
    radiusMeters: HOME_RADIUS_METERS,
    now: request.now,
    perModule: CARDS_PER_MODULE,
    changeSubcategoryIds: booked ? otherCategoriesSubcategories(booked) : null,
    selections: selections.map((s) => ({
      key: String(s.id),
      offerIds: s.kind === 'LIST' ? s.offerIds : s.ruleOfferIds,
    })),
    viewerId: request.viewerId,
  });
  const items = new Map<string, HomeItemView[]>();
  for (const row of rows) {
    const list = items.get(row.module) ?? [];
    list.push({ offerId: row.offerId, distanceMeters: row.distance });
    items.set(row.module, list);
  }
  const local = (kind: FeedModule): HomeModuleView => ({
    id: kind,
    kind,
    ...MODULE_TEXT[kind],
    items: items.get(kind) ?? [],
  });
  const modules = [
    ...BEFORE_SELECTIONS.map(local),
    ...selections.map((s): HomeModuleView => ({
      id: `SELECTION:${s.id}`,
      kind: 'SELECTION',
      title: s.title,
      text: s.text,
      items: items.get(`selection:${s.id}`) ?? [],
    })),
    ...AFTER_SELECTIONS.map(local),
  ];
  // A module left without a bookable offer (a selection whose offers all went) is not shown.
  return {
    located: around !== null,
    departmentCode,
    modules: modules.filter((m) => m.items.length > 0),
    cards,
  };
}

/** The `home` query's input, as the resolver and the lean path (home.lean-path.ts) get it. */
export interface HomeInputValue {
  around?: { latitude: number; longitude: number } | null;
  departmentCode?: string | null;
}

export function homeRequestOf(
  input: HomeInputValue | null | undefined,
  viewerId: number | null,
): HomeRequest {
  return {
    around: input?.around ?? null,
    departmentCode: input?.departmentCode?.trim().toUpperCase() || null,
    viewerId,
    now: new Date(),
  };
}

export interface ServedItem {
  distanceMeters: number | null;
  card: FeedCard;
}

export interface ServedModule extends Omit<HomeModuleView, 'items'> {
  items: ServedItem[];
}

/**
 * The modules as served: the feed kept visible offers only, and the rule of visibility.ts
 * is applied again on the cards (with a bookable stock); a module left empty is not shown.
 */
export function servedModules(view: HomeView): ServedModule[] {
  const served = (offerId: number) => {
    const card = view.cards.get(offerId);
    return card && isOfferVisible(card.offer) && card.stocks.length > 0 ? card : null;
  };
  return view.modules
    .map((m) => ({
      ...m,
      items: m.items.flatMap((i) => {
        const card = served(i.offerId);
        return card ? [{ distanceMeters: i.distanceMeters, card }] : [];
      }),
    }))
    .filter((m) => m.items.length > 0);
}

/** Whether young people see the selection at `now` (its publication window). */
function isLive(row: Pick<SelectionRow, 'publishedFrom' | 'publishedUntil'>, now: Date): boolean {
  return row.publishedFrom <= now && (row.publishedUntil === null || row.publishedUntil > now);
}

/** What an admin may change in a selection, compared to say what an update changed. */
const EDITABLE: (keyof SelectionRow)[] = [
  'title',
  'text',
  'kind',
  'offerIds',
  'ruleCategoryId',
  'ruleDepartmentCode',
  'ruleBeginsFrom',
  'ruleBeginsUntil',
  'departmentCodes',
  'publishedFrom',
  'publishedUntil',
  'position',
];

/** The fields that differ between two versions of a selection, in form order. */
export function changedFields(before: SelectionRow, after: SelectionRow): string[] {
  return EDITABLE.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

/**
 * What an update of a selection is for the audit log: published or unpublished when it
 * turned its window on or off for now, an update otherwise.
 */
export function updateAction(before: SelectionRow, after: SelectionRow, now: Date): AuditAction {
  const was = isLive(before, now);
  const is = isLive(after, now);
  if (!was && is) return AuditAction.SELECTION_PUBLISHED;
  if (was && !is) return AuditAction.SELECTION_UNPUBLISHED;
  return AuditAction.SELECTION_UPDATED;
}

/**
 * The back office's editorial selections: checked, then saved (create, update, reorder,
 * delete), each change with its audit entry in the same transaction.
 */
export class SelectionService {
  constructor(private readonly db: Database) {}

  list(): Promise<SelectionRow[]> {
    return allSelections(this.db);
  }

  async save(adminId: number, id: number | null, draft: SelectionDraft): Promise<SelectionRow> {
    const problems = selectionProblems(draft);
    if (Object.keys(problems).length > 0) throw badInput(problems);
    if (draft.kind === 'LIST') {
      const rows = await offersByIds(this.db, draft.offerIds);
      const visible = new Set(rows.filter(isOfferVisible).map((r) => r.id));
      const refused = draft.offerIds.filter((offerId) => !visible.has(offerId));
      if (refused.length > 0) {
        throw badInput({
          offerIds:
            refused.length === 1
              ? `L’offre ${refused[0]} n’existe pas ou n’est pas visible des jeunes.`
              : `Ces offres n’existent pas ou ne sont pas visibles des jeunes : ${refused.join(', ')}.`,
        });
      }
    }
    const now = new Date();
    const row = await this.db.transaction(async (tx) => {
      if (id === null) {
        const created = await insertSelection(tx, draft);
        await recordAudit(tx, {
          adminId,
          action: AuditAction.SELECTION_CREATED,
          targetType: 'SELECTION',
          targetId: created.id,
          details: { title: created.title, published: isLive(created, now) },
        });
        return created;
      }
      const before = await selectionForUpdate(tx, id);
      const updated = before ? await updateSelection(tx, id, draft) : null;
      if (!before || !updated) return null;
      await recordAudit(tx, {
        adminId,
        action: updateAction(before, updated, now),
        targetType: 'SELECTION',
        targetId: id,
        details: { title: updated.title, changed: changedFields(before, updated) },
      });
      return updated;
    });
    if (!row) throw notFound();
    return row.kind === 'RULE'
      ? { ...row, ruleOfferIds: await resolveRule(this.db, row, now) }
      : row;
  }

  /**
   * Rewrites the home order at once: `ids` is every selection, first shown first. Reorders
   * run one after the other (every row locked), so concurrent ones never mix positions; a
   * list that is not exactly the selections of now (one added or deleted meanwhile) is refused.
   */
  async reorder(adminId: number, ids: readonly number[]): Promise<SelectionRow[]> {
    await this.db.transaction(async (tx) => {
      const existing = await lockAllSelections(tx);
      const given = new Set(ids);
      if (
        given.size !== ids.length ||
        existing.length !== ids.length ||
        existing.some((id) => !given.has(id))
      ) {
        throw new AppError(
          ErrorCode.BAD_USER_INPUT,
          'Les sélections ont changé entre-temps : rechargez la page puis recommencez.',
        );
      }
      await rewritePositions(tx, ids);
      await recordAudit(tx, {
        adminId,
        action: AuditAction.SELECTIONS_REORDERED,
        targetType: 'SELECTION',
        targetId: ids.join(', ').slice(0, 64),
        details: { order: ids },
      });
    });
    return allSelections(this.db);
  }

  async remove(adminId: number, id: number): Promise<void> {
    await this.db.transaction(async (tx) => {
      const removed = await deleteSelection(tx, id);
      if (!removed) throw notFound();
      await recordAudit(tx, {
        adminId,
        action: AuditAction.SELECTION_DELETED,
        targetType: 'SELECTION',
        targetId: id,
        details: { title: removed.title },
      });
    });
  }
}

function notFound(): AppError {
  return new AppError(ErrorCode.NOT_FOUND, 'Cette sélection est introuvable.');
}

/** Offers kept for a rule: enough to fill its module after some stop being bookable. */
export const RULE_OFFERS_KEPT = 60;

async function resolveRule(db: SqlClient, row: SelectionRow, now: Date): Promise<number[]> {
  const ids = await ruleOffers(
    db,
    {
      subcategoryIds: subcategoriesOf(row.ruleCategoryId as CategoryId).map((s) => s.id),
      departmentCode: row.ruleDepartmentCode,
      beginsFrom: row.ruleBeginsFrom,
      beginsUntil: row.ruleBeginsUntil,
    },
    now,
    RULE_OFFERS_KEPT,
  );
  await storeRuleOffers(db, row.id, ids, now);
  return ids;
}

/** The api's job: each live rule selection matched again against the catalogue as it is now. */
export async function refreshSelectionRules(
  db: SqlClient,
  now = new Date(),
): Promise<{ rules: number }> {
  const rules = await liveRuleSelections(db, now);
  for (const rule of rules) await resolveRule(db, rule, now);
  return { rules: rules.length };
}
