import { type FormEvent, useEffect, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../../api/client.ts'
import { LoadError } from '../../../app/components/Notices.tsx'
import { useResource } from '../../../app/useResource.ts'
import { messageOf } from '../../../app/useSession.ts'
import { getAnalyticsSettings, putAnalyticsSettings } from './reports-api.ts'

/**
 * How long raw events are kept (funnels and new attribution paths read them); totals never go.
 * The field's message is the API's own, so the rule is stated in one place.
 */
export function RetentionSetting({
  canManage,
  onSessionExpired,
}: {
  canManage: boolean
  onSessionExpired: () => void
}) {
  const id = useId()
  const settings = useResource(getAnalyticsSettings, onSessionExpired)
  const [days, setDays] = useState('')
  const [fieldError, setFieldError] = useState('')
  const [error, setError] = useState('')
  const [status, setStatus] = useState('')
  const [pending, setPending] = useState(false)
  const saved = settings.data?.retentionDays

  useEffect(() => {
    if (saved !== undefined) setDays(String(saved))
  }, [saved])

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setFieldError('')
    setError('')
    setStatus('')
    // An empty box is the only thing the number input lets through that is not a number; the
    // range and whole-day rules are the API's, shown as it words them.
    if (days.trim() === '') return setFieldError('Enter a number of days.')
    setPending(true)
    try {
      const next = await putAnalyticsSettings({ retentionDays: Number(days) })
      settings.setData(next)
      setStatus(`Saved: raw events are now kept for ${next.retentionDays} days.`)
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      const message = cause instanceof ApiProblem ? cause.fieldError('retentionDays') : undefined
      if (message) setFieldError(message)
      else setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  return (
    <section className="an-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Raw event retention</h2>
      {settings.error && (
        <LoadError onRetry={settings.reload}>
          Could not load the retention setting. {settings.error}
        </LoadError>
      )}
      {!settings.data && !settings.error && <p className="muted">Loading the setting…</p>}
      {settings.data && !canManage && (
        <p>
          Raw events are kept for {settings.data.retentionDays} days; totals are kept for good. Only owners,
          admins and managers can change this.
        </p>
      )}
      {settings.data && canManage && (
        <form className="form an-retention" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
          <div className="field">
            <label htmlFor={`${id}-days`}>Keep raw events for (days)</label>
            <p id={`${id}-hint`} className="field-hint muted">
              Keep raw events for N days (7–730); totals are kept for good. Funnels can only look back this
              far.
            </p>
            <input
              id={`${id}-days`}
              className="an-retention__input"
              type="number"
              inputMode="numeric"
              min={7}
              max={730}
              step={1}
              value={days}
              onChange={(e) => setDays(e.target.value)}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={`${id}-hint${fieldError ? ` ${id}-error` : ''}`}
            />
            {fieldError && (
              <p id={`${id}-error`} className="field-error" role="alert">
                {fieldError}
              </p>
            )}
          </div>
          {error && (
            <p role="alert" className="notice notice--error">
              {error}
            </p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
              {pending ? 'Saving…' : 'Save retention'}
            </button>
            <p role="status" className="muted an-inline-status">
              {status}
            </p>
          </div>
        </form>
      )}
    </section>
  )
}
