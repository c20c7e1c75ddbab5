import { useId } from 'react'
import { type BatchFormat, type BatchOutput, type Paper, PER_PAGE, type PerPage } from './bulk-api.ts'

const FORMATS: { id: BatchFormat; label: string; hint: string }[] = [
  { id: 'svg', label: 'SVG', hint: 'sharp at any size, for designers and print shops' },
  { id: 'png', label: 'PNG', hint: 'images for documents and screens' },
  { id: 'pdf', label: 'PDF', hint: 'one page per code, ready to print' },
]

export const DEFAULT_OUTPUT: BatchOutput = {
  formats: ['svg', 'png'],
  sheet: { paper: 'a4', perPage: 6 },
  tents: false,
}

/** Why the choice cannot be built, or ''. */
export const outputProblem = (output: BatchOutput) =>
  output.formats.length === 0 ? 'Choose at least one file format.' : ''

/** What the ZIP holds: file formats, an optional print sheet (paper, codes per page) and table tents. */
export function OutputFields({
  value,
  onChange,
  error,
}: {
  value: BatchOutput
  onChange: (value: BatchOutput) => void
  error?: string
}) {
  const id = useId()
  const toggleFormat = (format: BatchFormat, on: boolean) =>
    onChange({
      ...value,
      formats: FORMATS.map((f) => f.id).filter((f) => (f === format ? on : value.formats.includes(f))),
    })
  const sheet = value.sheet ?? { paper: 'a4', perPage: 6 }
  return (
    <>
      <fieldset className="qr-bulk__group" aria-describedby={error ? `${id}-error` : undefined}>
        <legend>File formats</legend>
        {FORMATS.map((f) => (
          <div key={f.id} className="checkbox">
            <input
              type="checkbox"
              id={`${id}-${f.id}`}
              checked={value.formats.includes(f.id)}
              onChange={(e) => toggleFormat(f.id, e.target.checked)}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={`${id}-${f.id}`}>
              {f.label} <span className="muted">({f.hint})</span>
            </label>
          </div>
        ))}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
      </fieldset>
      <fieldset className="qr-bulk__group">
        <legend>For printing</legend>
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-sheet`}
            checked={value.sheet !== null}
            onChange={(e) => onChange({ ...value, sheet: e.target.checked ? sheet : null })}
          />
          <label htmlFor={`${id}-sheet`}>A print sheet: every code with its label and cut marks</label>
        </div>
        {value.sheet && (
          <div className="qr-bulk__sheet">
            <div className="field">
              <label htmlFor={`${id}-paper`}>Paper</label>
              <select
                id={`${id}-paper`}
                value={value.sheet.paper}
                onChange={(e) => onChange({ ...value, sheet: { ...sheet, paper: e.target.value as Paper } })}
              >
                <option value="a4">A4</option>
                <option value="letter">US Letter</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-per-page`}>Codes per page</label>
              <select
                id={`${id}-per-page`}
                value={value.sheet.perPage}
                onChange={(e) =>
                  onChange({ ...value, sheet: { ...sheet, perPage: Number(e.target.value) as PerPage } })
                }
              >
                {PER_PAGE.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        <div className="checkbox">
          <input
            type="checkbox"
            id={`${id}-tents`}
            checked={value.tents}
            onChange={(e) => onChange({ ...value, tents: e.target.checked })}
          />
          <label htmlFor={`${id}-tents`}>
            Table tents: one folded card per code, to stand on tables and counters
          </label>
        </div>
      </fieldset>
    </>
  )
}
