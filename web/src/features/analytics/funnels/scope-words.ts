// How the funnel and attribution screens name what they show. Pure.
import type { FunnelReport } from '../../../../../worker/modules/analytics/analytics.schemas.ts'
import { formatLongDay } from '../analytics-format.ts'

type ScopeInfo = FunnelReport['scope']
type Period = FunnelReport['period']

export function scopeWords(scope: ScopeInfo): string {
  if (scope.level === 'brand') return `the brand “${scope.name}”`
  if (scope.level === 'branch') return `the branch “${scope.name}”`
  return 'the whole organisation'
}

/** "Showing the brand “Demo”, 1 Nov 2026 to 30 Nov 2026." */
export const showingWords = (scope: ScopeInfo, period: Period) =>
  `Showing ${scopeWords(scope)}, ${formatLongDay(period.from)} to ${formatLongDay(period.to)}.`
