// POST /hooks/google/{sourceId}: Google Ads lead form webhook. Google proves it is Google by
// echoing the key the owner pasted into the form (`google_key`); we generated that key.
import { Hono } from 'hono'
import type { Ctx } from '../../../context.ts'
import type { AppEnv } from '../../../env.ts'
import { ApiError, issuesOf } from '../../../lib/errors.ts'
import { sameText } from '../../../lib/hmac.ts'
import { recordDelivery } from '../deliveries.ts'
import { acceptDelivery, jsonObjectOf, pausedError, refuse } from '../hooks/accept.ts'
import { sourceLeadMessage } from '../source-lead.ts'
import { openSourceSecret } from '../source-secret.ts'
import { findSourceForHook, type SourceRow } from '../sources.repo.ts'
import { GoogleLead, readColumns } from './google-payload.ts'

export const googleHook = new Hono<AppEnv>().post('/google/:sourceId', async (c) => {
  const ctx = c.var.ctx
  const source = await findSourceForHook(ctx, 'google_ads', c.req.param('sourceId'))
  if (!source) throw new ApiError('NOT_FOUND', 'No Google Ads lead source at this address')
  const raw = await c.req.arrayBuffer()
  const body = jsonObjectOf(raw)
  if (!body)
    return refuse(ctx, source, raw, 'rejected', new ApiError('BAD_REQUEST', 'The body is not a JSON object'))
  await checkKey(ctx, source, raw, body.google_key)
  const parsed = GoogleLead.safeParse(body)
  if (!parsed.success) {
    const errors = issuesOf(parsed.error)
    const reason = errors.map((e) => `${e.path}: ${e.message}`).join('; ')
    return refuse(
      ctx,
      source,
      raw,
      'rejected',
      new ApiError('BAD_REQUEST', `Not a Google Ads lead: ${reason}`, { errors }),
    )
  }
  const lead = parsed.data
  if (source.status === 'paused') return refuse(ctx, source, raw, 'ignored', pausedError(), lead.lead_id)
  if (lead.is_test && source.config.kind === 'google_ads' && !source.config.acceptTestLeads) {
    await recordDelivery(ctx, {
      tenantId: source.tenantId,
      sourceId: source.id,
      outcome: 'ignored',
      httpStatus: 200,
      externalId: lead.lead_id,
      detail: 'A test lead, and this source is set not to take test leads',
      body: raw,
    })
    return c.json({ ok: true, ignored: 'test lead' }, 200)
  }
  const { duplicate } = await acceptDelivery(ctx, source, await googleLeadMessage(ctx, source, lead), {
    httpStatus: 200,
    raw,
  })
  return c.json({ ok: true, duplicate }, 200)
})

/** 401 unless the body carries this source's key; compared in constant time. */
async function checkKey(ctx: Ctx, source: SourceRow, raw: ArrayBuffer, given: unknown): Promise<void> {
  const expected = await openSourceSecret(ctx, source)
  if (!expected) {
    const error = new ApiError('UNAVAILABLE', 'This source has no usable key; rotate its key in Vitrine')
    return refuse(ctx, source, raw, 'failed', error)
  }
  if (typeof given !== 'string' || !(await sameText(given, expected))) {
    const error = new ApiError('UNAUTHORIZED', 'google_key is missing or is not this source’s key')
    return refuse(ctx, source, raw, 'rejected', error)
  }
}

/** Test leads ("Send test data" in Google Ads) are stored with the field test=true. */
function googleLeadMessage(ctx: Ctx, source: SourceRow, lead: GoogleLead) {
  const { contact, fields } = readColumns(lead.user_column_data)
  return sourceLeadMessage(ctx, source, {
    idempotencyKey: `g:${lead.lead_id}`,
    externalId: lead.lead_id,
    formRef: lead.form_id ?? null,
    submittedAt: lead.lead_submit_time ?? null,
    contact,
    fields: {
      ...fields,
      ...(lead.campaign_id ? { google_campaign_id: lead.campaign_id } : {}),
      ...(lead.gcl_id ? { gclid: lead.gcl_id } : {}),
      ...(lead.is_test ? { test: 'true' } : {}),
    },
  })
}
