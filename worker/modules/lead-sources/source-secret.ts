// A source's secret (page access token, LinkedIn token, google_key, HMAC secret) at rest: sealed
// with AES-GCM and bound to the source's id, so a sealed value copied to another row opens nothing.
import type { Ctx } from '../../context.ts'
import { openSecret, sealSecret } from '../../lib/sealed-secrets.ts'
import type { SourceRow } from './sources.repo.ts'

export const sealSourceSecret = (ctx: Ctx, sourceId: string, plain: string) =>
  sealSecret(ctx.config.SESSION_SECRET, 'lead-source', sourceId, plain)

/**
 * The source's secret in clear, or null when it has none or it no longer opens (SESSION_SECRET
 * changed, row tampered with): callers treat null as "reconnect this source", never log the value.
 */
export async function openSourceSecret(ctx: Ctx, source: SourceRow): Promise<string | null> {
  if (!source.sealedSecret) return null
  const plain = await openSecret(ctx.config.SESSION_SECRET, 'lead-source', source.id, source.sealedSecret)
  if (plain === null)
    ctx.log.warn('lead source secret does not open', { sourceId: source.id, tenantId: source.tenantId })
  return plain
}
