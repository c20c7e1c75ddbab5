import { env } from 'cloudflare:test'
import { newId } from '../../worker/lib/ids.ts'
import { hashSecret } from '../../worker/modules/auth/auth.tokens.ts'
import type { ApiScope } from '../../worker/modules/auth/permissions.ts'

/** A live API key of the tenant with these scopes, made by its first member; answers the key itself. */
export async function apiKeyFor(t: { tenantId: string; userId: string }, scopes: ApiScope[]) {
  const key = `vk_live_${crypto.randomUUID()}`
  await env.DB.prepare(
    `insert into api_keys (id, tenant_id, name, prefix, key_hash, scopes, created_by)
     values (?, ?, 'k', 'vk_live_x', ?, ?, ?)`,
  )
    .bind(newId('apiKey'), t.tenantId, await hashSecret(key), JSON.stringify(scopes), t.userId)
    .run()
  return key
}
