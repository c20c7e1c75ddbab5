import type { TenantCtx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'
import { newId } from '../../lib/ids.ts'
import { auditInsert } from '../audit/index.ts'
import { findUserById, hashSecret, newSecret } from '../auth/index.ts'
import { API_KEY_PREFIX } from './api-keys.auth.ts'
import * as repo from './api-keys.repo.ts'
import type { ApiKey, ApiKeyList, CreateApiKeyBody, CreatedApiKey } from './api-keys.schemas.ts'

/** `vk_live_` and four characters of the secret: enough to tell keys apart, useless to guess with. */
const VISIBLE_PREFIX_LENGTH = 12

const iso = (d: Date | null) => (d ? d.toISOString() : null)

export const toApiKey = (row: repo.ApiKeyRow): ApiKey => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scopes: row.scopes,
  createdBy: row.createdByName ? { id: row.createdById, name: row.createdByName } : null,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: iso(row.lastUsedAt),
  revokedAt: iso(row.revokedAt),
})

/**
 * Mints a key and returns its secret, the only time it exists outside the caller's hands:
 * only its hash is stored. A key outlives the session that made it, so it takes a person with
 * a verified address, acting as themselves (not support staff impersonating them).
 */
export async function createApiKey(ctx: TenantCtx, body: CreateApiKeyBody): Promise<CreatedApiKey> {
  const actor = ctx.actor
  if (actor.kind !== 'user') throw new ApiError('FORBIDDEN', 'API keys cannot create API keys')
  if (actor.impersonatorId)
    throw new ApiError('FORBIDDEN', 'Support staff acting as a member cannot create API keys')
  const creator = await findUserById(ctx.d1, actor.userId)
  if (!creator?.emailVerifiedAt)
    throw new ApiError('FORBIDDEN', 'Verify your e-mail address before creating API keys')
  const now = ctx.now()
  const key = newSecret(API_KEY_PREFIX)
  const row = {
    id: newId('apiKey', now.getTime()),
    tenantId: ctx.tenantId,
    name: body.name,
    prefix: key.slice(0, VISIBLE_PREFIX_LENGTH),
    keyHash: await hashSecret(key),
    scopes: body.scopes,
    createdBy: actor.userId,
    createdAt: now,
  }
  await ctx.d1.batch([
    repo.insertApiKey(ctx.d1, row),
    auditInsert(ctx, {
      action: 'api_key.created',
      tenantId: ctx.tenantId,
      actor,
      target: { type: 'api_key', id: row.id },
      metadata: { name: row.name, prefix: row.prefix, scopes: row.scopes },
    }),
  ])
  return {
    ...toApiKey({
      ...row,
      createdById: actor.userId,
      createdByName: creator.name,
      lastUsedAt: null,
      revokedAt: null,
    }),
    key,
  }
}

export async function listApiKeys(ctx: TenantCtx): Promise<ApiKeyList> {
  const rows = await repo.listApiKeys(ctx.d1, ctx.tenantId)
  return { data: rows.map(toApiKey) }
}

/** Revokes at once (the next request with the key is refused). Revoking twice is a no-op. */
export async function revokeApiKey(ctx: TenantCtx, keyId: string): Promise<void> {
  const key = await repo.findApiKey(ctx.d1, ctx.tenantId, keyId)
  if (!key) throw new ApiError('NOT_FOUND', `API key ${keyId} not found`)
  if (key.revokedAt) return
  await ctx.d1.batch([
    repo.revokeApiKey(ctx.d1, ctx.tenantId, keyId, ctx.now()),
    auditInsert(ctx, {
      action: 'api_key.revoked',
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      target: { type: 'api_key', id: keyId },
      metadata: { name: key.name, prefix: key.prefix },
    }),
  ])
}
