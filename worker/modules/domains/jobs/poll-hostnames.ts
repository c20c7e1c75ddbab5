import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import * as repo from '../domains.repo.ts'
import { type RefreshOutcome, refreshHostname } from '../refresh-hostname.ts'

/**
 * Hostnames checked per run. Each costs one Cloudflare call plus a few D1/KV operations, well
 * inside a cron invocation's subrequest budget; the oldest-checked go first, so a backlog
 * drains over successive runs instead of starving anyone.
 */
export const POLL_BATCH = 25

/** Cron: asks Cloudflare about pending hostnames until they are active or failed. */
export async function pollHostnames(
  ctx: Ctx,
  limit = POLL_BATCH,
): Promise<Record<RefreshOutcome | 'error', number>> {
  const tally = { activated: 0, active: 0, pending: 0, failed: 0, deactivated: 0, error: 0 }
  for (const row of await repo.duePending(ctx.d1, limit)) {
    try {
      tally[await refreshHostname(ctx, row)]++
    } catch (error) {
      // Cloudflare unreachable or refusing: try again next run, and tell the owner why it waits.
      tally.error++
      if (!(error instanceof ApiError)) {
        ctx.log.error('hostname check failed', { hostname: row.hostname, error })
        continue
      }
      await repo.updateHostname(ctx.d1, row, { checkedAt: ctx.now(), lastError: error.message })
    }
  }
  ctx.log.info('pending hostnames checked', tally)
  return tally
}
