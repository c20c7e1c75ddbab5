import { PeriodForm } from '../../app/components/PeriodForm.tsx'
import { MAX_DAYS, type Period, PRESETS, presetPeriod, rangeProblem } from './analytics-range.ts'

/** The period and, with `onCompare`, the comparison with the period before it. */
export function PeriodFilter({
  period,
  compare,
  today,
  onPeriod,
  onCompare,
}: {
  period: Period
  compare: boolean
  today: string
  onPeriod: (period: Period) => void
  /** Without it (funnels, attribution ignore the comparison) the switch is not offered. */
  onCompare?: (compare: boolean) => void
}) {
  return (
    <PeriodForm
      label="Period"
      block="an-period"
      presets={PRESETS}
      value={period}
      max={today}
      hint={`Days in UTC, both included; at most ${MAX_DAYS} days.`}
      problem={(from, to) => rangeProblem(from, to, today)}
      onPreset={(preset) => onPeriod(presetPeriod(preset, today))}
      onCustom={(from, to) => onPeriod({ preset: 'custom', from, to })}
    >
      {onCompare && (
        <label className="an-toggle">
          <input type="checkbox" checked={compare} onChange={(e) => onCompare(e.target.checked)} />
          <span>Compare with the previous period</span>
        </label>
      )}
    </PeriodForm>
  )
}
