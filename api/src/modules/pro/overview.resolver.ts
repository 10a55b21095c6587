import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import type { ValidationStatus } from '../catalog/offer.entity.js';
import { Role } from '../identity/roles.js';
import { venueTotals } from './overview.js';
import { offerOverviewRows } from './overview.queries.js';
import { ProOverview } from './overview.types.js';
import { requireProId } from '../catalog/pro-access.js';

@Resolver()
export class OverviewResolver {
  @Authorized(Role.PRO)
  @Query(() => ProOverview, {
    description: 'pro: bookings, places left and revenue per offer and venue (one venue or all)',
  })
  async proOverview(
    @Arg('venueId', () => ID, { nullable: true }) venueId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ProOverview> {
    const viewer = await requireViewer(ctx);
    const venue = venueId ? requireProId(venueId, 'venue') : null;
    const rows = await offerOverviewRows(ctx.db, viewer.userId, venue);
    return {
      venues: venueTotals(rows).map((total) => ({ ...total, venueId: String(total.venueId) })),
      offers: rows.map((row) => ({
        ...row,
        validation: row.validation as ValidationStatus,
        offerId: String(row.offerId),
        venueId: String(row.venueId),
      })),
    };
  }
}
