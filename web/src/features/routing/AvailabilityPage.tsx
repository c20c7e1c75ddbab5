import { useCallback, useId, useMemo, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import type { Interval } from '../brands/brands-api.ts'
import { Field } from '../brands/Field.tsx'
import { IntervalsEditor } from '../brands/IntervalsEditor.tsx'
import { Section } from '../brands/Section.tsx'
import { useSave } from '../brands/useSave.ts'
import { RosterTable } from './RosterTable.tsx'
import {
  type Availability,
  getMyAvailability,
  listMemberAvailability,
  type Shifts,
  setMyAvailability,
} from './routing-api.ts'

const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const
type Day = (typeof DAYS)[number][0]
type Week = Record<Day, Interval[]>

const weekOf = (shifts: Shifts | null): Week =>
  Object.fromEntries(
    DAYS.map(([day]) => [day, (shifts?.week[day] ?? []).map(([open, close]) => ({ open, close }))]),
  ) as Week

/** Your switch and weekly shifts; and, for those who assign leads, who can take one now. */
export function AvailabilityPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const { data, setData, error, reload } = useResource(getMyAvailability, onSessionExpired)
  const canAssign = session.permissions.includes('leads.assign')
  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Availability</h1>
      </div>
      <p className="muted">
        Assignment rules pass over members who are away, and (unless a rule says otherwise) those outside
        their shifts. Without shifts you count as on shift at all times.
      </p>
      {error && <LoadError onRetry={reload}>Could not load your availability. {error}</LoadError>}
      {!data && !error && <p className="muted">Loading your availability…</p>}
      {data && <ShiftsForm availability={data} onSaved={setData} onSessionExpired={onSessionExpired} />}
      {canAssign && <Roster onSessionExpired={onSessionExpired} />}
    </>
  )
}

function ShiftsForm({
  availability,
  onSaved,
  onSessionExpired,
}: {
  availability: Availability
  onSaved: (availability: Availability) => void
  onSessionExpired: () => void
}) {
  const id = useId()
  const save = useSave(onSessionExpired)
  const zones = useMemo(() => Intl.supportedValuesOf?.('timeZone') ?? [], [])
  const [status, setStatus] = useState(availability.status)
  const [timezone, setTimezone] = useState(
    availability.shifts?.timezone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
  )
  const [week, setWeek] = useState(() => weekOf(availability.shifts))

  function submit() {
    const any = DAYS.some(([day]) => week[day].length > 0)
    const shifts: Shifts | null = any
      ? {
          timezone,
          week: Object.fromEntries(
            DAYS.map(([day]) => [day, week[day].map((i) => [i.open, i.close] as [string, string])]),
          ),
        }
      : null
    void save.run(async () => onSaved(await setMyAvailability({ status, shifts })), 'Availability saved.')
  }

  return (
    <Section
      title="Your availability"
      description={availability.onShift ? 'You are on shift now.' : 'You are off shift now.'}
      save={save}
      onSubmit={submit}
      submitLabel="Save availability"
    >
      <fieldset className="routing-choice">
        <legend className="routing-legend">New leads</legend>
        {(
          [
            ['available', 'Available: I take new leads'],
            ['away', 'Away: give new leads to others'],
          ] as const
        ).map(([value, label]) => (
          <div key={value} className="checkbox">
            <input
              type="radio"
              id={`${id}-${value}`}
              name={`${id}-status`}
              checked={status === value}
              onChange={() => setStatus(value)}
            />
            <label htmlFor={`${id}-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
      <Field
        label="Time zone of your shifts"
        path="shifts.timezone"
        errors={save.errors}
        value={timezone}
        onChange={(e) => setTimezone(e.target.value)}
        list={`${id}-zones`}
      />
      <datalist id={`${id}-zones`}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      {DAYS.map(([day, label]) => (
        <fieldset key={day} className="field-group hours-day">
          <legend>{label}</legend>
          <IntervalsEditor
            label={label}
            path={`shifts.week.${day}`}
            intervals={week[day]}
            onChange={(intervals) => setWeek((w) => ({ ...w, [day]: intervals }))}
            errors={save.errors}
          />
        </fieldset>
      ))}
    </Section>
  )
}

function Roster({ onSessionExpired }: { onSessionExpired: () => void }) {
  const load = useCallback((signal?: AbortSignal) => listMemberAvailability(signal), [])
  const { data, error, reload } = useResource(load, onSessionExpired)
  return (
    <section aria-labelledby="roster-title">
      <h2 id="roster-title" className="section-title">
        Who can take leads now
      </h2>
      {error && <LoadError onRetry={reload}>Could not load the team. {error}</LoadError>}
      {!data && !error && <p className="muted">Loading the team…</p>}
      {data && <RosterTable members={data} />}
    </section>
  )
}
