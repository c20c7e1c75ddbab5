import { type DragEvent, type FormEvent, useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { type ImportEntity, MAX_IMPORT_BYTES, type UploadedImport, uploadImport } from './crm-import-api.ts'

/**
 * Step 1: choose what the rows are and the file, with the file input or by dropping it on the
 * zone (the input is the keyboard way; the zone only widens the target).
 */
export function UploadForm({
  onUploaded,
  onUnauthorized,
}: {
  onUploaded: (imp: UploadedImport) => void
  onUnauthorized: () => void
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [entity, setEntity] = useState<ImportEntity>('contact')
  const [file, setFile] = useState<File | null>(null)
  const [dragging, setDragging] = useState(false)
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')

  function choose(next: File | null) {
    setError('')
    setFile(next)
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault()
    setDragging(false)
    const dropped = event.dataTransfer.files[0]
    if (dropped) choose(dropped)
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    if (!file) return setError('Choose a CSV file.')
    if (file.size > MAX_IMPORT_BYTES)
      return setError('That file is larger than 10 MB; split it into smaller files.')
    setPending(true)
    setError('')
    try {
      onUploaded(await uploadImport(file, entity))
    } catch (cause) {
      if (isUnauthorized(cause)) onUnauthorized()
      else setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  return (
    <form
      className="form crm-import__upload"
      onSubmit={submit}
      aria-labelledby={`${id}-title`}
      aria-busy={pending}
    >
      <h2 id={`${id}-title`}>1. Upload a CSV file</h2>
      <fieldset className="crm-import__choices">
        <legend>Each row is a</legend>
        {(['contact', 'company'] as const).map((value) => (
          <label key={value} className="crm-import__radio">
            <input
              type="radio"
              name={`${id}-entity`}
              value={value}
              checked={entity === value}
              onChange={() => setEntity(value)}
            />{' '}
            {value === 'contact' ? 'Contact' : 'Company'}
          </label>
        ))}
      </fieldset>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: a drop target for the mouse; the file input inside it is the keyboard way */}
      <div
        className={`crm-import__drop${dragging ? ' crm-import__drop--over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={`${id}-file`}>CSV file</label>
        <p id={`${id}-hint`} className="field-hint muted">
          Drop the file here or choose it. At most 10 MB; the first row names the columns. Save spreadsheets
          as “CSV UTF-8”.
        </p>
        <input
          id={`${id}-file`}
          ref={input}
          type="file"
          accept=".csv,text/csv"
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => choose(event.target.files?.[0] ?? null)}
        />
        {file && <p className="crm-import__file">{file.name}</p>}
      </div>
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {error}
        </p>
      )}
      <button type="submit" className="button button--primary" aria-disabled={pending}>
        {pending ? 'Uploading…' : 'Upload and map columns'}
      </button>
    </form>
  )
}
