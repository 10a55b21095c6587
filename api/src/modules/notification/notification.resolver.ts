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
import { AppError, ErrorCode } from '../../graphql/errors.js';
import { requireId } from '../../graphql/ids.js';
import { UserType } from '../identity/identity.types.js';
import { Role } from '../identity/roles.js';
import { OutboxStatus } from './outbox.entity.js';
import { latestOutboxMessages, type OutboxRow } from './outbox-admin.queries.js';
import { resendOutboxMessage } from './outbox-admin.service.js';
import { EmailPreferencesType, OutboxMessageType } from './notification.types.js';
import { emailPreferencesOf, updateEmailPreferences } from './preferences.queries.js';
import { renderMail, type TemplateContext } from './templates.js';

@Resolver(() => UserType)
export class NotificationResolver {
  @FieldResolver(() => EmailPreferencesType, {
    nullable: true,
    description: 'Which emails the user accepts; only they see it',
  })
  async emailPreferences(
    @Root() user: UserType,
    @Ctx() ctx: Context,
  ): Promise<EmailPreferencesType | null> {
    const viewer = await ctx.viewer();
    if (!viewer || String(viewer.userId) !== user.id) return null;
    return emailPreferencesOf(ctx.db, viewer.userId);
  }

  @Authorized()
  @Mutation(() => EmailPreferencesType, {
    description: 'Turns non-essential emails (reminders, summaries) on or off; null: unchanged',
  })
  async updateEmailPreferences(
    @Arg('nonEssential', () => Boolean, { nullable: true }) nonEssential: boolean | null,
    @Arg('dailyBookingSummary', () => Boolean, { nullable: true })
    dailyBookingSummary: boolean | null,
    @Ctx() ctx: Context,
  ): Promise<EmailPreferencesType> {
    const viewer = await requireViewer(ctx);
    if (dailyBookingSummary === true && !viewer.roles.includes(Role.PRO)) {
      throw new AppError(
        ErrorCode.BAD_USER_INPUT,
        'Le récapitulatif quotidien des réservations est réservé aux professionnels.',
      );
    }
    return updateEmailPreferences(ctx.db, viewer.userId, {
      nonEssential: nonEssential ?? null,
      dailyBookingSummary: dailyBookingSummary ?? null,
    });
  }

  @Authorized(Role.ADMIN)
  @Query(() => [OutboxMessageType], {
    description: 'The latest emails of the outbox, newest first, with their status (admins)',
  })
  async outboxMessages(
    @Arg('status', () => OutboxStatus, { nullable: true }) status: OutboxStatus | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Ctx() ctx: Context,
  ): Promise<OutboxMessageType[]> {
    if (first < 1 || first > 200) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'Demandez entre 1 et 200 messages.');
    }
    const rows = await latestOutboxMessages(ctx.db, status ?? null, first);
    const template = { publicUrl: ctx.config.PUBLIC_URL };
    return rows.map((row) => toOutboxMessageType(row, template));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => OutboxMessageType, {
    description:
      'Sends again an email the worker gave up on (UNCERTAIN or FAILED), as soon as possible (admins, audited)',
  })
  async resendOutboxMessage(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<OutboxMessageType> {
    const viewer = await requireViewer(ctx);
    const row = await resendOutboxMessage(ctx.db, viewer.userId, String(requireId(id)));
    return toOutboxMessageType(row, { publicUrl: ctx.config.PUBLIC_URL });
  }
}

function toOutboxMessageType(row: OutboxRow, template: TemplateContext): OutboxMessageType {
  const mail = renderMail(row.kind, row.payload, template);
  return {
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    status: row.status,
    attempts: row.attempts,
    subject: mail.subject,
    text: mail.text,
    createdAt: row.createdAt,
    sentAt: row.sentAt,
    failedAt: row.failedAt,
    nextAttemptAt: row.status === OutboxStatus.PENDING ? row.nextAttemptAt : null,
    lastError: row.lastError,
  };
}
