import { useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { fetchFile, saveFile } from './download.ts'

/**
 * Fetches a file the API renders and saves it, saying so in `status` (for a role="status" region)
 * or `error`. Fetched rather than followed so an expired access cookie is refreshed and a refusal
 * is shown rather than saved as a JSON file; an expired session goes to `onSessionExpired`.
 */
export function useDownload(onSessionExpired: () => void) {
  const [pending, setPending] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function download(url: string, words: { preparing: string; failed: string }) {
    if (pending) return
    setPending(true)
    setError('')
    setStatus(words.preparing)
    try {
      const file = await fetchFile(url)
      saveFile(file)
      setStatus(`Downloaded ${file.filename}.`)
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      setStatus('')
      setError(`${words.failed} ${messageOf(cause)}`)
    } finally {
      setPending(false)
    }
  }

  return { pending, status, error, download }
}
