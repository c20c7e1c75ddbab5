import type { CrmField } from '../crm-fields/crm-fields-api.ts'
import { LIFECYCLE_CHOICES } from '../crm-views/filter-fields.ts'
import type { Option } from './useBulkChoices.ts'

export type BulkKind = '' | 'tag' | 'untag' | 'owner' | 'lifecycle' | 'branch' | 'custom' | 'delete'

interface Props {
  id: string
  kind: BulkKind
  value: string
  onValue: (value: string) => void
  fieldKey: string
  onFieldKey: (key: string) => void
  owners: readonly Option[]
  branches: readonly Option[]
  fields: readonly CrmField[]
  wholeOrganisation: boolean
}

function Select({
  id,
  label,
  value,
  onChange,
  options,
}: {
  id: string
  label: string
  value: string
  onChange: (v: string) => void
  options: readonly Option[]
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

const INPUT_TYPES: Partial<Record<CrmField['type'], string>> = { number: 'number', date: 'date', url: 'url' }

/** The value the chosen bulk change sets: tags, an owner, a stage, a branch or a custom field's value. */
export function BulkValue({
  id,
  kind,
  value,
  onValue,
  fieldKey,
  onFieldKey,
  owners,
  branches,
  fields,
  wholeOrganisation,
}: Props) {
  switch (kind) {
    case 'tag':
    case 'untag':
      return (
        <div className="field">
          <label htmlFor={`${id}-tags`}>Tags</label>
          <input
            id={`${id}-tags`}
            value={value}
            onChange={(e) => onValue(e.target.value)}
            aria-describedby={`${id}-tags-hint`}
          />
          <span id={`${id}-tags-hint`} className="field-hint muted">
            Separate tags with commas.
          </span>
        </div>
      )
    case 'owner':
      return (
        <Select
          id={`${id}-owner`}
          label="New owner"
          value={value}
          onChange={onValue}
          options={[{ value: 'none', label: 'Nobody' }, ...owners]}
        />
      )
    case 'lifecycle':
      return (
        <Select
          id={`${id}-stage`}
          label="Lifecycle stage"
          value={value}
          onChange={onValue}
          options={LIFECYCLE_CHOICES}
        />
      )
    case 'branch':
      return (
        <Select
          id={`${id}-branch`}
          label="Branch"
          value={value}
          onChange={onValue}
          options={[
            ...(wholeOrganisation ? [{ value: 'none', label: 'Whole organisation' }] : []),
            ...branches,
          ]}
        />
      )
    case 'custom': {
      const field = fields.find((f) => f.key === fieldKey)
      return (
        <>
          <Select
            id={`${id}-field`}
            label="Custom field"
            value={fieldKey}
            onChange={(key) => {
              onFieldKey(key)
              onValue('')
            }}
            options={fields.map((f) => ({ value: f.key, label: f.label }))}
          />
          {field &&
            (field.type === 'select' ? (
              <Select
                id={`${id}-value`}
                label={`New ${field.label}`}
                value={value}
                onChange={onValue}
                options={field.options.map((o) => ({ value: o, label: o }))}
              />
            ) : (
              <div className="field">
                <label htmlFor={`${id}-value`}>New {field.label}</label>
                <input
                  id={`${id}-value`}
                  type={INPUT_TYPES[field.type] ?? 'text'}
                  value={value}
                  onChange={(e) => onValue(e.target.value)}
                  aria-describedby={field.type === 'multi_select' ? `${id}-value-hint` : undefined}
                />
                {field.type === 'multi_select' && (
                  <span id={`${id}-value-hint`} className="field-hint muted">
                    Separate values with commas; leave empty to clear the field.
                  </span>
                )}
              </div>
            ))}
        </>
      )
    }
    default:
      return null
  }
}
