// `lead.fetch` messages: the webhook only told us a lead exists; its fields live on the platform.
import type { Ctx } from '../../context.ts'
import type { LeadFetchMessage, LeadMessage } from '../leads/lead-message.ts'
import { markDelivery } from './deliveries.ts'
import { fetchLinkedInLead } from './linkedin/fetch-linkedin-lead.ts'
import { fetchFacebookLead } from './meta/fetch-facebook-lead.ts'
import { getSource } from './sources.repo.ts'

/**
 * The lead's fields from its platform, as the `lead.submitted` message every source ends as.
 * Throws when the platform cannot answer now (the consumer retries, then dead-letters); the
 * source's delivery log says why, so an owner sees an expired token without reading logs.
 */
export async function fetchPlatformLead(ctx: Ctx, msg: LeadFetchMessage): Promise<LeadMessage> {
  const source = await getSource(ctx, msg.tenantId, msg.sourceId)
  if (!source || source.kind !== msg.platform) {
    throw new Error(`Lead source ${msg.sourceId} of tenant ${msg.tenantId} is not a ${msg.platform} source`)
  }
  try {
    const lead =
      msg.platform === 'facebook'
        ? await fetchFacebookLead(ctx, msg, source)
        : await fetchLinkedInLead(ctx, msg, source)
    await markDelivery(ctx, msg.tenantId, msg.deliveryId, { outcome: 'accepted', detail: null })
    return lead
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    await markDelivery(ctx, msg.tenantId, msg.deliveryId, {
      outcome: 'failed',
      detail: `Fetching the lead failed; it will be retried: ${reason}`,
    })
    throw error
  }
}
