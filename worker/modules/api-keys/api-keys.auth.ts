import { and, eq, isNull } from 'drizzle-orm'
import type { Ctx } from '../../context.ts'
import { hashSecret } from '../auth/auth.tokens.ts'
import type { Actor } from '../auth/permissions.ts'
import { tenants } from '../tenants/tenants.tables.ts'
import { apiKeys } from './api-keys.tables.ts'

/** Every key starts with this, so a leaked one is easy to recognise in code and in scanners. */
export const API_KEY_PREFIX = 'vk_live_'
const LAST_USED_GRANULARITY_MS = 60_000

export const isApiKey = (token: string) => token.startsWith(API_KEY_PREFIX)

/** The actor behind a live key of an active tenant, or null. Records last use at most once a minute. */
export async function authenticateApiKey(ctx: Ctx, key: string): Promise<Actor | null> {
  const [row] = await ctx.d1
    .select({
      id: apiKeys.id,
      tenantId: apiKeys.tenantId,
      scopes: apiKeys.scopes,
      lastUsedAt: apiKeys.lastUsedAt,
    })
    .from(apiKeys)
    .innerJoin(tenants, eq(tenants.id, apiKeys.tenantId))
    .where(
      and(
        eq(apiKeys.keyHash, await hashSecret(key)),
        isNull(apiKeys.revokedAt),
        eq(tenants.status, 'active'),
      ),
    )
    .limit(1)
  if (!row) return null
  const now = ctx.now()
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_GRANULARITY_MS) {
    ctx.waitUntil(ctx.d1.update(apiKeys).set({ lastUsedAt: now }).where(eq(apiKeys.id, row.id)).run())
  }
  return { kind: 'api_key', apiKeyId: row.id, tenantId: row.tenantId, scopes: row.scopes, branchIds: null }
}
