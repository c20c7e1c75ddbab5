import type { Ctx } from '../context.ts'
import {
  purgeAnalyticsEvents,
  recordAnalytics,
  sendDueReports,
  settleTogether,
} from '../modules/analytics/index.ts'
import { purgeCrmDeletions, queueDailyRescore, queueDueReminders, runCrmJobs } from '../modules/crm/index.ts'
import { parkDeadLetters, purgeReplayedDeadLetters } from '../modules/dead-letters/index.ts'
import { pollHostnames } from '../modules/domains/index.ts'
import { sendEmails } from '../modules/email/index.ts'
import { storeLeads } from '../modules/leads/index.ts'
import {
  buildExports,
  expireExportArchives,
  failDeadExports,
  purgeDeletedTenants,
} from '../modules/privacy/index.ts'
import {
  buildQrBatches,
  expireQrBatches,
  failDeadQrBatches,
  isQrBatchMessage,
  purgeScanVisitors,
  recordScans,
} from '../modules/qr/index.ts'
import { deliverWebhooks } from '../modules/webhooks/index.ts'
import { queueKindOf } from './queues.ts'

const isQrScan = ({ body }: Message<unknown>) =>
  typeof body === 'object' && body !== null && 'type' in body && body.type === 'qr.scan'

const isQrBatch = ({ body }: Message<unknown>) => isQrBatchMessage(body)

/** Some of a batch's messages, as a batch of their own for a consumer that takes whole batches. */
function subBatch(batch: MessageBatch<unknown>, messages: Message<unknown>[]): MessageBatch<unknown> {
  return {
    queue: batch.queue,
    metadata: batch.metadata,
    messages,
    retryAll: (options) => {
      for (const message of messages) message.retry(options)
    },
    ackAll: () => {
      for (const message of messages) message.ack()
    },
  }
}

/** Routes a batch to the module that owns its queue. */
export async function dispatchQueue(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  const kind = queueKindOf(batch.queue)
  switch (kind) {
    case 'leads':
      return storeLeads(ctx, batch)
    case 'leads-dlq':
    case 'email-dlq':
    case 'events-dlq':
    case 'webhooks-dlq':
    case 'crm-dlq':
      return parkDeadLetters(ctx, kind, batch)
    case 'email':
      return sendEmails(ctx, batch)
    case 'webhooks':
      return deliverWebhooks(ctx, batch)
    case 'crm':
      return runCrmJobs(ctx, batch)
    case 'exports': {
      // Privacy exports and QR batches share the queue: both are heavy, one per invocation.
      const qrBatches = batch.messages.filter(isQrBatch)
      if (qrBatches.length === 0) return buildExports(ctx, batch)
      await buildQrBatches(ctx, qrBatches)
      const exports = batch.messages.filter((message) => !isQrBatch(message))
      if (exports.length > 0) await buildExports(ctx, subBatch(batch, exports))
      return
    }
    case 'exports-dlq':
      // The requester sees the export or batch as failed; the message is parked like any other.
      await failDeadExports(ctx, batch)
      await failDeadQrBatches(ctx, batch.messages)
      return parkDeadLetters(ctx, kind, batch)
    case 'events':
      // A QR scan feeds QR's own rollups and analytics; it is acked once both have it. Views,
      // actions, lead touches and refused beacons are analytics' alone.
      return settleTogether(ctx, batch.messages, [
        (messages) => recordScans(ctx, messages.filter(isQrScan)),
        (messages) => recordAnalytics(ctx, messages),
      ])
    default:
      ctx.log.error('batch from an unknown queue', { queue: batch.queue })
      batch.retryAll({ delaySeconds: 60 })
  }
}

export async function dispatchCron(ctx: Ctx, cron: string): Promise<void> {
  switch (cron) {
    case '17 3 * * *': {
      const purged = await purgeReplayedDeadLetters(ctx)
      const purgedTenants = await purgeDeletedTenants(ctx)
      const expiredExports = await expireExportArchives(ctx)
      const purgedScanVisitors = await purgeScanVisitors(ctx)
      const purgedAnalytics = await purgeAnalyticsEvents(ctx)
      const expiredQrBatches = await expireQrBatches(ctx)
      const purgedCrmRecords = await purgeCrmDeletions(ctx)
      const rescoredTenants = await queueDailyRescore(ctx)
      const analyticsReportsSent = (await sendDueReports(ctx)).length
      ctx.log.info('daily maintenance done', {
        purgedDeadLetters: purged,
        purgedTenants: purgedTenants.length,
        expiredExports,
        purgedScanVisitors,
        purgedAnalyticsEvents: purgedAnalytics.events,
        purgedAnalyticsVisitors: purgedAnalytics.visitors,
        expiredQrBatches,
        purgedCrmRecords,
        rescoredTenants,
        analyticsReportsSent,
      })
      return
    }
    case '*/5 * * * *':
      // Pending custom hostnames: has Cloudflare seen the owner's DNS records yet?
      await pollHostnames(ctx)
      return
    case '* * * * *':
      // CRM reminders that fell due: each becomes a queue message, sent once.
      await queueDueReminders(ctx)
      return
    default:
      ctx.log.warn('no job for this cron', { cron })
  }
}
