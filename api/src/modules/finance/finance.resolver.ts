import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import type { BookingStatus } from '../booking/booking.entity.js';
import { Role } from '../identity/roles.js';
import { requireProId } from '../catalog/pro-access.js';
import { reimbursementReport, type ReimbursementReport } from './finance.service.js';
import { ReimbursementReportType } from './finance.types.js';
import { FULL_RATE_BPS } from './reimbursement.rules.js';

export function toReimbursementReportType(report: ReimbursementReport): ReimbursementReportType {
  return {
    ...report,
    venueId: String(report.venueId),
    lines: report.lines.map((line) => ({
      bookingId: String(line.booking.id),
      token: line.booking.token,
      offerName: line.booking.offerName,
      beneficiaryName: line.booking.beneficiaryName,
      status: line.booking.status as BookingStatus,
      usedAt: line.booking.usedAt,
      amountCents: line.booking.amountCents,
      cumulativeCents: line.cumulativeCents,
      scale: line.scale,
      ratePercent: (line.rateBps * 100) / FULL_RATE_BPS,
      reimbursedCents: line.reimbursedCents,
    })),
  };
}

@Resolver()
export class FinanceResolver {
  @Authorized(Role.PRO)
  @Query(() => ReimbursementReportType, {
    description: "pro: a venue's used bookings of a period (YYYY-MM-DD, Paris) and what is due",
  })
  async reimbursements(
    @Arg('venueId', () => ID) venueId: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: Context,
  ): Promise<ReimbursementReportType> {
    const viewer = await requireViewer(ctx);
    const report = await reimbursementReport(
      ctx.db,
      viewer.userId,
      requireProId(venueId, 'venue'),
      {
        from,
        to,
      },
    );
    return toReimbursementReportType(report);
  }
}
