import { type MouseEvent, useState } from 'react'
import { isUnauthorized } from '../../../api/client.ts'
import { messageOf } from '../../../app/useSession.ts'
import { fetchFile, saveFile } from '../download.ts'

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
  const [pending, setPending] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function download(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    if (pending) return
    setPending(true)
    setError('')
    setStatus('Preparing the CSV…')
    try {
      const file = await fetchFile(href)
      saveFile(file)
      setStatus(`Downloaded ${file.filename}.`)
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      setStatus('')
      setError(`Could not export the ${what}. ${messageOf(cause)}`)
    } finally {
      setPending(false)
    }
  }

  return (
    <>
      <a className="button" href={href} download onClick={download} aria-disabled={pending || undefined}>
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
