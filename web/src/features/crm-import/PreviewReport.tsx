import { useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { saveFile } from '../qr/download.ts'
import { downloadProblems, type ImportPreview } from './crm-import-api.ts'
import { ProblemsTable } from './ProblemsTable.tsx'

const n = (value: number) => value.toLocaleString()

/** Step 3: what the import would do, row problems included, and the confirmation to start it. */
export function PreviewReport({
  crmImportId,
  preview,
  noun,
  starting,
  onStart,
  onUnauthorized,
}: {
  crmImportId: string
  preview: ImportPreview
  noun: string
  starting: boolean
  onStart: () => void
  onUnauthorized: () => void
}) {
  const id = useId()
  const [error, setError] = useState('')

  async function download() {
    setError('')
    try {
      saveFile(await downloadProblems(crmImportId))
    } catch (cause) {
      if (isUnauthorized(cause)) onUnauthorized()
      else setError(`Could not download the report. ${messageOf(cause)}`)
    }
  }

  const label =
    preview.invalid > 0
      ? `Import ${n(preview.valid)} valid rows, skip ${n(preview.invalid)} invalid`
      : `Import ${n(preview.valid)} rows`
  return (
    <section className="crm-import__preview" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1}>
        3. Check and import
      </h2>
      <dl className="crm-import__counts">
        <div>
          <dt>Rows in the file</dt>
          <dd>{n(preview.totalRows)}</dd>
        </div>
        <div>
          <dt>Valid</dt>
          <dd>{n(preview.valid)}</dd>
        </div>
        <div>
          <dt>Invalid (skipped)</dt>
          <dd>{n(preview.invalid)}</dd>
        </div>
        <div>
          <dt>Repeated within the file</dt>
          <dd>{n(preview.duplicatesInFile)}</dd>
        </div>
        <div>
          <dt>Already in your {noun}</dt>
          <dd>{n(preview.duplicatesExisting)}</dd>
        </div>
      </dl>
      {preview.problemCount > 0 && (
        <>
          <p>
            <button type="button" className="button" onClick={() => void download()}>
              Download the problems (CSV)
            </button>
          </p>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <ProblemsTable problems={preview.problems} total={preview.problemCount} />
        </>
      )}
      {preview.valid === 0 ? (
        <p className="notice notice--warning">No row can be imported as the columns are mapped.</p>
      ) : (
        <button type="button" className="button button--primary" aria-disabled={starting} onClick={onStart}>
          {starting ? 'Starting…' : label}
        </button>
      )}
    </section>
  )
}
