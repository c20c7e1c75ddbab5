import { useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { playChime, unlockSound } from './chime.ts'
import { notificationStore } from './notification-store.ts'
import { getPreferences, type NotificationPreferences, savePreferences } from './notifications-api.ts'

type Key = keyof NotificationPreferences

/** Settings › Notifications: the member's own four switches, each saved as it is flipped. */
export function NotificationsPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const prefs = useResource(getPreferences, onSessionExpired)
  const [saving, setSaving] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  async function change(key: Key, on: boolean) {
    if (!prefs.data || saving) return
    const before = prefs.data
    const next = { ...before, [key]: on }
    if (key === 'sound' && on) {
      // This click is the gesture browsers want before a page may make a sound.
      unlockSound()
      playChime()
    }
    prefs.setData(next)
    setSaving(true)
    setStatus('')
    setError('')
    try {
      const saved = await savePreferences(next)
      prefs.setData(saved)
      notificationStore.setPreferences(saved)
      setStatus('Saved.')
    } catch (cause) {
      prefs.setData(before)
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(`Could not save. ${messageOf(cause)}`)
    } finally {
      setSaving(false)
    }
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Notifications</h1>
      </div>
      <p className="muted">
        How you hear about leads in {session.tenant.name}. Each branch's own e-mail and WhatsApp alerts are
        set with the branch's lead settings.
      </p>
      {prefs.error && (
        <LoadError onRetry={prefs.reload}>Could not load your preferences. {prefs.error}</LoadError>
      )}
      {!prefs.data && !prefs.error && <p className="muted">Loading your preferences…</p>}
      {prefs.data && (
        <Switches prefs={prefs.data} saving={saving} onChange={change} email={session.user.email} />
      )}
      <p role="status" className="muted">
        {status}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </>
  )
}

interface SwitchesProps {
  prefs: NotificationPreferences
  saving: boolean
  onChange: (key: Key, on: boolean) => void
}

function Switches({ email, ...switchProps }: SwitchesProps & { email: string }) {
  return (
    <>
      <fieldset className="switch-group">
        <legend>In the dashboard</legend>
        <Switch {...switchProps} name="inAppNewLeads" label="Show a notice for every new lead">
          Leads assigned to you are always shown.
        </Switch>
        <Switch {...switchProps} name="sound" label="Play a sound with each notice">
          A short chime, while Vitrine is open in a tab.
        </Switch>
      </fieldset>
      <fieldset className="switch-group">
        <legend>By e-mail to {email}</legend>
        <Switch {...switchProps} name="emailAssigned" label="When a lead is assigned to me">
          Also when a lead of yours gets in touch again.
        </Switch>
        <Switch {...switchProps} name="emailEscalations" label="When a lead waits too long">
          When nobody answered a lead in time and it is escalated to you.
        </Switch>
      </fieldset>
    </>
  )
}

function Switch({
  name,
  label,
  children,
  prefs,
  saving,
  onChange,
}: {
  name: Key
  label: string
  children: string
} & SwitchesProps) {
  const id = useId()
  return (
    <div className="checkbox">
      <input
        type="checkbox"
        role="switch"
        id={id}
        checked={prefs[name]}
        aria-checked={prefs[name]}
        aria-describedby={`${id}-hint`}
        aria-disabled={saving || undefined}
        onChange={(event) => onChange(name, event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="muted switch-group__hint">
        {children}
      </span>
    </div>
  )
}
