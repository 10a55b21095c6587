import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { ValidationStatus } from '../catalog/offer.entity.js';
import { Role } from '../identity/roles.js';
import { requireId } from './structure.resolver.js';

@ObjectType()
export class OfferOverview {
  @Field(() => ID)
  offerId!: string;

  @Field(() => String)
  offerName!: string;

  @Field(() => ID)
  venueId!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => ValidationStatus)
  validation!: ValidationStatus;

  @Field(() => Boolean)
  isActive!: boolean;

  @Field(() => Int, { description: 'Bookings not cancelled' })
  bookings!: number;

  @Field(() => Int, { description: 'Of which used (validated at the counter)' })
  usedBookings!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Places left on dates still to come; null when one of them is unlimited',
  })
  placesLeft!: number | null;

  @Field(() => Int, { description: 'Amount of the bookings not cancelled' })
  revenueCents!: number;
}

@ObjectType()
export class VenueOverview {
  @Field(() => ID)
  venueId!: string;

  @Field(() => String)
  venueName!: string;

  @Field(() => Int)
  offers!: number;

  @Field(() => Int)
  bookings!: number;

  @Field(() => Int)
  revenueCents!: number;
}

@ObjectType()
export class ProOverview {
  @Field(() => [VenueOverview])
  venues!: VenueOverview[];

  @Field(() => [OfferOverview], { description: 'Offers with bookings first' })
  offers!: OfferOverview[];
}

type OfferOverviewRow = Omit<OfferOverview, 'offerId' | 'venueId'> & {
  offerId: number;
  venueId: number;
};

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
    const venue = venueId ? requireId(venueId, 'venue') : null;
    const rows = await ctx.db.query<OfferOverviewRow>(
      `select o.id as "offerId", o.name as "offerName", v.id as "venueId",
              coalesce(v.public_name, v.name) as "venueName", o.validation, o.is_active as "isActive",
              coalesce(b.bookings, 0)::int as bookings, coalesce(b.used, 0)::int as "usedBookings",
              coalesce(b.revenue, 0)::int as "revenueCents", s.places_left::int as "placesLeft"
         from offer o
         join venue v on v.id = o.venue_id
         left join lateral (
           select count(*) as bookings,
                  count(*) filter (where status in ('USED', 'REIMBURSED')) as used,
                  sum(amount_cents * quantity) as revenue
             from booking where offer_id = o.id and status <> 'CANCELLED') b on true
         left join lateral (
           select case when bool_or(quantity is null) then null
                       else coalesce(sum(greatest(quantity - booked_quantity, 0)), 0) end as places_left
             from stock where offer_id = o.id and not is_soft_deleted
              and (begins_at is null or begins_at > now())) s on true
        where v.offerer_id in (select offerer_id from offerer_membership
                                where user_id = $1 and status = 'VALIDATED')
          and ($2::int is null or v.id = $2)
        order by coalesce(b.bookings, 0) desc, o.id desc
        limit 500`,
      [viewer.userId, venue],
    );
    const venues = new Map<number, VenueOverview>();
    for (const row of rows) {
      const total = venues.get(row.venueId) ?? {
        venueId: String(row.venueId),
        venueName: row.venueName,
        offers: 0,
        bookings: 0,
        revenueCents: 0,
      };
      total.offers += 1;
      total.bookings += row.bookings;
      total.revenueCents += row.revenueCents;
      venues.set(row.venueId, total);
    }
    return {
      venues: [...venues.values()],
      offers: rows.map((row) => ({
        ...row,
        offerId: String(row.offerId),
        venueId: String(row.venueId),
      })),
    };
  }
}
