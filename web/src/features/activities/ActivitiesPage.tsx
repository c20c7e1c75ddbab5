import { type KeyboardEvent, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ActivityCalendar } from './ActivityCalendar.tsx'
import { MyTasks } from './MyTasks.tsx'

type View = 'tasks' | 'calendar'

const VIEWS: { id: View; label: string }[] = [
  { id: 'tasks', label: 'My tasks' },
  { id: 'calendar', label: 'Calendar' },
]

const viewFromUrl = (): View =>
  new URLSearchParams(location.search).get('view') === 'calendar' ? 'calendar' : 'tasks'

/** The member's open tasks (overdue, today, upcoming) and a calendar of what is planned. */
export function ActivitiesPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const [view, setView] = useState<View>(viewFromUrl)
  const tabs = useRef<(HTMLButtonElement | null)[]>([])

  function show(next: View, focus = false) {
    setView(next)
    const url = new URL(location.href)
    if (next === 'tasks') url.searchParams.delete('view')
    else url.searchParams.set('view', next)
    history.replaceState(null, '', url)
    if (focus) tabs.current[VIEWS.findIndex((v) => v.id === next)]?.focus()
  }

  function onKeyDown(event: KeyboardEvent, index: number) {
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key]
    if (step === undefined && event.key !== 'Home' && event.key !== 'End') return
    event.preventDefault()
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? VIEWS.length - 1
          : (index + (step ?? 0) + VIEWS.length) % VIEWS.length
    show(VIEWS[to]!.id, true)
  }

  return (
    <div className="activities-page">
      <div className="page-header">
        <h1 tabIndex={-1}>Activities</h1>
      </div>
      <div role="tablist" aria-label="Activities" className="pane-tabs__list activities-page__tabs">
        {VIEWS.map((v, index) => (
          <button
            key={v.id}
            ref={(el) => {
              tabs.current[index] = el
            }}
            type="button"
            role="tab"
            id={`activities-tab-${v.id}`}
            aria-selected={view === v.id}
            aria-controls={`activities-panel-${v.id}`}
            tabIndex={view === v.id ? 0 : -1}
            className="pane-tabs__tab"
            onClick={() => show(v.id)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`activities-panel-${view}`} aria-labelledby={`activities-tab-${view}`}>
        {view === 'tasks' ? (
          <MyTasks session={session} onSessionExpired={onSessionExpired} />
        ) : (
          <ActivityCalendar onSessionExpired={onSessionExpired} />
        )}
      </div>
    </div>
  )
}
