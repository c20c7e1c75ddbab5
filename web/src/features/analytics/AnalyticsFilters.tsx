import { useCallback } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { listBrandChoices } from '../qr/analytics/analytics-api.ts'
import { ScopePicker } from '../qr/analytics/ScopePicker.tsx'
import type { DashboardState } from './analytics-range.ts'
import { PeriodFilter } from './PeriodFilter.tsx'

/**
 * Whose numbers (organisation, a brand, a branch), over which days, and (unless `compare` is
 * false, for views that ignore it) compared with the previous period or not.
 */
export function AnalyticsFilters({
  state,
  today,
  onChange,
  onSessionExpired,
  compare = true,
}: {
  state: DashboardState
  today: string
  onChange: (next: DashboardState) => void
  onSessionExpired: () => void
  compare?: boolean
}) {
  const expired = useCallback(() => onSessionExpired(), [onSessionExpired])
  const brands = useResource(listBrandChoices, expired)
  return (
    <div className="an-filters">
      {brands.error && (
        <LoadError onRetry={brands.reload}>Could not load your brands. {brands.error}</LoadError>
      )}
      <ScopePicker
        codes={false}
        brands={brands.data ?? []}
        value={{ brandId: state.brandId, branchId: state.branchId, qrCodeId: '' }}
        onChange={(next) => onChange({ ...state, brandId: next.brandId, branchId: next.branchId })}
      />
      <PeriodFilter
        period={state.period}
        compare={state.compare}
        today={today}
        onPeriod={(period) => onChange({ ...state, period })}
        onCompare={compare ? (checked) => onChange({ ...state, compare: checked }) : undefined}
      />
    </div>
  )
}
