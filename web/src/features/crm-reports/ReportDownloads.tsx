import { useDownload } from '../qr/useDownload.ts'

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
  const { pending, status, error, download: fetchAndSave } = useDownload(onSessionExpired)
  const download = (url: string, kind: string) =>
    fetchAndSave(url, {
      preparing: `Preparing the ${kind} file…`,
      failed: `Could not download the ${reportName} report.`,
    })

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
