import { useState } from 'react'
import { type BranchSectionProps, useBranchSave } from './branch-section.ts'
import type { Interval, OpeningHours } from './brands-api.ts'
import { Field, orUndefined } from './Field.tsx'
import { IntervalsEditor } from './IntervalsEditor.tsx'
import { RowButtons } from './RowButtons.tsx'
import { Section } from './Section.tsx'
import { useList } from './useList.ts'

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

type Weekly = Record<Day, Interval[]>
type Holiday = { date: string; name: string; intervals: Interval[] }
type Closure = { from: string; until: string; reason: string }

const weeklyOf = (hours: OpeningHours | null): Weekly =>
  Object.fromEntries(DAYS.map(([day]) => [day, hours?.weekly[day] ?? []])) as Weekly

/** The week's hours (several intervals a day), public holidays and temporary closures. */
export function HoursSection(props: BranchSectionProps) {
  const { save, patch } = useBranchSave(props)
  const hours = props.branch.hours
  const [weekly, setWeekly] = useState(() => weeklyOf(hours))
  const holidays = useList<Holiday>(
    () => hours?.holidays.map((h) => ({ date: h.date, name: h.name ?? '', intervals: h.intervals })) ?? [],
  )
  const closures = useList<Closure>(
    () => hours?.closures.map((c) => ({ from: c.from, until: c.until, reason: c.reason ?? '' })) ?? [],
  )
  const [copied, setCopied] = useState('')

  function copyMonday() {
    setWeekly((w) => ({ ...w, tue: w.mon, wed: w.mon, thu: w.mon, fri: w.mon }))
    setCopied('Monday’s hours copied to Tuesday to Friday. Save to keep them.')
  }

  function submit() {
    patch(
      {
        hours: {
          weekly: Object.fromEntries(DAYS.map(([day]) => [day, weekly[day]])),
          holidays: holidays.items.map((h) => ({
            date: h.date,
            name: orUndefined(h.name),
            intervals: h.intervals,
          })),
          closures: closures.items.map((c) => ({
            from: c.from,
            until: c.until,
            reason: orUndefined(c.reason),
          })),
        },
      },
      'Opening hours saved.',
    )
  }

  const e = save.errors

  return (
    <Section
      title="Opening hours"
      description={`In the branch’s time zone (${props.branch.timezone}). A day without hours is closed; to close after midnight, enter a closing time earlier than the opening.`}
      save={save}
      onSubmit={submit}
      submitLabel="Save hours"
    >
      {DAYS.map(([day, label]) => (
        <fieldset key={day} className="field-group hours-day">
          <legend>{label}</legend>
          <IntervalsEditor
            label={label}
            path={`hours.weekly.${day}`}
            intervals={weekly[day]}
            onChange={(list) => setWeekly((w) => ({ ...w, [day]: list }))}
            errors={e}
          />
          {day === 'mon' && (
            <button type="button" className="button button--quiet" onClick={copyMonday}>
              Copy Monday to Tuesday–Friday
            </button>
          )}
        </fieldset>
      ))}
      <p role="status" className="visually-hidden">
        {copied}
      </p>

      <fieldset className="field-group">
        <legend>Holidays and special days</legend>
        {holidays.items.length === 0 && <p className="muted">None.</p>}
        {holidays.items.map((holiday, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the index is their identity while editing
          <div key={i} className="repeat-row repeat-row--block">
            <Field
              label={`Date of special day ${i + 1}`}
              path={`hours.holidays.${i}.date`}
              errors={e}
              type="date"
              value={holiday.date}
              onChange={(ev) => holidays.update(i, { date: ev.target.value })}
            />
            <Field
              label={`Name of special day ${i + 1} (optional)`}
              path={`hours.holidays.${i}.name`}
              errors={e}
              value={holiday.name}
              onChange={(ev) => holidays.update(i, { name: ev.target.value })}
              maxLength={80}
            />
            <IntervalsEditor
              label={`Special day ${i + 1}`}
              path={`hours.holidays.${i}.intervals`}
              intervals={holiday.intervals}
              onChange={(intervals) => holidays.update(i, { intervals })}
              errors={e}
            />
            <RowButtons list={holidays} index={i} noun="special day" />
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => holidays.add({ date: '', name: '', intervals: [] })}
        >
          Add a holiday or special day
        </button>
      </fieldset>

      <fieldset className="field-group">
        <legend>Temporary closures</legend>
        {closures.items.length === 0 && <p className="muted">None.</p>}
        {closures.items.map((closure, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the index is their identity while editing
          <div key={i} className="repeat-row">
            <Field
              label={`Closure ${i + 1}, first day`}
              path={`hours.closures.${i}.from`}
              errors={e}
              type="date"
              value={closure.from}
              onChange={(ev) => closures.update(i, { from: ev.target.value })}
            />
            <Field
              label={`Closure ${i + 1}, last day`}
              path={`hours.closures.${i}.until`}
              errors={e}
              type="date"
              value={closure.until}
              onChange={(ev) => closures.update(i, { until: ev.target.value })}
            />
            <Field
              label={`Closure ${i + 1}, reason (optional)`}
              path={`hours.closures.${i}.reason`}
              errors={e}
              value={closure.reason}
              onChange={(ev) => closures.update(i, { reason: ev.target.value })}
              maxLength={160}
            />
            <RowButtons list={closures} index={i} noun="closure" />
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => closures.add({ from: '', until: '', reason: '' })}
        >
          Add a closure
        </button>
      </fieldset>
    </Section>
  )
}
