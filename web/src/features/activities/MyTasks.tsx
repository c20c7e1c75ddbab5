import { useId, useMemo, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { ActionOutcome } from '../../app/components/Notices.tsx'
import { PagedList } from '../../app/components/PagedList.tsx'
import { handleLinkClick } from '../../app/router.ts'
import { usePages } from '../../app/usePages.ts'
import { messageOf } from '../../app/useSession.ts'
import { type Activity, type ActivityQuery, listActivities, updateActivity } from './activities-api.ts'
import {
  ACTIVITY_ICONS,
  ACTIVITY_LABELS,
  aboutLink,
  aboutText,
  activityTitle,
  formatDateTime,
  localDayKey,
} from './activity-format.ts'
import { TaskBulkBar } from './TaskBulkBar.tsx'
import { useCrmMembers } from './useCrmMembers.ts'

const MY_OPEN: ActivityQuery = { assignee: 'me', status: 'open', sort: 'due' }

type Group = 'overdue' | 'today' | 'upcoming'
const GROUPS: { id: Group; label: string }[] = [
  { id: 'overdue', label: 'Overdue' },
  { id: 'today', label: 'Today' },
  { id: 'upcoming', label: 'Upcoming' },
]

function groupOf(a: Activity, now: Date): Group {
  const due = new Date(a.dueAt ?? 0)
  if (due < now) return 'overdue'
  return localDayKey(due) === localDayKey(now) ? 'today' : 'upcoming'
}

/**
 * The member's open tasks, calls and meetings by due time, in three groups. A checkbox marks
 * one done (and undone, until the page is left); several selected are completed or handed to
 * someone else at once.
 */
export function MyTasks({ session, onSessionExpired }: { session: Session; onSessionExpired: () => void }) {
  const pages = usePages(MY_OPEN, listActivities, onSessionExpired)
  const { items, setItems } = pages
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const members = useCrmMembers(onSessionExpired)
  const canWrite = session.permissions.includes('crm.write')
  const grouped = useMemo(() => {
    const now = new Date()
    const by = new Map<Group, Activity[]>(GROUPS.map((g) => [g.id, []]))
    for (const a of items) by.get(groupOf(a, now))?.push(a)
    return by
  }, [items])

  /** Ticked at once; put back as it was if the server refuses. */
  async function toggleDone(a: Activity, done: boolean) {
    setError('')
    const put = (next: Activity) => setItems((list) => list.map((x) => (x.id === a.id ? next : x)))
    put({ ...a, completedAt: done ? new Date().toISOString() : null })
    try {
      put(await updateActivity(a.id, { completed: done }))
      setStatus(done ? `“${activityTitle(a)}” done.` : `“${activityTitle(a)}” reopened.`)
    } catch (cause) {
      put(a)
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    }
  }

  function toggleSelected(id: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })
  }

  return (
    <section className="my-tasks" aria-label="My tasks">
      <ActionOutcome status={status} error={error} />
      {canWrite && selected.size > 0 && (
        <TaskBulkBar
          activityIds={[...selected]}
          members={members}
          onSessionExpired={onSessionExpired}
          onClear={() => setSelected(new Set())}
          onDone={(notice, action) => {
            setStatus(notice)
            setSelected(new Set())
            if (action === 'reassign') pages.retry()
            else
              setItems((list) =>
                list.map((x) => (selected.has(x.id) ? { ...x, completedAt: new Date().toISOString() } : x)),
              )
          }}
        />
      )}
      <PagedList
        pages={pages}
        loadingText="Loading your tasks…"
        failureText="Could not load your tasks."
        empty="Nothing is waiting for you. Tasks, calls and meetings assigned to you show here."
      >
        {GROUPS.map((g) => {
          const list = grouped.get(g.id) ?? []
          return list.length === 0 ? null : (
            <TaskGroup
              key={g.id}
              label={g.label}
              group={g.id}
              items={list}
              canWrite={canWrite}
              selected={selected}
              onSelect={toggleSelected}
              onDone={toggleDone}
            />
          )
        })}
      </PagedList>
    </section>
  )
}

function TaskGroup(props: {
  label: string
  group: Group
  items: Activity[]
  canWrite: boolean
  selected: ReadonlySet<string>
  onSelect: (id: string, on: boolean) => void
  onDone: (a: Activity, done: boolean) => void
}) {
  const { label, group, items, canWrite, selected, onSelect, onDone } = props
  const id = useId()
  return (
    <section className={`task-group task-group--${group}`} aria-labelledby={id}>
      <h2 id={id} className="section-title">
        {label} <span className="muted">({items.length})</span>
      </h2>
      <ul className="task-list">
        {items.map((a) => (
          <TaskRow
            key={a.id}
            activity={a}
            canWrite={canWrite}
            selected={selected.has(a.id)}
            onSelect={onSelect}
            onDone={onDone}
          />
        ))}
      </ul>
    </section>
  )
}

function TaskRow(props: {
  activity: Activity
  canWrite: boolean
  selected: boolean
  onSelect: (id: string, on: boolean) => void
  onDone: (a: Activity, done: boolean) => void
}) {
  const { activity: a, canWrite, selected, onSelect, onDone } = props
  const id = useId()
  const title = activityTitle(a)
  const link = aboutLink(a)
  const about = aboutText(a)
  const done = a.completedAt !== null
  return (
    <li className={`task-row${done ? ' task-row--done' : ''}`}>
      {canWrite && (
        <input
          type="checkbox"
          className="task-row__select"
          checked={selected}
          aria-label={`Select “${title}”`}
          onChange={(e) => onSelect(a.id, e.target.checked)}
        />
      )}
      <div className="task-row__main">
        <input
          id={`${id}-done`}
          type="checkbox"
          checked={done}
          disabled={!canWrite}
          aria-describedby={`${id}-meta`}
          onChange={(e) => onDone(a, e.target.checked)}
        />
        <label htmlFor={`${id}-done`} className="task-row__title">
          <span aria-hidden="true">{ACTIVITY_ICONS[a.type]} </span>
          <span className="visually-hidden">{ACTIVITY_LABELS[a.type]}: </span>
          {title}
        </label>
      </div>
      <p id={`${id}-meta`} className="task-row__meta muted">
        {a.dueAt && (
          <>
            Due <time dateTime={a.dueAt}>{formatDateTime(a.dueAt)}</time>
          </>
        )}
        {about && link && (
          <>
            {' · '}
            <a href={link} onClick={handleLinkClick}>
              {about}
            </a>
          </>
        )}
      </p>
    </li>
  )
}
