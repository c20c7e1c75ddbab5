import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { saveFile } from './download.ts'
import { downloadPrintSheet, type Paper, type PerPage, type PrintSheetOptions } from './qr-api.ts'

const PER_PAGE: PerPage[] = [1, 2, 4, 6, 8, 12, 20]

/** One PDF of the chosen codes, ready to print and cut. */
export function PrintSheetForm({
  qrCodeIds,
  onUnauthorized,
}: {
  qrCodeIds: readonly string[]
  onUnauthorized: () => void
}) {
  const id = useId()
  const [options, setOptions] = useState<PrintSheetOptions>({
    paper: 'a4',
    perPage: 6,
    cutMarks: true,
    labels: true,
  })
  const [pending, setPending] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const count = qrCodeIds.length

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    if (count === 0) return setError('Choose at least one code in the list first.')
    setPending(true)
    setError('')
    setStatus(`Preparing a print sheet of ${count} ${count === 1 ? 'code' : 'codes'}…`)
    try {
      saveFile(await downloadPrintSheet([...qrCodeIds], options))
      setStatus('Print sheet downloaded.')
    } catch (cause) {
      if (isUnauthorized(cause)) onUnauthorized()
      setStatus('')
      setError(`Could not make the print sheet. ${messageOf(cause)}`)
    } finally {
      setPending(false)
    }
  }

  return (
    <form className="form qr-print" aria-labelledby={`${id}-title`} aria-busy={pending} onSubmit={submit}>
      <h2 id={`${id}-title`}>Print sheet</h2>
      <p className="muted" id={`${id}-count`}>
        {count === 0
          ? 'Select codes in the list to print them together.'
          : `${count} ${count === 1 ? 'code' : 'codes'} selected.`}
      </p>
      <div className="qr-print__fields">
        <div className="field">
          <label htmlFor={`${id}-paper`}>Paper</label>
          <select
            id={`${id}-paper`}
            value={options.paper}
            onChange={(e) => setOptions({ ...options, paper: e.target.value as Paper })}
          >
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-per-page`}>Codes per page</label>
          <select
            id={`${id}-per-page`}
            value={options.perPage}
            onChange={(e) => setOptions({ ...options, perPage: Number(e.target.value) as PerPage })}
          >
            {PER_PAGE.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.labels}
            onChange={(e) => setOptions({ ...options, labels: e.target.checked })}
          />
          Labels under the codes
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={options.cutMarks}
            onChange={(e) => setOptions({ ...options, cutMarks: e.target.checked })}
          />
          Cut marks
        </label>
      </div>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          aria-disabled={pending || count === 0}
          aria-describedby={`${id}-count`}
        >
          {pending ? 'Preparing…' : 'Download print sheet (PDF)'}
        </button>
        <p role="status" className="qr-status">
          {status}
        </p>
      </div>
    </form>
  )
}
