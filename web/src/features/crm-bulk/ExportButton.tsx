import { useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { saveFile } from '../qr/download.ts'
import { type CrmFilter, countOf, type ExportEntity, exportCsv } from './crm-bulk-api.ts'

/**
 * "Export CSV" for a list: the records the current filter shows, every column and custom field,
 * downloaded as a file. The outcome is said quietly; a refusal is shown.
 */
export function ExportButton({
  entity,
  filter,
  onSessionExpired = () => undefined,
}: {
  entity: ExportEntity
  filter: CrmFilter
  onSessionExpired?: () => void
}) {
  const [pending, setPending] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function run() {
    if (pending) return
    setPending(true)
    setError('')
    setStatus('Preparing the export…')
    try {
      const file = await exportCsv(entity, filter)
      saveFile(file)
      setStatus(
        `Exported ${countOf(entity, file.rows)}.${file.truncated ? ' Only the first 100,000 fit in one file; narrow the filters for the rest.' : ''}`,
      )
    } catch (cause) {
      setStatus('')
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(`Could not export. ${messageOf(cause)}`)
    } finally {
      setPending(false)
    }
  }

  return (
    <span className="crm-export">
      <button type="button" className="button" aria-disabled={pending} onClick={() => void run()}>
        {pending ? 'Exporting…' : 'Export CSV'}
      </button>
      <span role="status" className="crm-export__status muted">
        {status}
      </span>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </span>
  )
}
