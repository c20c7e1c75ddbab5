import { useEffect, useRef } from 'react'
import type { Session } from '../../api/auth.ts'
import { useTenantEvents } from '../../realtime/useTenantEvents.ts'
import { playChime, unlockSound } from './chime.ts'
import { toastFor } from './lead-toast.ts'
import { notificationStore } from './notification-store.ts'
import { getPreferences } from './notifications-api.ts'
import { Toasts } from './Toasts.tsx'

/**
 * Lives in the app shell (one per member and organisation): turns live lead events into toasts,
 * the Leads badge and a chime, as the member's preferences say.
 */
export function NotificationCenter({ session, onInbox }: { session: Session; onInbox: boolean }) {
  // Another tab may switch organisation (cookies are shared): events are trusted only once the
  // hub said it speaks for the organisation shown here.
  const hubTenant = useRef<string | null>(null)

  useEffect(() => {
    notificationStore.reset()
    const controller = new AbortController()
    getPreferences(controller.signal).then(
      (prefs) => notificationStore.setPreferences(prefs),
      (error: unknown) => {
        if (!controller.signal.aborted) console.warn('[notifications] using default preferences', error)
      },
    )
    return () => controller.abort()
  }, [])

  useEffect(() => {
    const unlock = () => {
      if (notificationStore.current().prefs.sound) unlockSound()
    }
    window.addEventListener('pointerdown', unlock)
    window.addEventListener('keydown', unlock)
    return () => {
      window.removeEventListener('pointerdown', unlock)
      window.removeEventListener('keydown', unlock)
    }
  }, [])

  useEffect(() => {
    if (onInbox) notificationStore.clearUnread()
  }, [onInbox])

  useTenantEvents((message) => {
    if (message.type === 'ready') hubTenant.current = message.tenantId
    if (hubTenant.current !== session.tenant.id) return
    const { prefs } = notificationStore.current()
    const toast = toastFor(message, { userId: session.user.id, prefs, onInbox })
    if (!toast) return
    // CRM notices are not leads: they do not count on the Leads badge.
    notificationStore.show(toast, { unread: !onInbox && !toast.href })
    if (prefs.sound) playChime()
  })

  return <Toasts />
}
