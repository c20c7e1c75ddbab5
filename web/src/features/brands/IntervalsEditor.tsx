import type { Interval } from './brands-api.ts'
import { Field } from './Field.tsx'
import type { FieldErrors } from './useSave.ts'

/** Opening intervals of one day (up to four), each an open and a close time. Empty means closed. */
export function IntervalsEditor({
  label,
  path,
  intervals,
  onChange,
  errors,
}: {
  label: string
  path: string
  intervals: Interval[]
  onChange: (intervals: Interval[]) => void
  errors: FieldErrors
}) {
  const set = (i: number, key: keyof Interval, value: string) =>
    onChange(intervals.map((iv, j) => (j === i ? { ...iv, [key]: value } : iv)))
  return (
    <div className="intervals">
      {intervals.length === 0 && <p className="muted intervals__closed">Closed</p>}
      {intervals.map((interval, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no id; the index is their identity while editing
        <div key={i} className="intervals__row">
          <Field
            label={`${label}, opens${intervals.length > 1 ? ` (${i + 1})` : ''}`}
            path={`${path}.${i}.open`}
            errors={errors}
            type="time"
            value={interval.open}
            onChange={(e) => set(i, 'open', e.target.value)}
          />
          <Field
            label={`${label}, closes${intervals.length > 1 ? ` (${i + 1})` : ''}`}
            path={`${path}.${i}.close`}
            errors={errors}
            type="time"
            value={interval.close}
            onChange={(e) => set(i, 'close', e.target.value)}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange(intervals.filter((_, j) => j !== i))}
          >
            Remove
            <span className="visually-hidden">
              {' '}
              {label} hours {i + 1}
            </span>
          </button>
        </div>
      ))}
      {intervals.length < 4 && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            onChange([
              ...intervals,
              intervals.length === 0 ? { open: '09:00', close: '17:00' } : { open: '', close: '' },
            ])
          }
        >
          {intervals.length === 0 ? 'Open this day' : 'Add hours'}
          <span className="visually-hidden"> for {label}</span>
        </button>
      )}
    </div>
  )
}
