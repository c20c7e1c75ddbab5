import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { getEntitlements } from '../../billing/index.ts'
import { checkRateLimit, rateLimitHeaders } from '../../notifications/index.ts'

const WINDOW_SECONDS = 60

/**
 * Counts one render (a download, a print sheet, a batch) against the plan's renders per
 * minute in the tenant's hub; throws RATE_LIMITED with Retry-After when the minute is used
 * up, else returns the RateLimit headers to send. Fails open: a hub outage must not block
 * the owner's downloads, and rendering is the Worker's own CPU, not a shared resource.
 * @example const headers = await assertRenderAllowed(ctx) // then sent with the file
 */
export async function assertRenderAllowed(ctx: TenantCtx): Promise<Record<string, string>> {
  const { limits } = await getEntitlements(ctx.d1, ctx.tenantId)
  let headers: Record<string, string>
  let decision: Awaited<ReturnType<typeof checkRateLimit>>
  try {
    decision = await checkRateLimit(ctx.env, ctx.tenantId, {
      key: 'qr-render',
      limit: limits.qrRendersPerMinute,
      windowSeconds: WINDOW_SECONDS,
    })
    headers = rateLimitHeaders(decision)
  } catch (error) {
    ctx.log.warn('rate limiter unavailable; letting the QR render through', { error })
    return {}
  }
  if (!decision.allowed)
    throw new ApiError(
      'RATE_LIMITED',
      `Your plan allows ${limits.qrRendersPerMinute} QR code downloads per minute; try again in ${decision.retryAfter} seconds`,
      { headers },
    )
  return headers
}
