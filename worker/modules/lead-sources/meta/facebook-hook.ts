// Facebook Lead Ads: the `leadgen` webhook carries only ids. Each lead is queued as `lead.fetch`;
// the consumer fetches its answers from the Graph API (fetch-facebook-lead.ts), retrying while
// Facebook is down, so this answer never waits on Graph.
import type { Ctx } from '../../../context.ts'
import { recordDelivery } from '../deliveries.ts'
import { queueFetch } from '../hooks/accept.ts'
import type { SourceRow } from '../sources.repo.ts'
import { changeValues, sourceLookup, unknownAccount } from './meta-hook.ts'
import { LeadgenChange, PageWebhook } from './meta-payloads.ts'

export interface MetaHookResult {
  accepted: number
  ignored: number
}

/** Queues every lead of a verified Page webhook; resolves only once all of them are queued. */
export async function receiveLeadgen(ctx: Ctx, raw: ArrayBuffer, json: unknown): Promise<MetaHookResult> {
  const leads = await changeValues(ctx, 'facebook', raw, json, {
    envelope: PageWebhook,
    field: 'leadgen',
    value: LeadgenChange,
  })
  const lookup = sourceLookup(ctx, 'facebook')
  const result: MetaHookResult = { accepted: 0, ignored: 0 }
  for (const lead of leads) {
    const source = await lookup(lead.page_id)
    if (!source) {
      unknownAccount(ctx, 'facebook', lead.page_id)
      result.ignored++
    } else if (source.status === 'paused') {
      await recordDelivery(ctx, {
        tenantId: source.tenantId,
        sourceId: source.id,
        outcome: 'ignored',
        httpStatus: 200,
        externalId: lead.leadgen_id,
        detail: 'The source is paused, so this lead was not taken; it stays in the form’s leads on Facebook',
        body: raw,
      })
      result.ignored++
    } else {
      await queueLead(ctx, source, lead, raw)
      result.accepted++
    }
  }
  return result
}

const queueLead = (ctx: Ctx, source: SourceRow, lead: LeadgenChange, raw: ArrayBuffer) =>
  queueFetch(ctx, source, {
    platform: 'facebook',
    idempotencyKey: `fb:${lead.leadgen_id}`,
    externalId: lead.leadgen_id,
    formRef: lead.form_id,
    raw,
    duplicateDetail: 'Delivered before; the lead was already taken',
    failedDetail: 'Our lead queue was unavailable, so we answered 503; Facebook will deliver this lead again',
  })
