import { useCallback, useId, useMemo, useState } from 'react'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { type Activity, getCalendar } from './activities-api.ts'
import {
  ACTIVITY_ICONS,
  ACTIVITY_LABELS,
  aboutLink,
  activityTitle,
  formatDay,
  formatTime,
  localDayKey,
} from './activity-format.ts'

const WEEKDAYS = Array.from({ length: 7 }, (_, i) =>
  // 2024-01-01 was a Monday: the grid's weeks start on Monday.
  new Intl.DateTimeFormat(undefined, { weekday: 'short' }).format(new Date(2024, 0, 1 + i)),
)
const monthName = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' })

/** The Monday on or before the 1st, and the six weeks from it: every day the month grid shows. */
function gridDays(month: Date): Date[] {
  const first = new Date(month.getFullYear(), month.getMonth(), 1)
  const start = new Date(first)
  start.setDate(1 - ((first.getDay() + 6) % 7))
  return Array.from(
    { length: 42 },
    (_, i) => new Date(start.getFullYear(), start.getMonth(), start.getDate() + i),
  )
}

/** When the activity sits on the calendar: a meeting's start, anything else's due time. */
const whenOf = (a: Activity) => (a.type === 'meeting' ? a.startsAt : a.dueAt) ?? a.createdAt

/**
 * A month of tasks, calls and meetings: a grid of weeks on wide screens, an agenda list on a
 * phone. Every item is a link to what it is about, so the keyboard reaches each in date order.
 */
export function ActivityCalendar({ onSessionExpired }: { onSessionExpired: () => void }) {
  const [month, setMonth] = useState(() => {
    const now = new Date()
    return new Date(now.getFullYear(), now.getMonth(), 1)
  })
  const [mine, setMine] = useState(true)
  const days = useMemo(() => gridDays(month), [month])
  const fetch = useCallback(
    (signal?: AbortSignal) => {
      const end = days.at(-1)!
      const to = new Date(end.getFullYear(), end.getMonth(), end.getDate() + 1)
      return getCalendar(days[0]!, to, mine ? 'me' : null, signal)
    },
    [days, mine],
  )
  const { data, error, reload } = useResource(fetch, onSessionExpired)
  const byDay = useMemo(() => {
    const map = new Map<string, Activity[]>()
    for (const a of data?.items ?? []) {
      const key = localDayKey(new Date(whenOf(a)))
      map.set(key, [...(map.get(key) ?? []), a])
    }
    return map
  }, [data])
  const id = useId()
  const shift = (months: number) => setMonth((m) => new Date(m.getFullYear(), m.getMonth() + months, 1))
  const title = monthName.format(month)

  return (
    <section className="activity-calendar" aria-labelledby={`${id}-title`}>
      <div className="activity-calendar__bar">
        <h2 id={`${id}-title`} className="section-title" aria-live="polite">
          {title}
        </h2>
        <div className="activity-calendar__nav">
          <button type="button" className="button" onClick={() => shift(-1)}>
            <span aria-hidden="true">‹ </span>Previous month
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setMonth(new Date(new Date().getFullYear(), new Date().getMonth(), 1))}
          >
            This month
          </button>
          <button type="button" className="button" onClick={() => shift(1)}>
            Next month<span aria-hidden="true"> ›</span>
          </button>
        </div>
        <div className="field activity-calendar__who">
          <label htmlFor={`${id}-who`}>Show</label>
          <select
            id={`${id}-who`}
            value={mine ? 'me' : 'all'}
            onChange={(e) => setMine(e.target.value === 'me')}
          >
            <option value="me">Mine</option>
            <option value="all">Everyone’s</option>
          </select>
        </div>
      </div>
      {error && <LoadError onRetry={reload}>Could not load the calendar. {error}</LoadError>}
      <p role="status" className="muted">
        {data === null && !error
          ? 'Loading the calendar…'
          : data?.truncated
            ? 'Only the first 1,000 are shown.'
            : ''}
      </p>
      <MonthGrid days={days} month={month} byDay={byDay} caption={title} />
      <Agenda days={days} month={month} byDay={byDay} />
    </section>
  )
}

interface GridProps {
  days: Date[]
  month: Date
  byDay: Map<string, Activity[]>
}

function MonthGrid({ days, month, byDay, caption }: GridProps & { caption: string }) {
  const today = localDayKey(new Date())
  const weeks = Array.from({ length: 6 }, (_, w) => days.slice(w * 7, w * 7 + 7))
  return (
    <table className="month-grid">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d} scope="col">
              {d}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={localDayKey(week[0]!)}>
            {week.map((day) => {
              const key = localDayKey(day)
              const items = byDay.get(key) ?? []
              const outside = day.getMonth() !== month.getMonth()
              return (
                <td
                  key={key}
                  className={`month-grid__day${outside ? ' month-grid__day--outside' : ''}${key === today ? ' month-grid__day--today' : ''}`}
                  aria-current={key === today ? 'date' : undefined}
                >
                  <span className="month-grid__date" aria-hidden="true">
                    {day.getDate()}
                  </span>
                  <span className="visually-hidden">{formatDay(day)}</span>
                  {items.length > 0 && (
                    <ul className="month-grid__items">
                      {items.map((a) => (
                        <li key={a.id}>
                          <CalendarItem activity={a} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              )
            })}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Agenda({ days, month, byDay }: GridProps) {
  const shown = days.filter((d) => d.getMonth() === month.getMonth() && byDay.has(localDayKey(d)))
  return (
    <div className="agenda">
      {shown.length === 0 ? (
        <p className="empty-state">Nothing planned this month.</p>
      ) : (
        shown.map((day) => (
          <section key={localDayKey(day)} className="agenda__day">
            <h3 className="agenda__date">{formatDay(day)}</h3>
            <ul className="agenda__items">
              {(byDay.get(localDayKey(day)) ?? []).map((a) => (
                <li key={a.id}>
                  <CalendarItem activity={a} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  )
}

function CalendarItem({ activity: a }: { activity: Activity }) {
  const when = whenOf(a)
  const text = `${formatTime(when)} ${activityTitle(a)}`
  const about = [a.contactName, a.companyName, a.dealName].filter(Boolean).join(', ')
  const label = `${ACTIVITY_LABELS[a.type]} at ${formatTime(when)}: ${activityTitle(a)}${about ? `, ${about}` : ''}${a.completedAt ? ' (done)' : ''}`
  return (
    <a
      href={aboutLink(a) ?? '/app/activities'}
      onClick={handleLinkClick}
      className={`calendar-item calendar-item--${a.type}${a.completedAt ? ' calendar-item--done' : ''}`}
      aria-label={label}
      title={label}
    >
      <span aria-hidden="true">{ACTIVITY_ICONS[a.type]}</span> {text}
    </a>
  )
}
