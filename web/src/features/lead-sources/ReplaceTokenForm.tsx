import { type FormEvent, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { messageOf } from '../../app/useSession.ts'
import { type LeadSource, updateLeadSource } from './lead-sources-api.ts'

/** A new Facebook page token or LinkedIn access token, for when the old one expired or was reset. */
export function ReplaceTokenForm({
  source,
  onReplaced,
  onUnauthorized,
}: {
  source: LeadSource
  onReplaced: (source: LeadSource) => void
  onUnauthorized: () => void
}) {
  const [token, setToken] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const [done, setDone] = useState('')

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setError('')
    setDone('')
    try {
      onReplaced(await updateLeadSource(source.id, { accessToken: token.trim() }))
      setToken('')
      setDone('Token replaced. Leads are fetched with the new one from now on.')
    } catch (cause) {
      if (isUnauthorized(cause)) return onUnauthorized()
      setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={pending} aria-labelledby="source-token-title">
      <h2 id="source-token-title">Access token</h2>
      <TextField
        label={source.kind === 'facebook' ? 'New page access token' : 'New LinkedIn access token'}
        hint="Replace it when the platform says it expired; the delivery log shows fetches it refused."
        type="password"
        autoComplete="off"
        required
        value={token}
        error={error}
        onChange={(e) => setToken(e.target.value)}
      />
      <p role="status" className="muted">
        {done}
      </p>
      <button type="submit" className="button" aria-disabled={pending}>
        Replace the token
      </button>
    </form>
  )
}
