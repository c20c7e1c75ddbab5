import { type FormEvent, useId, useState } from 'react'
import { FormDialog, useFormDialog } from '../../app/components/FormDialog.tsx'
import { type CrmEntity, type CrmField, createCrmField, updateCrmField } from './crm-fields-api.ts'
import { hasOptions, KEY_PATTERN, keyFromLabel, optionsFromText, TYPE_LABELS } from './field-format.ts'

interface Props {
  entity: CrmEntity
  entityLabel: string
  /** The field to edit, or null to add one. */
  field: CrmField | null
  onSaved: (field: CrmField) => void
  onClose: () => void
  onSessionExpired: () => void
}

/**
 * Adds or edits a custom field in a modal dialog (focus stays inside; Escape closes and focus
 * returns to the button that opened it). The key is chosen once, suggested from the label.
 */
export function FieldDialog({ entity, entityLabel, field, onSaved, onClose, onSessionExpired }: Props) {
  const id = useId()
  const dialog = useFormDialog(onSessionExpired)
  const { fieldError, saving } = dialog
  const [label, setLabel] = useState(field?.label ?? '')
  const [key, setKey] = useState(field?.key ?? '')
  const [keyEdited, setKeyEdited] = useState(field !== null)
  const [type, setType] = useState<CrmField['type']>(field?.type ?? 'text')
  const [options, setOptions] = useState(field?.options.join('\n') ?? '')
  const [required, setRequired] = useState(field?.required ?? false)

  function save(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    if (!field && !KEY_PATTERN.test(key)) {
      dialog.setError(
        'The key must start with a lower-case letter and hold only a–z, 0–9 and _ (40 at most).',
      )
      return
    }
    void dialog.submit(async () => {
      const list = hasOptions(type) ? optionsFromText(options) : []
      const saved = field
        ? await updateCrmField(field.id, { label, type, options: list, required })
        : await createCrmField({ entity, key, label, type, options: list, required })
      onSaved(saved)
    })
  }

  const described = (name: string, hint?: boolean) =>
    [hint ? `${id}-${name}-hint` : '', fieldError(name) ? `${id}-${name}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined
  const errorOf = (name: string) =>
    fieldError(name) && (
      <p id={`${id}-${name}-error`} className="field-error">
        {fieldError(name)}
      </p>
    )

  return (
    <FormDialog
      state={dialog}
      className="crm-field-dialog"
      title={field ? `Edit “${field.label}”` : `Add a ${entityLabel} field`}
      saveLabel={field ? 'Save field' : 'Add field'}
      actionsClassName="button-row"
      onSubmit={save}
      onClose={onClose}
    >
      <div className="field">
        <label htmlFor={`${id}-label`}>Label</label>
        <input
          id={`${id}-label`}
          value={label}
          maxLength={80}
          required
          dir="auto"
          aria-invalid={fieldError('label') ? true : undefined}
          aria-describedby={described('label')}
          onChange={(e) => {
            setLabel(e.currentTarget.value)
            if (!keyEdited) setKey(keyFromLabel(e.currentTarget.value))
          }}
        />
        {errorOf('label')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-key`}>Key</label>
        <p id={`${id}-key-hint`} className="field-hint muted">
          {field
            ? 'The name values are stored and filtered under. It cannot change.'
            : 'The name values are stored under, in the API, imports and exports: a–z, 0–9 and _. It cannot change later.'}
        </p>
        <input
          id={`${id}-key`}
          value={key}
          maxLength={40}
          required
          readOnly={field !== null}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={fieldError('key') ? true : undefined}
          aria-describedby={described('key', true)}
          onChange={(e) => {
            setKey(e.currentTarget.value)
            setKeyEdited(true)
          }}
        />
        {errorOf('key')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-type`}>Type</label>
        <p id={`${id}-type-hint`} className="field-hint muted">
          The type can change only while no record holds a value.
        </p>
        <select
          id={`${id}-type`}
          value={type}
          aria-invalid={fieldError('type') ? true : undefined}
          aria-describedby={described('type', true)}
          onChange={(e) => setType(e.currentTarget.value as CrmField['type'])}
        >
          {Object.entries(TYPE_LABELS).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
        {errorOf('type')}
      </div>
      {hasOptions(type) && (
        <div className="field">
          <label htmlFor={`${id}-options`}>Options</label>
          <p id={`${id}-options-hint`} className="field-hint muted">
            One per line, in the order they are offered. An option records use cannot be removed.
          </p>
          <textarea
            id={`${id}-options`}
            rows={5}
            value={options}
            dir="auto"
            aria-invalid={fieldError('options') ? true : undefined}
            aria-describedby={described('options', true)}
            onChange={(e) => setOptions(e.currentTarget.value)}
          />
          {errorOf('options')}
        </div>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={required} onChange={(e) => setRequired(e.currentTarget.checked)} />
        Required when a record is created
      </label>
    </FormDialog>
  )
}
