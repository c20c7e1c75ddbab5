import { PeriodForm } from '../../../app/components/PeriodForm.tsx'
import { type DateRange, MAX_DAYS, PRESETS, presetRange, rangeProblem } from './date-range.ts'

/** The period: three presets and a custom range of whole UTC days up to today. */
export function DateRangeFilter({
  range,
  today,
  onChange,
}: {
  range: DateRange
  today: string
  onChange: (range: DateRange) => void
}) {
  return (
    <PeriodForm
      label="Date range"
      block="qr-range"
      presets={PRESETS}
      value={range}
      max={today}
      hint={`Days in UTC, both included; at most ${MAX_DAYS} days.`}
      problem={(from, to) => rangeProblem(from, to, today)}
      onPreset={(preset) => onChange(presetRange(preset, today))}
      onCustom={(from, to) => onChange({ preset: 'custom', from, to })}
    />
  )
}
