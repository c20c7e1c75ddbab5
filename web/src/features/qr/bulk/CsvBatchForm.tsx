import { type FormEvent, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../../api/client.ts'
import { messageOf } from '../../../app/useSession.ts'
import {
  type BatchOutput,
  type BrandChoice,
  createCsvBatch,
  MAX_CSV_CHARS,
  type QrBatch,
} from './bulk-api.ts'
import { sampleCsvHref } from './bulk-format.ts'
import { DEFAULT_OUTPUT, OutputFields, outputProblem } from './OutputFields.tsx'

interface Refusal {
  message: string
  /** One line per problem row, as the API lists them ("Row 3 (branch): …"). */
  rows: string[]
}

/** "Upload a CSV of placements": a code per row; a refused file lists each row's problem. */
export function CsvBatchForm({
  brands,
  onStarted,
  onUnauthorized,
}: {
  brands: readonly BrandChoice[]
  onStarted: (batch: QrBatch) => void
  onUnauthorized: () => void
}) {
  const id = useId()
  const file = useRef<HTMLInputElement>(null)
  const [brandId, setBrandId] = useState('')
  const [output, setOutput] = useState<BatchOutput>(DEFAULT_OUTPUT)
  const [pending, setPending] = useState(false)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [fileError, setFileError] = useState('')
  const [outputError, setOutputError] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setRefusal(null)
    const chosen = file.current?.files?.[0]
    const fileProblem = !chosen
      ? 'Choose a CSV file.'
      : chosen.size > MAX_CSV_CHARS * 2
        ? 'That file is too large: use at most 500 rows.'
        : ''
    const formatProblem = outputProblem(output)
    setFileError(fileProblem)
    setOutputError(formatProblem)
    if (fileProblem || formatProblem || !chosen) {
      setRefusal({ message: 'Check the highlighted fields.', rows: [] })
      return
    }
    setPending(true)
    try {
      const csv = await chosen.text()
      if (csv.length > MAX_CSV_CHARS) {
        setFileError('That file is too large: use at most 500 rows.')
        setRefusal({ message: 'Check the highlighted fields.', rows: [] })
        return
      }
      onStarted(await createCsvBatch(csv, brandId || null, output))
      if (file.current) file.current.value = ''
    } catch (cause) {
      if (isUnauthorized(cause)) return onUnauthorized()
      const rows = cause instanceof ApiProblem ? (cause.problem.errors ?? []).map((e) => e.message) : []
      setRefusal({ message: messageOf(cause), rows })
    } finally {
      setPending(false)
    }
  }

  return (
    <form
      className="form qr-bulk__form"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      aria-busy={pending}
    >
      <h2 id={`${id}-title`}>Upload a CSV of placements</h2>
      <p className="muted">
        One code per row, for tables, windows, flyers or anything else. Columns: <code>label</code>,{' '}
        <code>placement</code>, <code>branch</code> (its address name or id) and <code>target_url</code>{' '}
        (leave it empty for the branch page).{' '}
        <a href={sampleCsvHref()} download="placements-sample.csv">
          Download a sample
        </a>
        .
      </p>
      <div role="alert" className="form-error">
        {refusal && (
          <>
            <p>{refusal.message}</p>
            {refusal.rows.length > 0 && (
              <ul className="qr-bulk__row-errors">
                {refusal.rows.map((row) => (
                  <li key={row}>{row}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-file`}>CSV file</label>
        <p id={`${id}-file-hint`} className="field-hint muted">
          At most 500 rows; the first row is the header.
        </p>
        <input
          id={`${id}-file`}
          ref={file}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-file-hint${fileError ? ` ${id}-file-error` : ''}`}
          aria-invalid={fileError ? true : undefined}
          onChange={() => setFileError('')}
        />
        {fileError && (
          <p id={`${id}-file-error`} className="field-error">
            {fileError}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-brand`}>Brand of the branches</label>
        <select
          id={`${id}-brand`}
          value={brandId}
          onChange={(e) => setBrandId(e.target.value)}
          aria-describedby={`${id}-brand-hint`}
        >
          <option value="">Any brand</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
        <p id={`${id}-brand-hint`} className="field-hint muted">
          Only needed when two brands have a branch with the same address name.
        </p>
      </div>
      <OutputFields value={output} onChange={setOutput} error={outputError} />
      <button type="submit" className="button button--primary" aria-disabled={pending}>
        {pending ? 'Uploading…' : 'Generate codes from the CSV'}
      </button>
    </form>
  )
}
