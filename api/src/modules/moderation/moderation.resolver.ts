import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { Role } from '../identity/roles.js';
import { requireId } from '../../graphql/ids.js';
import {
  approveOffer,
  createModerationRule,
  listModerationRules,
  moderationQueue,
  rejectOffer,
  setModerationRuleActive,
  type ModerationRuleView,
} from './moderation.service.js';
import { ModerationRuleInput, ModerationRuleType, PendingOffer } from './moderation.types.js';
import type { ModerationRuleKind } from './moderation-rule.entity.js';

const toRuleType = (rule: ModerationRuleView): ModerationRuleType => ({
  ...rule,
  id: String(rule.id),
  kind: rule.kind as ModerationRuleKind,
});

@Resolver()
export class ModerationResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ModerationRuleType], { description: 'admin: moderation rules, active first' })
  async moderationRules(@Ctx() ctx: Context): Promise<ModerationRuleType[]> {
    return (await listModerationRules(ctx.db)).map(toRuleType);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ModerationRuleType, { description: 'admin: adds a moderation rule' })
  async createModerationRule(
    @Arg('input', () => ModerationRuleInput) input: ModerationRuleInput,
    @Ctx() ctx: Context,
  ): Promise<ModerationRuleType> {
    const viewer = await requireViewer(ctx);
    return toRuleType(await createModerationRule(ctx.db, viewer.userId, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ModerationRuleType, { description: 'admin: turns a moderation rule on or off' })
  async setModerationRuleActive(
    @Arg('id', () => ID) id: string,
    @Arg('isActive', () => Boolean) isActive: boolean,
    @Ctx() ctx: Context,
  ): Promise<ModerationRuleType> {
    const viewer = await requireViewer(ctx);
    return toRuleType(
      await setModerationRuleActive(ctx.db, viewer.userId, requireId(id), isActive),
    );
  }

  @Authorized(Role.ADMIN)
  @Query(() => [PendingOffer], { description: 'admin: offers waiting for moderation' })
  async moderationQueue(@Ctx() ctx: Context): Promise<PendingOffer[]> {
    return (await moderationQueue(ctx.db)).map((o) => ({ ...o, id: String(o.id) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'admin: approves a pending offer' })
  async approveOffer(
    @Arg('offerId', () => ID) offerId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const viewer = await requireViewer(ctx);
    await approveOffer(ctx.db, viewer.userId, requireId(offerId));
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [ID], {
    description:
      'admin: rejects an offer with a reason; its live bookings are cancelled (FRAUD) and the credit returned. Returns the cancelled booking ids',
  })
  async rejectOffer(
    @Arg('offerId', () => ID) offerId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<string[]> {
    const viewer = await requireViewer(ctx);
    return (await rejectOffer(ctx.db, viewer.userId, requireId(offerId), reason)).map(String);
  }
}
