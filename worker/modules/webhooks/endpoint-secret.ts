// An endpoint's signing secret at rest: sealed with AES-GCM and bound to the endpoint's id.
import type { Ctx } from '../../context.ts'
import { openSecret, sealSecret } from '../../lib/sealed-secrets.ts'

export const sealEndpointSecret = (ctx: Ctx, endpointId: string, plain: string) =>
  sealSecret(ctx.config.SESSION_SECRET, 'webhook-endpoint', endpointId, plain)

/** The secret in clear, or null when it no longer opens (SESSION_SECRET changed, row tampered with). */
export async function openEndpointSecret(
  ctx: Ctx,
  endpoint: { id: string; tenantId: string; sealedSecret: string },
): Promise<string | null> {
  const plain = await openSecret(
    ctx.config.SESSION_SECRET,
    'webhook-endpoint',
    endpoint.id,
    endpoint.sealedSecret,
  )
  if (plain === null)
    ctx.log.warn('webhook endpoint secret does not open', {
      endpointId: endpoint.id,
      tenantId: endpoint.tenantId,
    })
  return plain
}
