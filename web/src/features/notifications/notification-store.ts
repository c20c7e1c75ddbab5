import { useSyncExternalStore } from 'react'
import type { LeadToast } from './lead-toast.ts'
import { DEFAULT_PREFERENCES, type NotificationPreferences } from './notifications-api.ts'

const MAX_TOASTS = 3

export interface NotificationState {
  prefs: NotificationPreferences
  /** Leads announced since the inbox was last opened: the Leads badge. */
  unread: ReadonlySet<string>
  /** Shown now, oldest first. */
  toasts: readonly LeadToast[]
}

const INITIAL: NotificationState = { prefs: DEFAULT_PREFERENCES, unread: new Set(), toasts: [] }

/** The dashboard's notification state, shared by the shell (toasts, badge) and the preferences screen. */
let state = INITIAL
const watchers = new Set<() => void>()

function update(next: NotificationState) {
  state = next
  for (const watcher of watchers) watcher()
}

function subscribe(watcher: () => void): () => void {
  watchers.add(watcher)
  return () => watchers.delete(watcher)
}

export const useNotifications = (): NotificationState => useSyncExternalStore(subscribe, () => state)

export const notificationStore = {
  current: (): NotificationState => state,
  setPreferences(prefs: NotificationPreferences) {
    update({ ...state, prefs })
  },
  /** Shows a toast (one per lead at a time); `unread` also counts it on the Leads badge. */
  show(toast: LeadToast, { unread }: { unread: boolean }) {
    const toasts = [...state.toasts.filter((t) => t.leadId !== toast.leadId), toast].slice(-MAX_TOASTS)
    update({ ...state, toasts, unread: unread ? new Set(state.unread).add(toast.leadId) : state.unread })
  },
  dismiss(leadId: string) {
    update({ ...state, toasts: state.toasts.filter((t) => t.leadId !== leadId) })
  },
  clearUnread() {
    if (state.unread.size > 0) update({ ...state, unread: new Set() })
  },
  /** Another organisation or another person: nothing carries over. */
  reset() {
    update(INITIAL)
  },
}
