import { useEffect, useId, useRef, useState } from 'react'
import { SelectField } from '../builder/fields/SelectField.tsx'
import { moveItem } from '../builder/reorder.ts'
import { FieldEditor } from './FieldEditor.tsx'
import { FIELD_TYPE_LABELS, newField } from './field-types.ts'
import { type Errors, under } from './form-draft.ts'
import type { FormField, FormFieldType } from './forms-api.ts'

const MAX_FIELDS = 30
const TYPE_OPTIONS = (Object.keys(FIELD_TYPE_LABELS) as FormFieldType[]).map((value) => ({
  value,
  label: FIELD_TYPE_LABELS[value],
}))

/** The form's fields in the visitor's order: each one's rules, and add, move and remove. */
export function FieldList({
  fields,
  errors,
  onChange,
}: {
  fields: FormField[]
  errors: Errors
  onChange: (fields: FormField[]) => void
}) {
  const id = useId()
  const listRef = useRef<HTMLOListElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const [newType, setNewType] = useState<FormFieldType>('text')
  const [status, setStatus] = useState('')
  // After a move the moved field's button keeps the focus; after an add, the new label takes it.
  const [focus, setFocus] = useState<{ index: number; selector: string } | null>(null)

  useEffect(() => {
    if (!focus) return
    listRef.current?.querySelector<HTMLElement>(`li:nth-child(${focus.index + 1}) ${focus.selector}`)?.focus()
    setFocus(null)
  }, [focus])

  function move(index: number, to: number, selector: string) {
    if (to < 0 || to >= fields.length) return
    onChange(moveItem(fields, index, to))
    setStatus(`${fields[index]?.label} moved to position ${to + 1} of ${fields.length}.`)
    setFocus({ index: to, selector })
  }

  function remove(index: number) {
    const label = fields[index]?.label
    onChange(fields.filter((_, i) => i !== index))
    setStatus(`${label} removed.`)
    addRef.current?.focus()
  }

  function add() {
    if (fields.length >= MAX_FIELDS) return setStatus(`A form has at most ${MAX_FIELDS} fields.`)
    const field = newField(
      newType,
      fields.map((f) => f.key),
    )
    onChange([...fields, field])
    setStatus(`${field.label} added as field ${fields.length + 1}.`)
    setFocus({ index: fields.length, selector: 'input' })
  }

  return (
    <section className="form-fields-editor" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Fields</h2>
      {errors.get('fields') && <p className="field-error">{errors.get('fields')}</p>}
      <ol ref={listRef} className="form-fields-editor__list">
        {fields.map((field, index) => (
          // Index keys: keys are edited in place and may repeat while being typed.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={index}>
            <fieldset className="item-list__item">
              <legend>
                Field {index + 1}: {field.label || FIELD_TYPE_LABELS[field.type]}
              </legend>
              <FieldEditor
                field={field}
                errors={under(errors, `fields.${index}`)}
                onChange={(next) => onChange(fields.map((f, i) => (i === index ? next : f)))}
                onStatus={setStatus}
              />
              <div className="button-row">
                <button
                  type="button"
                  className="button button--quiet"
                  data-move="up"
                  aria-disabled={index === 0}
                  onClick={() => move(index, index - 1, '[data-move="up"]')}
                >
                  Move up<span className="visually-hidden"> {field.label}</span>
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  data-move="down"
                  aria-disabled={index === fields.length - 1}
                  onClick={() => move(index, index + 1, '[data-move="down"]')}
                >
                  Move down<span className="visually-hidden"> {field.label}</span>
                </button>
                <button type="button" className="button button--quiet" onClick={() => remove(index)}>
                  Remove<span className="visually-hidden"> {field.label}</span>
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="form-fields-editor__add">
        <SelectField label="New field's type" value={newType} options={TYPE_OPTIONS} onChange={setNewType} />
        <button
          type="button"
          ref={addRef}
          className="button"
          aria-disabled={fields.length >= MAX_FIELDS}
          onClick={add}
        >
          Add field
        </button>
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>
    </section>
  )
}
