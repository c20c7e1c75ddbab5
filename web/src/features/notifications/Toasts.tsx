import { type KeyboardEvent, useEffect, useState } from 'react'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import type { LeadToast } from './lead-toast.ts'
import { notificationStore, useNotifications } from './notification-store.ts'

const AUTO_HIDE_MS = 8_000

/**
 * The toasts, in one polite live region that is always there (a region added together with its
 * text is not reliably announced). Each hides itself after a while, but not while the pointer
 * or the keyboard focus is on it.
 */
export function Toasts() {
  const { toasts } = useNotifications()
  return (
    <aside className="toasts" aria-label="Notifications">
      <div role="status" aria-live="polite" className="toasts__list">
        {toasts.map((toast) => (
          <Toast key={toast.leadId} toast={toast} />
        ))}
      </div>
    </aside>
  )
}

function Toast({ toast }: { toast: LeadToast }) {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)

  useEffect(() => {
    if (hovered || focused) return
    const timer = setTimeout(() => notificationStore.dismiss(toast.leadId), AUTO_HIDE_MS)
    return () => clearTimeout(timer)
  }, [hovered, focused, toast.leadId])

  // A dismissed toast takes its focus with it; the page's content is the sensible place to land.
  function dismiss(returnFocus: boolean) {
    notificationStore.dismiss(toast.leadId)
    if (returnFocus) document.getElementById('main')?.focus()
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') dismiss(true)
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hover and focus only pause the auto-hide; Escape mirrors the Dismiss button
    <div
      className="toast"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
      }}
      onKeyDown={onKeyDown}
    >
      <p className="toast__title">{toast.title}</p>
      <p className="toast__body">
        <a
          href={toast.href ?? pathTo('lead', { leadId: toast.leadId })}
          onClick={(event) => {
            handleLinkClick(event)
            dismiss(false)
          }}
        >
          {toast.leadName}
        </a>
      </p>
      <button
        type="button"
        className="toast__close"
        onClick={() => dismiss(true)}
        aria-label={`Dismiss: ${toast.title}, ${toast.leadName}`}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  )
}
