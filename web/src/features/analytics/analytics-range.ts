// The dashboard's state as the address carries it (`?brandId=&branchId=&from=&to=&compare=`),
// so an e-mailed report link opens the right view and a reload keeps it. Pure.
import { addDays, MAX_DAYS, rangeProblem, utcDay } from '../qr/analytics/date-range.ts'

export { MAX_DAYS, rangeProblem, utcDay }

export const PRESETS = [
  { id: '7', label: 'Last 7 days' },
  { id: '30', label: 'Last 30 days' },
  { id: '90', label: 'Last 90 days' },
  { id: 'month', label: 'This month' },
  { id: '12m', label: 'Last 12 months' },
] as const
export type PresetId = (typeof PRESETS)[number]['id']

export interface Period {
  preset: PresetId | 'custom'
  /** YYYY-MM-DD, UTC, both included. */
  from: string
  to: string
}

export interface DashboardState {
  brandId: string
  branchId: string
  period: Period
  compare: boolean
}

/** The preset's days up to and including today (UTC, as the API counts days). */
export function presetPeriod(preset: PresetId, today: string): Period {
  if (preset === 'month') return { preset, from: `${today.slice(0, 8)}01`, to: today }
  if (preset === '12m') {
    const date = new Date(`${today}T00:00:00Z`)
    date.setUTCFullYear(date.getUTCFullYear() - 1)
    return { preset, from: addDays(utcDay(date), 1), to: today }
  }
  return { preset, from: addDays(today, 1 - Number(preset)), to: today }
}

const DEFAULT_PRESET: PresetId = '30'

/** The state in `search`; a missing or unusable period falls back to the last 30 days. */
export function stateFromSearch(search: string, today: string): DashboardState {
  const query = new URLSearchParams(search)
  const from = query.get('from') ?? ''
  const to = query.get('to') ?? ''
  let period = presetPeriod(DEFAULT_PRESET, today)
  if (from && to && !rangeProblem(from, to, today)) {
    const preset = PRESETS.find((p) => {
      const candidate = presetPeriod(p.id, today)
      return candidate.from === from && candidate.to === to
    })
    period = { preset: preset?.id ?? 'custom', from, to }
  }
  return {
    brandId: query.get('brandId') ?? '',
    branchId: query.get('branchId') ?? '',
    period,
    compare: query.get('compare') !== 'none',
  }
}

/** The query string for `state`: what the address shows and what links to a view carry. */
export function searchOf(state: DashboardState): string {
  const query = new URLSearchParams()
  if (state.brandId) query.set('brandId', state.brandId)
  if (state.branchId) query.set('branchId', state.branchId)
  query.set('from', state.period.from)
  query.set('to', state.period.to)
  if (!state.compare) query.set('compare', 'none')
  return `?${query}`
}
