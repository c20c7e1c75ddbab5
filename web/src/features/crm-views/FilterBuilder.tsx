import { type FormEvent, useEffect, useId, useState } from 'react'
import type { CrmEntity } from '../../../../worker/modules/crm/fields/fields.tables.ts'
import type { CrmFilter } from '../../../../worker/modules/crm/filters/filter.schemas.ts'
import { ConditionValue } from './ConditionValue.tsx'
import {
  type CrmCondition,
  type FilterField,
  isComplete,
  NO_FILTER,
  OPS_BY_KIND,
  opLabel,
  takesList,
  takesNoValue,
} from './filter-fields.ts'

interface Props {
  entity: CrmEntity
  /** The fields to offer: `filterFieldsFor(entity, customDefs, choices)`. */
  fields: readonly FilterField[]
  value: CrmFilter
  onChange: (filter: CrmFilter) => void
}

const ENTITY_PLURAL: Record<CrmEntity, string> = { contact: 'contacts', company: 'companies', deal: 'deals' }

/** A fresh condition on `field`, with its first operator and an empty value of the right shape. */
function conditionOn(field: FilterField | undefined): CrmCondition {
  const op = field ? (OPS_BY_KIND[field.kind][0] ?? 'eq') : 'eq'
  return { field: field?.name ?? '', op, value: field?.kind === 'boolean' ? 'true' : '' }
}

function withOp(c: CrmCondition, op: CrmCondition['op']): CrmCondition {
  if (takesNoValue(op)) return { field: c.field, op }
  if (op === 'between') return { ...c, op, value: ['', ''] }
  if (takesList(op)) return { ...c, op, value: [] }
  const single = Array.isArray(c.value) ? '' : (c.value ?? '')
  return { ...c, op, value: single }
}

/**
 * Conditions on any field of a list (custom fields too), matched all or any, edited as a
 * draft and applied with one button, so the list is not fetched on every keystroke.
 * Shared by the contacts, companies and deals lists.
 */
export function FilterBuilder({ entity, fields, value, onChange }: Props) {
  const id = useId()
  const [draft, setDraft] = useState<CrmFilter>(value)
  const [problem, setProblem] = useState('')

  // A saved view or a cleared filter replaces what is being edited; a new search text does not.
  const applied = JSON.stringify([value.match, value.conditions])
  // biome-ignore lint/correctness/useExhaustiveDependencies: `applied` stands for the parts of `value` that matter
  useEffect(() => {
    setDraft(value)
    setProblem('')
  }, [applied])

  const fieldOf = (name: string) => fields.find((f) => f.name === name)
  const setCondition = (index: number, next: CrmCondition) =>
    setDraft((d) => ({ ...d, conditions: d.conditions.map((c, i) => (i === index ? next : c)) }))

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const incomplete = draft.conditions.findIndex((c) => !isComplete(c))
    if (incomplete >= 0) {
      setProblem(`Condition ${incomplete + 1} needs a value.`)
      return
    }
    setProblem('')
    onChange({ match: draft.match, conditions: draft.conditions, q: value.q })
  }

  return (
    <form className="form filter-builder" onSubmit={apply} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Filter {ENTITY_PLURAL[entity]}
      </h2>
      <div className="field filter-builder__match">
        <label htmlFor={`${id}-match`}>Show {ENTITY_PLURAL[entity]} matching</label>
        <select
          id={`${id}-match`}
          value={draft.match}
          onChange={(e) => setDraft({ ...draft, match: e.target.value === 'any' ? 'any' : 'all' })}
        >
          <option value="all">all conditions</option>
          <option value="any">any condition</option>
        </select>
      </div>
      {draft.conditions.length === 0 ? (
        <p className="muted">No conditions: every record is shown.</p>
      ) : (
        <ol className="filter-builder__rows">
          {draft.conditions.map((condition, index) => (
            <ConditionRow
              // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no identity beyond their place
              key={index}
              index={index}
              condition={condition}
              fields={fields}
              field={fieldOf(condition.field)}
              onChange={(next) => setCondition(index, next)}
              onRemove={() =>
                setDraft((d) => ({ ...d, conditions: d.conditions.filter((_, i) => i !== index) }))
              }
            />
          ))}
        </ol>
      )}
      <p role="alert" className="form-error">
        {problem}
      </p>
      <div className="filters__actions">
        <button
          type="button"
          className="button"
          onClick={() => setDraft((d) => ({ ...d, conditions: [...d.conditions, conditionOn(fields[0])] }))}
        >
          Add condition
        </button>
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        {value.conditions.length > 0 && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => onChange({ ...NO_FILTER, q: value.q })}
          >
            Clear filters
          </button>
        )}
      </div>
    </form>
  )
}

function ConditionRow({
  index,
  condition,
  fields,
  field,
  onChange,
  onRemove,
}: {
  index: number
  condition: CrmCondition
  fields: readonly FilterField[]
  field: FilterField | undefined
  onChange: (c: CrmCondition) => void
  onRemove: () => void
}) {
  const n = index + 1
  const kind = field?.kind ?? 'text'
  return (
    <li className="filter-builder__row">
      <select
        aria-label={`Field, condition ${n}`}
        value={condition.field}
        onChange={(e) => onChange(conditionOn(fields.find((f) => f.name === e.target.value)))}
      >
        {!field && <option value={condition.field}>{condition.field} (no longer available)</option>}
        {fields.map((f) => (
          <option key={f.name} value={f.name}>
            {f.label}
          </option>
        ))}
      </select>
      <select
        aria-label={`Comparison, condition ${n}`}
        value={condition.op}
        onChange={(e) => onChange(withOp(condition, e.target.value as CrmCondition['op']))}
      >
        {OPS_BY_KIND[kind].map((op) => (
          <option key={op} value={op}>
            {opLabel(kind, op)}
          </option>
        ))}
      </select>
      {!takesNoValue(condition.op) && (
        <ConditionValue
          n={n}
          condition={condition}
          field={field}
          onChange={(value) => onChange({ ...condition, value })}
        />
      )}
      <button type="button" className="button button--quiet" onClick={onRemove}>
        Remove<span className="visually-hidden"> condition {n}</span>
      </button>
    </li>
  )
}
