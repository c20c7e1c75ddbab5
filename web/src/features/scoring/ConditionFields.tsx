import { useId } from 'react'
import { type FitField, OPS_BY_KIND } from './fit-fields.ts'
import type { RuleDraft } from './rule-draft.ts'
import { opWords, SIGNAL_LABELS, SOURCE_LABELS } from './rule-format.ts'
import type { EngagementSignal } from './scoring-api.ts'

interface ConditionFieldsProps {
  draft: RuleDraft
  fields: readonly FitField[]
  onChange: (changes: Partial<RuleDraft>) => void
}

function SourceFields({ draft, onChange }: ConditionFieldsProps) {
  const toggle = (source: string, on: boolean) =>
    onChange({ sources: on ? [...draft.sources, source] : draft.sources.filter((s) => s !== source) })
  return (
    <fieldset className="field-group scoring-sources">
      <legend>Came from</legend>
      {Object.entries(SOURCE_LABELS).map(([source, label]) => (
        <label key={source} className="checkbox">
          <input
            type="checkbox"
            checked={draft.sources.includes(source)}
            onChange={(e) => toggle(source, e.currentTarget.checked)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  )
}

function EngagementFields({ draft, onChange }: ConditionFieldsProps) {
  const id = useId()
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-signal`}>What they did</label>
        <select
          id={`${id}-signal`}
          value={draft.signal}
          onChange={(e) => onChange({ signal: e.currentTarget.value as EngagementSignal })}
        >
          {Object.entries(SIGNAL_LABELS).map(([signal, label]) => (
            <option key={signal} value={signal}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-min`}>At least (times)</label>
        <input
          id={`${id}-min`}
          type="number"
          min={1}
          value={draft.min}
          onChange={(e) => onChange({ min: e.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-within`}>Within the last (days)</label>
        <p id={`${id}-within-hint`} className="field-hint muted">
          Leave empty to count all time.
        </p>
        <input
          id={`${id}-within`}
          type="number"
          min={1}
          aria-describedby={`${id}-within-hint`}
          value={draft.withinDays}
          onChange={(e) => onChange({ withinDays: e.currentTarget.value })}
        />
      </div>
    </>
  )
}

function FitFields({ draft, fields, onChange }: ConditionFieldsProps) {
  const id = useId()
  const field = fields.find((f) => f.name === draft.field)
  const ops = OPS_BY_KIND[field?.kind ?? 'text']
  const needsValue = draft.op !== 'is_empty' && draft.op !== 'is_not_empty'
  const listHint = ['in', 'not_in', 'has_any', 'has_all', 'between'].includes(draft.op)
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-field`}>Field</label>
        <select
          id={`${id}-field`}
          value={draft.field}
          onChange={(e) => {
            const next = fields.find((f) => f.name === e.currentTarget.value)
            const nextOps = OPS_BY_KIND[next?.kind ?? 'text']
            onChange({
              field: e.currentTarget.value,
              op: nextOps.includes(draft.op) ? draft.op : (nextOps[0] ?? 'eq'),
            })
          }}
        >
          {fields.map((f) => (
            <option key={f.name} value={f.name}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-op`}>Test</label>
        <select id={`${id}-op`} value={draft.op} onChange={(e) => onChange({ op: e.currentTarget.value })}>
          {ops.map((op) => (
            <option key={op} value={op}>
              {opWords(op)}
            </option>
          ))}
        </select>
      </div>
      {needsValue && field?.kind === 'boolean' && (
        <div className="field">
          <label htmlFor={`${id}-value`}>Value</label>
          <select
            id={`${id}-value`}
            value={draft.value || 'true'}
            onChange={(e) => onChange({ value: e.currentTarget.value })}
          >
            <option value="true">Yes</option>
            <option value="false">No</option>
          </select>
        </div>
      )}
      {needsValue && field?.kind !== 'boolean' && (
        <div className="field">
          <label htmlFor={`${id}-value`}>Value</label>
          {(listHint || field?.kind === 'date') && (
            <p id={`${id}-value-hint`} className="field-hint muted">
              {listHint ? 'Separate values with commas. ' : ''}
              {field?.kind === 'date' ? 'A date as YYYY-MM-DD, or days from today such as -30d.' : ''}
            </p>
          )}
          <input
            id={`${id}-value`}
            type={field?.kind === 'number' && !listHint ? 'number' : 'text'}
            aria-describedby={listHint || field?.kind === 'date' ? `${id}-value-hint` : undefined}
            value={draft.value}
            list={field?.options?.length ? `${id}-options` : undefined}
            onChange={(e) => onChange({ value: e.currentTarget.value })}
          />
          {field?.options?.length ? (
            <datalist id={`${id}-options`}>
              {field.options.map((option) => (
                <option key={option} value={option} />
              ))}
            </datalist>
          ) : null}
        </div>
      )}
    </>
  )
}

function RecencyFields({ draft, onChange }: ConditionFieldsProps) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={`${id}-half`}>Points halve every (days)</label>
      <p id={`${id}-hint`} className="field-hint muted">
        Counted from the contact’s last activity: full points today, half after this many days.
      </p>
      <input
        id={`${id}-half`}
        type="number"
        min={1}
        max={365}
        aria-describedby={`${id}-hint`}
        value={draft.halfLifeDays}
        onChange={(e) => onChange({ halfLifeDays: e.currentTarget.value })}
      />
    </div>
  )
}

/** The inputs for the chosen kind of rule. */
export function ConditionFields(props: ConditionFieldsProps) {
  switch (props.draft.kind) {
    case 'source':
      return <SourceFields {...props} />
    case 'engagement':
      return <EngagementFields {...props} />
    case 'fit':
      return <FitFields {...props} />
    case 'recency':
      return <RecencyFields {...props} />
  }
}
