import { useEffect, useRef, useState } from 'react'
import type { Weekday } from '../../../../worker/modules/brands/branch-details.ts'
import type { Branch } from '../brands/brands-api.ts'
import { Field } from '../brands/Field.tsx'
import { move } from '../brands/useList.ts'
import type { FieldErrors } from '../brands/useSave.ts'
import { type Device, newRule, type RuleDraft } from './qr-draft.ts'
import { TargetFields } from './TargetFields.tsx'

const DEVICES: Record<Device, string> = { ios: 'iPhone and iPad', android: 'Android', desktop: 'Computer' }
const DAYS: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
}

const MAX_RULES = 20

const toggle = <T,>(list: readonly T[], item: T, on: boolean) =>
  on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item)

/**
 * Smart rules, tried in order before the default destination: the first whose every given
 * condition holds sends the scan to its own target.
 */
export function RulesEditor({
  rules,
  onChange,
  branches,
  defaultBranchId,
  errors,
}: {
  rules: readonly RuleDraft[]
  onChange: (rules: RuleDraft[]) => void
  branches: readonly Branch[]
  defaultBranchId: string
  errors: FieldErrors
}) {
  const [announcement, setAnnouncement] = useState('')
  // Where focus goes after the list changed: a rule's first field or one of its buttons.
  const [focus, setFocus] = useState<{ key: string; control: 'first' | 'up' | 'down' } | null>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLOListElement>(null)

  useEffect(() => {
    if (!focus) return
    const rule = listRef.current?.querySelector(`[data-rule="${focus.key}"]`)
    const target =
      focus.control === 'first'
        ? rule?.querySelector('input')
        : (rule?.querySelector<HTMLElement>(`[data-control="${focus.control}"]`) ??
          rule?.querySelector<HTMLElement>('[data-control]'))
    ;(target ?? addRef.current)?.focus()
    setFocus(null)
  }, [focus])

  const update = (index: number, patch: Partial<RuleDraft>) =>
    onChange(rules.map((r, i) => (i === index ? { ...r, ...patch } : r)))

  function add() {
    if (rules.length >= MAX_RULES) return setAnnouncement(`A code can have at most ${MAX_RULES} rules.`)
    const rule = newRule(defaultBranchId)
    onChange([...rules, rule])
    setAnnouncement(`Rule ${rules.length + 1} added.`)
    setFocus({ key: rule.key, control: 'first' })
  }
  function remove(index: number) {
    onChange(rules.filter((_, i) => i !== index))
    setAnnouncement(`Rule ${index + 1} removed.`)
    const next = rules[index + 1] ?? rules[index - 1]
    if (next) setFocus({ key: next.key, control: 'first' })
    else addRef.current?.focus()
  }
  function shift(index: number, by: -1 | 1) {
    const key = rules[index]?.key
    onChange(move(rules, index, index + by))
    setAnnouncement(`Rule ${index + 1} moved to position ${index + by + 1} of ${rules.length}.`)
    if (key) setFocus({ key, control: by < 0 ? 'up' : 'down' })
  }

  return (
    <fieldset className="field-group qr-rules">
      <legend>Smart rules (optional)</legend>
      <p className="field-hint muted">
        Send scans elsewhere by device, country, day or time, e.g. the lunch menu until 16:00. Rules are tried
        in order; days and times are in the branch’s time zone. Anything no rule matches goes to the
        destination above.
      </p>
      {rules.length > 0 && (
        <ol ref={listRef} className="qr-rules__list">
          {rules.map((rule, index) => (
            <li key={rule.key} data-rule={rule.key}>
              <RuleFields
                rule={rule}
                index={index}
                count={rules.length}
                onChange={(patch) => update(index, patch)}
                onRemove={() => remove(index)}
                onMove={(by) => shift(index, by)}
                branches={branches}
                errors={errors}
              />
            </li>
          ))}
        </ol>
      )}
      <button
        type="button"
        ref={addRef}
        className="button"
        onClick={add}
        aria-disabled={rules.length >= MAX_RULES}
      >
        Add a rule
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  )
}

function RuleFields({
  rule,
  index,
  count,
  onChange,
  onRemove,
  onMove,
  branches,
  errors,
}: {
  rule: RuleDraft
  index: number
  count: number
  onChange: (patch: Partial<RuleDraft>) => void
  onRemove: () => void
  onMove: (by: -1 | 1) => void
  branches: readonly Branch[]
  errors: FieldErrors
}) {
  const path = `rules.${index}`
  const n = index + 1
  const ruleError = errors.get(path)
  return (
    <fieldset className="qr-rule">
      <legend>
        Rule {n}
        {rule.label.trim() && `: ${rule.label.trim()}`}
      </legend>
      {ruleError && <p className="field-error">{ruleError}</p>}
      <Field
        label="Name (optional)"
        path={`${path}.label`}
        errors={errors}
        maxLength={80}
        value={rule.label}
        placeholder="Dinner menu"
        onChange={(e) => onChange({ label: e.target.value })}
      />
      <fieldset className="qr-checks">
        <legend>Devices</legend>
        {(Object.keys(DEVICES) as Device[]).map((d) => (
          <label key={d} className="checkbox">
            <input
              type="checkbox"
              checked={rule.devices.includes(d)}
              onChange={(e) => onChange({ devices: toggle(rule.devices, d, e.target.checked) })}
            />
            {DEVICES[d]}
          </label>
        ))}
      </fieldset>
      <fieldset className="qr-checks">
        <legend>Days</legend>
        {(Object.keys(DAYS) as Weekday[]).map((d) => (
          <label key={d} className="checkbox">
            <input
              type="checkbox"
              checked={rule.days.includes(d)}
              onChange={(e) => onChange({ days: toggle(rule.days, d, e.target.checked) })}
            />
            {DAYS[d]}
          </label>
        ))}
      </fieldset>
      <div className="qr-rule__times">
        <Field
          label="From"
          path={`${path}.from`}
          errors={errors}
          type="time"
          value={rule.from}
          onChange={(e) => onChange({ from: e.target.value })}
        />
        <Field
          label="Until"
          path={`${path}.until`}
          errors={errors}
          type="time"
          value={rule.until}
          onChange={(e) => onChange({ until: e.target.value })}
          hint="May be earlier than “from”, for a window across midnight."
        />
      </div>
      <Field
        label="Countries (optional)"
        path={`${path}.countries`}
        errors={errors}
        value={rule.countries}
        placeholder="IN, AE"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange({ countries: e.target.value })}
        hint="Two-letter codes, separated by commas."
      />
      <TargetFields
        legend={`Rule ${n} leads to`}
        value={rule.target}
        onChange={(target) => onChange({ target })}
        branches={branches}
        path={`${path}.target`}
        errors={errors}
      />
      <div className="button-row qr-rule__actions">
        {index > 0 && (
          <button type="button" className="button button--quiet" data-control="up" onClick={() => onMove(-1)}>
            Move up<span className="visually-hidden"> rule {n}</span>
          </button>
        )}
        {index < count - 1 && (
          <button
            type="button"
            className="button button--quiet"
            data-control="down"
            onClick={() => onMove(1)}
          >
            Move down<span className="visually-hidden"> rule {n}</span>
          </button>
        )}
        <button type="button" className="button button--quiet" data-control="remove" onClick={onRemove}>
          Remove rule {n}
        </button>
      </div>
    </fieldset>
  )
}
