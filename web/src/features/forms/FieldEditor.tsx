import { TextField } from '../../app/components/TextField.tsx'
import { Checkbox } from '../builder/fields/Checkbox.tsx'
import { SelectField } from '../builder/fields/SelectField.tsx'
import { CONTACT_KEY_TYPES, FIELD_TYPE_LABELS, UTM_LABELS } from './field-types.ts'
import { type Errors, optionalNumber, optionalText } from './form-draft.ts'
import type { FormField, FormFieldType } from './forms-api.ts'
import { OptionsEditor } from './OptionsEditor.tsx'

const TYPE_OPTIONS = (Object.keys(FIELD_TYPE_LABELS) as FormFieldType[]).map((value) => ({
  value,
  label: FIELD_TYPE_LABELS[value],
}))
const UTM_OPTIONS = (Object.keys(UTM_LABELS) as (keyof typeof UTM_LABELS)[]).map((value) => ({
  value,
  label: UTM_LABELS[value],
}))

/** A field switched to another type, with what the new type needs (choices, a UTM parameter). */
function retyped(field: FormField, type: FormFieldType): FormField {
  const next: FormField = { ...field, type }
  if ((type === 'select' || type === 'multi_select') && !next.options?.length)
    next.options = [
      { value: 'option_1', label: 'Option 1' },
      { value: 'option_2', label: 'Option 2' },
    ]
  if (type === 'hidden_utm') next.utm ??= 'utm_source'
  return next
}

/** The rules of one field, by its type. */
export function FieldEditor({
  field,
  errors,
  onChange,
  onStatus,
}: {
  field: FormField
  errors: Errors
  onChange: (field: FormField) => void
  onStatus: (message: string) => void
}) {
  const set = (patch: Partial<FormField>) => onChange({ ...field, ...patch })
  const contactType = CONTACT_KEY_TYPES[field.key]
  const { type } = field
  const lengths = type === 'text' || type === 'textarea'
  return (
    <div className="panel-fields">
      <TextField
        label="Label"
        value={field.label}
        maxLength={120}
        required
        error={errors.get('label')}
        onChange={(e) => set({ label: e.target.value })}
      />
      <SelectField
        label="Type"
        value={type}
        options={TYPE_OPTIONS}
        hint={
          contactType
            ? `The ${field.key} field fills the contact, so it must be: ${FIELD_TYPE_LABELS[contactType]}.`
            : undefined
        }
        onChange={(next) => onChange(retyped(field, next))}
      />
      {errors.get('type') && <p className="field-error">{errors.get('type')}</p>}
      <TextField
        label="Key"
        hint="The answer's name in exports and webhooks: lower-case letters, digits and _. The keys name, email, phone and message fill the contact."
        value={field.key}
        maxLength={40}
        spellCheck={false}
        autoCapitalize="off"
        error={errors.get('key')}
        onChange={(e) => set({ key: e.target.value })}
      />
      {type !== 'hidden_utm' && (
        <>
          <Checkbox
            label="Required"
            hint={field.key === 'name' ? 'The name is always required.' : undefined}
            checked={field.required || field.key === 'name'}
            onChange={(required) => set({ required })}
          />
          <TextField
            label="Help text (optional)"
            value={field.help ?? ''}
            maxLength={300}
            error={errors.get('help')}
            onChange={(e) => set({ help: optionalText(e.target.value) })}
          />
        </>
      )}
      {(lengths || type === 'email' || type === 'phone') && (
        <TextField
          label="Placeholder (optional)"
          value={field.placeholder ?? ''}
          maxLength={120}
          onChange={(e) => set({ placeholder: optionalText(e.target.value) })}
        />
      )}
      {lengths && (
        <div className="field-pair">
          <TextField
            label="Shortest answer (characters)"
            type="number"
            min={0}
            max={2000}
            value={field.minLength ?? ''}
            error={errors.get('minLength')}
            onChange={(e) => set({ minLength: optionalNumber(e.target.value) })}
          />
          <TextField
            label="Longest answer (characters)"
            type="number"
            min={1}
            max={2000}
            value={field.maxLength ?? ''}
            error={errors.get('maxLength')}
            onChange={(e) => set({ maxLength: optionalNumber(e.target.value) })}
          />
        </div>
      )}
      {type === 'text' && (
        <>
          <TextField
            label="Pattern (optional)"
            hint="A regular expression the whole answer must match, e.g. [A-Z]{3}-\d{3}."
            value={field.pattern ?? ''}
            maxLength={200}
            spellCheck={false}
            error={errors.get('pattern')}
            onChange={(e) => set({ pattern: optionalText(e.target.value) })}
          />
          <TextField
            label="Message when it does not match"
            value={field.patternMessage ?? ''}
            maxLength={200}
            onChange={(e) => set({ patternMessage: optionalText(e.target.value) })}
          />
        </>
      )}
      {type === 'phone' && (
        <TextField
          label="Country chosen at first (optional)"
          hint="Two letters, such as IN or GB. Empty: the branch's country."
          value={field.defaultCountry ?? ''}
          maxLength={2}
          autoCapitalize="characters"
          error={errors.get('defaultCountry')}
          onChange={(e) => set({ defaultCountry: optionalText(e.target.value.toUpperCase()) })}
        />
      )}
      {(type === 'select' || type === 'multi_select') && (
        <OptionsEditor
          fieldLabel={field.label}
          options={field.options ?? []}
          error={errors.get('options')}
          onChange={(options) => set({ options })}
          onStatus={onStatus}
        />
      )}
      {type === 'date' && (
        <>
          <div className="field-pair">
            <TextField
              label="Earliest date (optional)"
              type="date"
              value={field.minDate ?? ''}
              error={errors.get('minDate')}
              onChange={(e) => set({ minDate: optionalText(e.target.value) })}
            />
            <TextField
              label="Latest date (optional)"
              type="date"
              value={field.maxDate ?? ''}
              error={errors.get('maxDate')}
              onChange={(e) => set({ maxDate: optionalText(e.target.value) })}
            />
          </div>
          <Checkbox
            label="Today or later only"
            hint="Today in the branch's time zone."
            checked={field.futureOnly ?? false}
            onChange={(futureOnly) => set({ futureOnly: futureOnly || undefined })}
          />
        </>
      )}
      {type === 'hidden_utm' && (
        <SelectField
          label="Carries"
          value={field.utm ?? 'utm_source'}
          options={UTM_OPTIONS}
          hint="Read from the page's address, e.g. ?utm_campaign=spring; visitors do not see it."
          onChange={(utm) => set({ utm })}
        />
      )}
    </div>
  )
}
