import { useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { TabList } from '../../app/components/TabList.tsx'
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

  function show(next: View) {
    setView(next)
    const url = new URL(location.href)
    if (next === 'tasks') url.searchParams.delete('view')
    else url.searchParams.set('view', next)
    history.replaceState(null, '', url)
  }

  return (
    <div className="activities-page">
      <div className="page-header">
        <h1 tabIndex={-1}>Activities</h1>
      </div>
      <TabList
        tabs={VIEWS}
        active={view}
        onActivate={show}
        label="Activities"
        className="pane-tabs__list activities-page__tabs"
        tabId={(v) => `activities-tab-${v}`}
        panelId={(v) => `activities-panel-${v}`}
      />
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
