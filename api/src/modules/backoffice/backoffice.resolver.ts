import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { requireId } from '../../graphql/ids.js';
import { listAudit } from '../audit/audit.service.js';
import { Role } from '../identity/roles.js';
import {
  activationQueue,
  approveActivation,
  rejectActivation,
} from '../activation/activation.service.js';
import { WalletService } from '../wallet/wallet.service.js';
import { Wallet } from '../wallet/wallet.types.js';
import { openDepartment } from '../territory/territory.service.js';
import {
  ActivationRequest,
  AuditEntry,
  OffererDecision,
  PendingMembership,
  PendingOfferer,
  PersonBooking,
  PersonDetail,
  PersonSummary,
} from './backoffice.types.js';
import {
  decideMembership,
  decideOfferer,
  pendingMemberships,
  pendingOfferers,
} from './offerers.service.js';
import {
  personBookings,
  personDetail,
  reinstatePerson,
  searchPeople,
  suspendPerson,
} from './people.service.js';
import type { Role as RoleType } from '../identity/roles.js';
import type { ActivationStatus } from '../identity/user.entity.js';

async function adminId(ctx: Context): Promise<number> {
  return (await requireViewer(ctx)).userId;
}

const withId = <T extends { id: number }>(row: T) => ({ ...row, id: String(row.id) });

function toPerson<T extends { id: number; roles: string[]; activationStatus: string | null }>(
  row: T,
) {
  return {
    ...row,
    id: String(row.id),
    roles: row.roles as RoleType[],
    activationStatus: row.activationStatus as ActivationStatus | null,
  };
}

/** The ministry's back office: every operation here is ADMIN only and audited. */
@Resolver(() => PersonDetail)
export class BackofficeResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [ActivationRequest], {
    description: 'admin: young people who asked for their credit, oldest request first',
  })
  async activationRequests(@Ctx() ctx: Context): Promise<ActivationRequest[]> {
    const rows = await activationQueue(ctx.db, ctx.config.GRANT_POLICY);
    return rows.map((r) => ({ ...r, userId: String(r.userId) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'admin: grants the credit of the policy in force, only if the person is eligible today',
  })
  async approveActivation(
    @Arg('userId', () => ID) userId: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await approveActivation(ctx.db, await adminId(ctx), requireId(userId), ctx.config.GRANT_POLICY);
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'admin: refuses an activation request, with a reason' })
  async rejectActivation(
    @Arg('userId', () => ID) userId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await rejectActivation(
      ctx.db,
      await adminId(ctx),
      requireId(userId),
      reason,
      ctx.config.GRANT_POLICY,
    );
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Int, {
    description:
      'admin: opens a department to the pass; returns how many pre-registered people wait there',
  })
  async openDepartment(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return openDepartment(ctx.db, await adminId(ctx), code);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [PendingOfferer], { description: 'admin: offerers waiting for validation' })
  async pendingOfferers(@Ctx() ctx: Context): Promise<PendingOfferer[]> {
    return (await pendingOfferers(ctx.db)).map(withId);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [PendingMembership], { description: 'admin: memberships waiting for validation' })
  async pendingMemberships(@Ctx() ctx: Context): Promise<PendingMembership[]> {
    return (await pendingMemberships(ctx.db)).map((m) => ({
      ...withId(m),
      userId: String(m.userId),
      offererId: String(m.offererId),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'admin: validates or rejects a new offerer (a rejection needs a reason)',
  })
  async decideOfferer(
    @Arg('offererId', () => ID) offererId: string,
    @Arg('decision', () => OffererDecision) decision: OffererDecision,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await decideOfferer(ctx.db, await adminId(ctx), requireId(offererId), decision, reason ?? null);
    return true;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'admin: validates or rejects a new membership (a rejection needs a reason)',
  })
  async decideMembership(
    @Arg('membershipId', () => ID) membershipId: string,
    @Arg('decision', () => OffererDecision) decision: OffererDecision,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await decideMembership(
      ctx.db,
      await adminId(ctx),
      requireId(membershipId),
      decision,
      reason ?? null,
    );
    return true;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [PersonSummary], {
    description: 'admin: people whose email starts with, or whose name contains, the text',
  })
  async searchPeople(
    @Arg('query', () => String) query: string,
    @Ctx() ctx: Context,
  ): Promise<PersonSummary[]> {
    return (await searchPeople(ctx.db, query)).map(toPerson);
  }

  @Authorized(Role.ADMIN)
  @Query(() => PersonDetail, { nullable: true, description: 'admin: one person; null if unknown' })
  async person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PersonDetail | null> {
    const person = await personDetail(ctx.db, requireId(id));
    return person ? toPerson(person) : null;
  }

  @FieldResolver(() => Wallet, { nullable: true, description: 'Null without deposit' })
  wallet(@Root() person: PersonDetail, @Ctx() ctx: Context): Promise<Wallet | null> {
    return new WalletService(ctx.db).walletOf(Number(person.id));
  }

  @FieldResolver(() => [PersonBooking], { description: 'Latest 100 bookings, newest first' })
  async bookings(@Root() person: PersonDetail, @Ctx() ctx: Context): Promise<PersonBooking[]> {
    return (await personBookings(ctx.db, Number(person.id))).map((b) => ({
      ...withId(b),
      offerId: String(b.offerId),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [ID], {
    description:
      'admin: suspends an account (sessions revoked, live bookings cancelled, credit kept); returns the cancelled booking ids',
  })
  async suspendPerson(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<string[]> {
    return (await suspendPerson(ctx.db, await adminId(ctx), requireId(id), reason)).map(String);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'admin: lifts a suspension' })
  async reinstatePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await reinstatePerson(ctx.db, await adminId(ctx), requireId(id));
    return true;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [AuditEntry], { description: 'admin: the audit log, newest first' })
  auditLog(
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('beforeId', () => ID, { nullable: true }) beforeId: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuditEntry[]> {
    return listAudit(ctx.db, { first, beforeId: beforeId ?? null });
  }
}
