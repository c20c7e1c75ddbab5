import type { Ctx } from '../context.ts'
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
import { queueKindOf } from './queues.ts'

/** Routes a batch to the module that owns its queue. */
export async function dispatchQueue(ctx: Ctx, batch: MessageBatch<unknown>): Promise<void> {
  const kind = queueKindOf(batch.queue)
  switch (kind) {
    case 'leads':
      return storeLeads(ctx, batch)
    case 'leads-dlq':
    case 'email-dlq':
    case 'events-dlq':
      return parkDeadLetters(ctx, kind, batch)
    case 'email':
      return sendEmails(ctx, batch)
    case 'exports':
      return buildExports(ctx, batch)
    case 'exports-dlq':
      // The requester sees the export as failed; the message is parked like any other.
      await failDeadExports(ctx, batch)
      return parkDeadLetters(ctx, kind, batch)
    case 'events':
      // Its consumer arrives with analytics; until then nothing produces to it, and anything
      // that does is retried into the dead-letter queue, not dropped.
      batch.retryAll({ delaySeconds: 60 })
      return
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
      ctx.log.info('daily maintenance done', {
        purgedDeadLetters: purged,
        purgedTenants: purgedTenants.length,
        expiredExports,
      })
      return
    }
    case '*/5 * * * *':
      // Pending custom hostnames: has Cloudflare seen the owner's DNS records yet?
      await pollHostnames(ctx)
      return
    default:
      ctx.log.warn('no job for this cron', { cron })
  }
}
