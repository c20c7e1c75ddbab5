import type { TenantCtx } from '../../../context.ts'
import type { FunnelReport } from '../analytics.schemas.ts'
import type { AnalyticsQuery } from '../query/analytics-query.ts'
import { analyticsRange, type DayRange } from '../query/range.ts'
import { resolveScope } from '../query/scope.ts'
import { funnelStepCounts } from './funnel-counts.ts'
import { getFunnel } from './funnels.service.ts'
import { type RawWindow, rawEventWindow, refuseBeforeRetention } from './raw-retention.ts'

const share = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000

/**
 * The days a report covers. Without `from`, the default range is cut to what is still kept;
 * an explicit `from` before that is refused, so a number on screen is never silently partial.
 */
function reportDays(query: AnalyticsQuery, window: RawWindow, now: Date): DayRange {
  const days = (from: string | undefined) =>
    analyticsRange({ from, to: query.to, compare: 'none' }, now).current
  let range = days(query.from)
  if (!query.from && range.from < window.firstDay && range.to >= window.firstDay)
    range = days(window.firstDay)
  refuseBeforeRetention(window, range.from)
  return range
}

/** Visitor-days through each step, with the share lost at each step and kept since the first. */
export async function funnelReport(
  ctx: TenantCtx,
  funnelId: string,
  query: AnalyticsQuery,
): Promise<FunnelReport> {
  const funnel = await getFunnel(ctx, funnelId)
  const scope = await resolveScope(ctx, query)
  const range = reportDays(query, await rawEventWindow(ctx), ctx.now())
  const counts = await funnelStepCounts(
    ctx.d1,
    scope,
    { tenantId: ctx.tenantId, from: range.from, to: range.to },
    funnel.steps,
  )
  const first = counts[0] ?? 0
  return {
    funnel,
    scope: { level: scope.level, id: scope.id, name: scope.name },
    period: { from: range.from, to: range.to },
    steps: funnel.steps.map((step, k) => {
      const visitors = counts[k] ?? 0
      const before = k === 0 ? visitors : (counts[k - 1] ?? 0)
      return {
        label: step.label,
        visitors,
        dropOff: k === 0 ? 0 : share(before - visitors, before),
        fromStart: share(visitors, first),
      }
    }),
  }
}
