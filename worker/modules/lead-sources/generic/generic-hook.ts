// POST /hooks/webhook/{sourceId}: the generic JSON webhook for Pabbly, Zapier, Make or a
// tenant's own code, signed with the source's secret (see signature.ts).
import { Hono } from 'hono'
import type { AppEnv } from '../../../env.ts'
import { sha256Hex } from '../../../lib/crypto.ts'
import { ApiError } from '../../../lib/errors.ts'
import { acceptDelivery, jsonObjectOf, pausedError, refuse } from '../hooks/accept.ts'
import { sourceLeadMessage } from '../source-lead.ts'
import { openSourceSecret } from '../source-secret.ts'
import { findSourceForHook } from '../sources.repo.ts'
import { readGenericLead, textAt } from './generic-payload.ts'
import { checkSignature, SIGNATURE_HEADER } from './signature.ts'

const DEFAULT_MAPPING = { name: 'name', email: 'email', phone: 'phone', message: 'message' }

export const genericHook = new Hono<AppEnv>().post('/webhook/:sourceId', async (c) => {
  const ctx = c.var.ctx
  const source = await findSourceForHook(ctx, 'webhook', c.req.param('sourceId'))
  if (!source) throw new ApiError('NOT_FOUND', 'No webhook lead source at this address')
  const raw = await c.req.arrayBuffer()
  const secret = await openSourceSecret(ctx, source)
  if (!secret) {
    return refuse(
      ctx,
      source,
      raw,
      'failed',
      new ApiError('UNAVAILABLE', 'This source has no usable secret; rotate it in Vitrine'),
    )
  }
  const signature = await checkSignature(secret, c.req.header(SIGNATURE_HEADER), raw, ctx.now())
  if (!signature.ok)
    return refuse(ctx, source, raw, 'rejected', new ApiError('UNAUTHORIZED', signature.reason))
  const body = jsonObjectOf(raw)
  if (!body)
    return refuse(ctx, source, raw, 'rejected', new ApiError('BAD_REQUEST', 'The body is not a JSON object'))
  const mapping = source.config.kind === 'webhook' ? source.config.mapping : DEFAULT_MAPPING
  const lead = readGenericLead(body, mapping)
  if (!lead.contact.email && !lead.contact.phone) {
    const detail = `No contact: the body has neither "${mapping.email}" nor "${mapping.phone}" (change the source's field mapping if they are elsewhere)`
    return refuse(
      ctx,
      source,
      raw,
      'rejected',
      new ApiError('BAD_REQUEST', detail, {
        errors: [{ path: mapping.email, message: 'An e-mail address or a phone number is needed' }],
      }),
    )
  }
  const key = c.req.header('idempotency-key')?.trim() || textAt(body, 'id')
  if (source.status === 'paused') return refuse(ctx, source, raw, 'ignored', pausedError(), key)
  const message = await sourceLeadMessage(ctx, source, {
    idempotencyKey: `wh:${source.id}:${key ? key.slice(0, 200) : await sha256Hex(new TextDecoder().decode(raw))}`,
    externalId: key ?? null,
    ...lead,
  })
  const { duplicate } = await acceptDelivery(ctx, source, message, { httpStatus: 202, raw })
  return c.json({ accepted: true, duplicate }, 202)
})
