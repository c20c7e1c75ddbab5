import { type FormEvent, useId, useState } from 'react'
import { PRESETS, presetRange, type ReportRange, rangeProblem } from './report-range.ts'
import type { ReportChoices } from './reports-api.ts'

/**
 * The period: presets apply at once; custom dates apply with their button, so the report is
 * not fetched on every keystroke. The forecast looks ahead from today and shows no period.
 */
export function PeriodFilter({
  range,
  today,
  onChange,
}: {
  range: ReportRange
  today: string
  onChange: (range: ReportRange) => void
}) {
  const id = useId()
  const [custom, setCustom] = useState(range.preset === 'custom')
  const [from, setFrom] = useState(range.from)
  const [to, setTo] = useState(range.to)
  const [error, setError] = useState('')

  function pick(preset: ReportRange['preset']) {
    setError('')
    if (preset === 'custom') {
      setCustom(true)
      setFrom(range.from)
      setTo(range.to)
      return
    }
    setCustom(false)
    onChange(presetRange(preset, today))
  }

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const problem = rangeProblem(from, to)
    setError(problem)
    if (!problem) onChange({ preset: 'custom', from, to })
  }

  const describedBy = `${id}-hint${error ? ` ${id}-error` : ''}`
  return (
    <form className="report-range" onSubmit={apply} aria-label="Period" noValidate>
      <fieldset className="report-range__presets">
        <legend className="report-range__legend">Period</legend>
        {[...PRESETS, { id: 'custom', label: 'Custom' } as const].map((preset) => (
          <label key={preset.id} className="report-range__choice">
            <input
              type="radio"
              name={`${id}-preset`}
              value={preset.id}
              checked={(custom ? 'custom' : range.preset) === preset.id}
              onChange={() => pick(preset.id)}
            />
            <span>{preset.label}</span>
          </label>
        ))}
      </fieldset>
      {custom && (
        <div className="report-range__custom">
          <div className="field">
            <label htmlFor={`${id}-from`}>From</label>
            <input
              id={`${id}-from`}
              type="date"
              value={from}
              required
              onChange={(e) => setFrom(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>To</label>
            <input
              id={`${id}-to`}
              type="date"
              value={to}
              min={from || undefined}
              required
              onChange={(e) => setTo(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
            />
          </div>
          <button type="submit" className="button">
            Show this period
          </button>
          <p id={`${id}-hint`} className="field-hint muted report-range__hint">
            Days in UTC, both included; at most two years.
          </p>
          <p id={`${id}-error`} role="alert" className="field-error report-range__hint">
            {error}
          </p>
        </div>
      )}
    </form>
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
