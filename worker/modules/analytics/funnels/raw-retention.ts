// Funnels are the one analytics view that reads raw events, and those are purged after the
// tenant's retention. A report reaching past it would quietly undercount, so it is refused.
import { eq } from 'drizzle-orm'
import type { TenantCtx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import { analyticsSettings, DEFAULT_RETENTION_DAYS } from '../analytics.tables.ts'

const DAY_MS = 86_400_000
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10)

export interface RawWindow {
  retentionDays: number
  /** The earliest UTC day whose raw events are all still kept: today and the N - 1 days before. */
  firstDay: string
}

export async function rawEventWindow(ctx: TenantCtx): Promise<RawWindow> {
  const [settings] = await ctx.d1
    .select({ retentionDays: analyticsSettings.retentionDays })
    .from(analyticsSettings)
    .where(eq(analyticsSettings.tenantId, ctx.tenantId))
    .limit(1)
  const retentionDays = settings?.retentionDays ?? DEFAULT_RETENTION_DAYS
  return { retentionDays, firstDay: dayOf(ctx.now().getTime() - (retentionDays - 1) * DAY_MS) }
}

export function refuseBeforeRetention(window: RawWindow, from: string): void {
  if (from >= window.firstDay) return
  const message = `Raw events are kept ${window.retentionDays} days, so funnels start on ${window.firstDay} at the earliest`
  throw new ApiError('BAD_REQUEST', message, { errors: [{ path: 'from', message }] })
}
