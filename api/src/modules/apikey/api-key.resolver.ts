import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../../graphql/context.js';
import { withDates } from '../../shared/sql.js';
import { parseId } from '../../graphql/ids.js';
import { Role } from '../identity/roles.js';
import { requireProId } from '../catalog/pro-access.js';
import { ApiKeyService, type ApiKeyRow } from './api-key.service.js';
import { ApiKeyType, CreatedApiKeyType } from './api-key.types.js';

function toApiKeyType(row: ApiKeyRow): ApiKeyType {
  const dated = withDates(row, ['createdAt', 'lastUsedAt', 'revokedAt']);
  return { ...dated, id: String(row.id), offererId: String(row.offererId) };
}

@Resolver()
export class ApiKeyResolver {
  @Authorized(Role.PRO)
  @Query(() => [ApiKeyType], { description: "pro: the offerer's API keys, revoked ones too" })
  async apiKeys(
    @Arg('offererId', () => ID) offererId: string,
    @Ctx() ctx: Context,
  ): Promise<ApiKeyType[]> {
    const viewer = await requireViewer(ctx);
    const rows = await new ApiKeyService(ctx.db).list(viewer, requireProId(offererId, 'offerer'));
    return rows.map(toApiKeyType);
  }

  @Authorized(Role.PRO)
  @Mutation(() => CreatedApiKeyType, {
    description: 'pro: a new key for one offerer; its secret is returned this once only',
  })
  async createApiKey(
    @Arg('offererId', () => ID) offererId: string,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
  ): Promise<CreatedApiKeyType> {
    const viewer = await requireViewer(ctx);
    const created = await new ApiKeyService(ctx.db).create(
      viewer,
      requireProId(offererId, 'offerer'),
      name,
    );
    return { key: toApiKeyType(created.key), secret: created.secret };
  }

  @Authorized(Role.PRO)
  @Mutation(() => ApiKeyType, { description: 'pro: the key stops working at once' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ApiKeyType> {
    const viewer = await requireViewer(ctx);
    // An id that is no number is a key nobody has: the service answers NOT_FOUND.
    return toApiKeyType(await new ApiKeyService(ctx.db).revoke(viewer, parseId(id) ?? 0));
  }
}
