import { useId } from 'react'
import { PeriodForm } from '../../app/components/PeriodForm.tsx'
import { PRESETS, presetRange, type ReportRange, rangeProblem } from './report-range.ts'
import type { ReportChoices } from './reports-api.ts'

/** The period: presets and custom dates. The forecast looks ahead from today and shows no period. */
export function PeriodFilter({
  range,
  today,
  onChange,
}: {
  range: ReportRange
  today: string
  onChange: (range: ReportRange) => void
}) {
  return (
    <PeriodForm
      label="Period"
      block="report-range"
      presets={PRESETS}
      value={range}
      hint="Days in UTC, both included; at most two years."
      problem={rangeProblem}
      onPreset={(preset) => onChange(presetRange(preset, today))}
      onCustom={(from, to) => onChange({ preset: 'custom', from, to })}
    />
  )
}

export interface FilterValues {
  pipelineId: string
  branchId: string
  ownerUserId: string
}

/** Pipeline (deal reports only), branch and owner; each applies as soon as it is chosen. */
export function ScopeFilters({
  choices,
  values,
  pipelineAll,
  onChange,
}: {
  choices: ReportChoices | null
  values: FilterValues
  /** What "no pipeline chosen" means for this report, or null when it takes no pipeline. */
  pipelineAll: string | null
  onChange: (values: FilterValues) => void
}) {
  const id = useId()
  const select = (
    key: keyof FilterValues,
    label: string,
    all: string,
    options: { id: string; name: string }[],
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={values[key]}
        onChange={(e) => onChange({ ...values, [key]: e.target.value })}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <fieldset className="report-scope">
      <legend className="visually-hidden">Narrow the report</legend>
      {pipelineAll !== null && select('pipelineId', 'Pipeline', pipelineAll, choices?.pipelines ?? [])}
      {select('branchId', 'Branch', 'All branches', choices?.branches ?? [])}
      {select('ownerUserId', 'Owner', 'Everyone', choices?.owners ?? [])}
    </fieldset>
  )
}
