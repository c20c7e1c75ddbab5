import { useCallback, useMemo, useState } from 'react'
import { navigate, useSearch } from '../../app/router.ts'
import type { AnalyticsParams } from './analytics-api.ts'
import { type DashboardState, searchOf, stateFromSearch, utcDay } from './analytics-range.ts'

/**
 * The dashboard's scope, period and comparison, read from the address and written back to it:
 * filter changes replace the entry (a reload shows the same), drilling into a branch adds one
 * (Back returns to the list).
 */
export function useDashboardState() {
  const [today] = useState(() => utcDay(new Date()))
  const search = useSearch()
  const state = useMemo(() => stateFromSearch(search, today), [search, today])
  const params = useMemo<AnalyticsParams>(
    () => ({
      from: state.period.from,
      to: state.period.to,
      // A branch names its brand: asking by branch alone keeps the query the same once the
      // pickers learn the brand of a branch-only link.
      brandId: state.branchId ? undefined : state.brandId || undefined,
      branchId: state.branchId || undefined,
      compare: state.compare ? 'previous' : 'none',
    }),
    [state],
  )
  const setState = useCallback((next: DashboardState, { push = false }: { push?: boolean } = {}) => {
    navigate(`${location.pathname}${searchOf(next)}`, { replace: !push })
  }, [])
  return { today, state, params, setState }
}
