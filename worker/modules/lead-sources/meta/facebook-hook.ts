// Facebook Lead Ads: the `leadgen` webhook carries only ids. Each lead is queued as `lead.fetch`;
// the consumer fetches its answers from the Graph API (fetch-facebook-lead.ts), retrying while
// Facebook is down, so this answer never waits on Graph.
import type { Ctx } from '../../../context.ts'
import type { FieldIssue } from '../../../lib/errors.ts'
import { newId } from '../../../lib/ids.ts'
import { enqueueLead } from '../../leads/intake/enqueue.ts'
import { markDelivery, recordDelivery } from '../deliveries.ts'
import { markSeen, seenBefore } from '../hooks/accept.ts'
import type { SourceRow } from '../sources.repo.ts'
import { rejectMalformed, sourceLookup, unknownAccount } from './meta-hook.ts'
import { issuesAt, LeadgenChange, PageWebhook } from './meta-payloads.ts'

export interface MetaHookResult {
  accepted: number
  ignored: number
}

/** Queues every lead of a verified Page webhook; resolves only once all of them are queued. */
export async function receiveLeadgen(ctx: Ctx, raw: ArrayBuffer, json: unknown): Promise<MetaHookResult> {
  const leads = await leadgenChanges(ctx, raw, json)
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

/** The leadgen changes of the body; any malformed one refuses the whole delivery (nothing half-taken). */
async function leadgenChanges(ctx: Ctx, raw: ArrayBuffer, json: unknown): Promise<LeadgenChange[]> {
  const envelope = PageWebhook.safeParse(json)
  if (!envelope.success) return rejectMalformed(ctx, 'facebook', json, raw, issuesAt([], envelope.error))
  const leads: LeadgenChange[] = []
  const issues: FieldIssue[] = []
  envelope.data.entry.forEach((entry, i) => {
    entry.changes.forEach((change, j) => {
      // A page subscribed to other fields (feed, messages …) sends those here too; not ours.
      if (change.field !== 'leadgen') return
      const value = LeadgenChange.safeParse(change.value)
      if (value.success) leads.push(value.data)
      else issues.push(...issuesAt(['entry', i, 'changes', j, 'value'], value.error))
    })
  })
  if (issues.length > 0) return rejectMalformed(ctx, 'facebook', json, raw, issues)
  return leads
}

/**
 * A lead delivered again within a day is logged `duplicate` without a second Graph fetch (later
 * ones meet the consumer's touch key). The delivery row is written before the send so the
 * consumer, which may run within the second, always finds it to mark; a failed send turns it
 * into `failed` and the 503 makes Meta deliver again.
 */
async function queueLead(ctx: Ctx, source: SourceRow, lead: LeadgenChange, raw: ArrayBuffer) {
  const key = `fb:${lead.leadgen_id}`
  const log = { tenantId: source.tenantId, sourceId: source.id, externalId: lead.leadgen_id, body: raw }
  const earlier = await seenBefore(ctx, source.tenantId, key)
  if (earlier) {
    const detail = 'Delivered before; the lead was already taken'
    await recordDelivery(ctx, { ...log, outcome: 'duplicate', httpStatus: 200, leadId: earlier, detail })
    return
  }
  const leadId = newId('lead')
  const deliveryId = await recordDelivery(ctx, {
    ...log,
    id: newId('sourceDelivery'),
    outcome: 'accepted',
    httpStatus: 200,
    leadId,
  })
  try {
    await enqueueLead(ctx, {
      kind: 'lead.fetch',
      platform: 'facebook',
      leadId,
      tenantId: source.tenantId,
      sourceId: source.id,
      externalId: lead.leadgen_id,
      formRef: lead.form_id,
      deliveryId,
      receivedAt: ctx.now().toISOString(),
    })
  } catch (error) {
    await markDelivery(ctx, source.tenantId, deliveryId, {
      outcome: 'failed',
      detail: 'Our lead queue was unavailable, so we answered 503; Facebook will deliver this lead again',
    })
    throw error
  }
  await markSeen(ctx, source.tenantId, key, leadId)
}
