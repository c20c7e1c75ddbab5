import { type MouseEvent, useState } from 'react'
import { isUnauthorized } from '../../../api/client.ts'
import { messageOf } from '../../../app/useSession.ts'
import { fetchFile, saveFile } from '../../qr/download.ts'

/**
 * A real link to the view as CSV (`?format=csv`: new tab and "save link as" work), fetched on a
 * plain click instead, so an expired access cookie is refreshed and a refusal is shown here
 * rather than downloaded as a JSON file.
 */
export function CsvDownload({
  href,
  label,
  onSessionExpired,
}: {
  href: string
  label: string
  onSessionExpired: () => void
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
      setError(`Could not download the CSV. ${messageOf(cause)}`)
    } finally {
      setPending(false)
    }
  }

  return (
    <div className="an-csv">
      <a className="button" href={href} download onClick={download} aria-disabled={pending || undefined}>
        {label}
      </a>
      <span role="status" className="muted">
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
