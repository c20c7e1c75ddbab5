import { useEffect, useId, useMemo } from 'react'
import { PagedList } from '../../app/components/PagedList.tsx'
import { handleLinkClick } from '../../app/router.ts'
import { usePages } from '../../app/usePages.ts'
import { SOURCE_LABELS } from '../leads/lead-format.ts'
import {
  ACTIVITY_LOGGED,
  type Activity,
  getTimeline,
  type RecordRef,
  type TimelineItem,
} from './activities-api.ts'
import {
  ACTIVITY_ICONS,
  ACTIVITY_LABELS,
  formatDateTime,
  formatDay,
  formatTime,
  localDayKey,
  OUTCOME_LABELS,
} from './activity-format.ts'

type TimelineProps = RecordRef & {
  /** Called when the server says the session ended; without it the failure is shown. */
  onSessionExpired?: () => void
}

const ignore = () => {}

/**
 * Everything that happened with a contact, company or deal, newest first and grouped by day:
 * notes, calls, meetings and tasks, form submissions (with the QR scan that led to them),
 * deal stage changes and what the system recorded. Reloads when an activity about the same
 * record is logged on the page.
 */
export function Timeline({ onSessionExpired, ...props }: TimelineProps) {
  const { contactId, companyId, dealId } = props
  const ref = useMemo<RecordRef>(() => ({ contactId, companyId, dealId }), [contactId, companyId, dealId])
  const pages = usePages(ref, getTimeline, onSessionExpired ?? ignore)
  const { retry } = pages
  const headingId = useId()

  useEffect(() => {
    const onLogged = (event: Event) => {
      const a = (event as CustomEvent<Activity>).detail
      const same =
        (ref.contactId && a.contactId === ref.contactId) ||
        (ref.companyId && a.companyId === ref.companyId) ||
        (ref.dealId && a.dealId === ref.dealId)
      if (same) retry()
    }
    window.addEventListener(ACTIVITY_LOGGED, onLogged)
    return () => window.removeEventListener(ACTIVITY_LOGGED, onLogged)
  }, [ref, retry])

  const days = useMemo(() => groupByDay(pages.items), [pages.items])

  return (
    <section className="activity-timeline" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        Timeline
      </h2>
      <PagedList
        pages={pages}
        loadingText="Loading the timeline…"
        failureText="Could not load the timeline."
        empty="Nothing has happened here yet."
      >
        {days.map((day) => (
          <DayGroup key={day.key} day={day} />
        ))}
      </PagedList>
    </section>
  )
}

interface Day {
  key: string
  date: Date
  items: TimelineItem[]
}

function groupByDay(items: TimelineItem[]): Day[] {
  const days: Day[] = []
  for (const item of items) {
    const date = new Date(item.at)
    const key = localDayKey(date)
    const last = days.at(-1)
    if (last?.key === key) last.items.push(item)
    else days.push({ key, date, items: [item] })
  }
  return days
}

function DayGroup({ day }: { day: Day }) {
  const id = useId()
  return (
    <div className="activity-timeline__day">
      <h3 id={id} className="activity-timeline__date">
        {formatDay(day.date)}
      </h3>
      <ol className="timeline" aria-labelledby={id}>
        {day.items.map((item) => (
          <li key={`${item.kind}:${item.id}`} className={`timeline__entry timeline__entry--${item.kind}`}>
            <Entry item={item} />
          </li>
        ))}
      </ol>
    </div>
  )
}

const Icon = ({ glyph }: { glyph: string }) => (
  <span className="timeline__icon" aria-hidden="true">
    {glyph}
  </span>
)

const When = ({ at }: { at: string }) => (
  <time dateTime={at} title={formatDateTime(at)}>
    {formatTime(at)}
  </time>
)

function Entry({ item }: { item: TimelineItem }) {
  switch (item.kind) {
    case 'activity':
      return <ActivityEntry activity={item.activity} at={item.at} />
    case 'submission':
      return <SubmissionEntry item={item} />
    case 'stage_change':
      return (
        <p className="timeline__head">
          <Icon glyph={ACTIVITY_ICONS.stage_change} />
          <strong>Deal stage</strong> · <When at={item.at} />
          <br />
          {item.dealName}:{' '}
          {item.fromStage ? `moved from ${item.fromStage} to ${item.toStage}` : `created in ${item.toStage}`}
        </p>
      )
  }
}

function ActivityEntry({ activity: a, at }: { activity: Activity; at: string }) {
  const facts = [
    a.outcome ? OUTCOME_LABELS[a.outcome] : '',
    a.durationMinutes ? `${a.durationMinutes} min` : '',
    a.startsAt ? `starts ${formatDateTime(a.startsAt)}` : '',
    a.dueAt && a.type !== 'meeting' ? `due ${formatDateTime(a.dueAt)}` : '',
    a.completedAt ? 'done' : a.dueAt ? 'open' : '',
  ].filter(Boolean)
  return (
    <>
      <p className="timeline__head">
        <Icon glyph={ACTIVITY_ICONS[a.type]} />
        <strong>{ACTIVITY_LABELS[a.type]}</strong> · <When at={at} />
        {a.subject && <> · {a.subject}</>}
      </p>
      {a.body && <p className="lead-text timeline__body">{a.body}</p>}
      {facts.length > 0 && <p className="muted">{facts.join(' · ')}</p>}
    </>
  )
}

function SubmissionEntry({ item }: { item: Extract<TimelineItem, { kind: 'submission' }> }) {
  const fields = Object.entries(item.fields)
  const utm = Object.entries(item.utm ?? {}).filter(([, v]) => v)
  const visit = item.visit
  return (
    <>
      <p className="timeline__head">
        <Icon glyph={ACTIVITY_ICONS.form_submission} />
        <strong>{SOURCE_LABELS[item.source]}</strong> · <When at={item.at} />
      </p>
      {item.message && <p className="lead-text timeline__body">{item.message}</p>}
      {fields.length > 0 && (
        <dl className="timeline__fields">
          {fields.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {utm.length > 0 && <p className="muted">UTM: {utm.map(([k, v]) => `${k} ${v}`).join(', ')}</p>}
      {visit && (
        <p className="muted timeline__visit">
          <Icon glyph="▦" />
          Came from QR code “{visit.codeName ?? visit.qrCodeId}”
          {visit.placement ? ` (${visit.placement})` : ''}, scanned{' '}
          <time dateTime={visit.scannedAt}>{formatDateTime(visit.scannedAt)}</time> on a {visit.deviceType}
          {visit.city ? ` in ${visit.city}` : ''}
        </p>
      )}
      <p className="muted">
        <a href={`/app/leads/${encodeURIComponent(item.leadId)}`} onClick={handleLinkClick}>
          Open the lead
        </a>
      </p>
    </>
  )
}
