import { useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { fetchFile, saveFile } from '../qr/download.ts'

/**
 * The report as a CSV (its main table) or an Excel workbook (every table), fetched so an
 * expired access cookie is refreshed and a refusal is shown here rather than saved as a file.
 */
export function ReportDownloads({
  csvUrl,
  xlsxUrl,
  reportName,
  onSessionExpired,
}: {
  csvUrl: string
  xlsxUrl: string
  reportName: string
  onSessionExpired: () => void
}) {
  const [pending, setPending] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function download(url: string, kind: string) {
    if (pending) return
    setPending(true)
    setError('')
    setStatus(`Preparing the ${kind} file…`)
    try {
      const file = await fetchFile(url)
      saveFile(file)
      setStatus(`Downloaded ${file.filename}.`)
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      setStatus('')
      setError(`Could not download the ${reportName} report. ${messageOf(cause)}`)
    } finally {
      setPending(false)
    }
  }

  return (
    <div className="report-downloads">
      <button type="button" className="button" disabled={pending} onClick={() => download(csvUrl, 'CSV')}>
        Download CSV<span className="visually-hidden"> of the {reportName} report</span>
      </button>
      <button type="button" className="button" disabled={pending} onClick={() => download(xlsxUrl, 'Excel')}>
        Download Excel<span className="visually-hidden"> workbook of the {reportName} report</span>
      </button>
      <span role="status" className="muted report-downloads__status">
        {status}
      </span>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </div>
  )
}
