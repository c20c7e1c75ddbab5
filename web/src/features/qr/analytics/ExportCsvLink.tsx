import type { MouseEvent } from 'react'
import { useDownload } from '../useDownload.ts'

/**
 * A real link to the CSV (it opens in a new tab or saves with the browser's own menu), fetched
 * on a plain click instead so an expired access cookie is refreshed and a refusal is shown here.
 * `what` names the rows in the link's text ("Download scans as CSV").
 */
export function ExportCsvLink({
  href,
  onSessionExpired,
  what = 'scans',
}: {
  href: string
  onSessionExpired: () => void
  what?: string
}) {
  const { pending, status, error, download } = useDownload(onSessionExpired)

  function click(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    void download(href, { preparing: 'Preparing the CSV…', failed: `Could not download ${what} as CSV.` })
  }

  return (
    <>
      <a className="button" href={href} download onClick={click} aria-disabled={pending || undefined}>
        Download {what} as CSV
      </a>
      <span role="status" className="muted">
        {' '}
        {status}
      </span>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </>
  )
}
