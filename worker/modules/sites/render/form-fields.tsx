/** @jsxImportSource hono/jsx */
// A saved form's fields as plain HTML controls: labels, help and errors tied to each control by
// aria-describedby, required marks, native types and bounds. The microsite and the page that
// shows a failed post again both render them, so the two always match.
import { raw } from 'hono/html'
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min'
import {
  countryKeyOf,
  type FormConsent,
  type FormDefinition,
  type FormFieldType,
  type FormMarketing,
} from '../../leads/forms/form.model.ts'
import type { FormStrings } from './form-strings.ts'

/** One control as rendered: a saved field, or a field of the built-in form (`time`, plain `tel`). */
export interface FieldSpec {
  key: string
  type: FormFieldType | 'time'
  label: string
  help?: string
  placeholder?: string
  required: boolean
  minLength?: number
  maxLength?: number
  pattern?: string
  options?: { value: string; label: string }[]
  min?: string
  max?: string
  /** phone: the preselected country ('' none); absent: one plain tel input, as the built-in form has. */
  country?: string
  utm?: string
  autocomplete?: string
}

/** What a failed post sent and what was wrong with it, by posted name. */
export interface FieldState {
  values: Record<string, string[]>
  errors: Record<string, string>
}

const NO_STATE: FieldState = { values: {}, errors: {} }

const AUTOCOMPLETE: Record<string, string> = { name: 'name', email: 'email', phone: 'tel' }

/** The saved form's fields as controls: `country` is the branch's, `today` its date, for bounds. */
export function specsOf(
  form: FormDefinition,
  context: { country: string | null; today: string },
): FieldSpec[] {
  return form.fields.map((field) => {
    const min =
      field.type === 'date' && field.futureOnly && (!field.minDate || field.minDate < context.today)
        ? context.today
        : field.minDate
    return {
      ...field,
      min,
      max: field.maxDate,
      country: field.type === 'phone' ? (field.defaultCountry ?? context.country ?? '') : undefined,
      autocomplete: AUTOCOMPLETE[field.key],
    }
  })
}

const fieldId = (prefix: string, key: string) => `${prefix}-${key}`

/** The control an error's path points at, for the summary's links; null for the whole post. */
export function targetOf(specs: FieldSpec[], prefix: string, path: string): string | null {
  if (path === 'consent' || path === 'marketing') return fieldId(prefix, path)
  for (const spec of specs) {
    if (spec.type === 'hidden_utm') continue
    if (spec.key === path)
      return spec.type === 'multi_select' ? `${fieldId(prefix, path)}-0` : fieldId(prefix, path)
    if (spec.country !== undefined && countryKeyOf(spec.key) === path) return `${fieldId(prefix, spec.key)}-c`
  }
  return null
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

const countryLists = new Map<string, { code: string; label: string }[]>()

/** Every country with its calling code, named and sorted in the page's language; built once per language. */
function countriesIn(language: string) {
  let list = countryLists.get(language)
  if (!list) {
    let names: Intl.DisplayNames | null = null
    try {
      names = new Intl.DisplayNames([language, 'en'], { type: 'region' })
    } catch {
      names = null
    }
    list = getCountries()
      .map((code) => ({ code, label: `${names?.of(code) ?? code} +${getCountryCallingCode(code)}` }))
      .sort((a, b) => a.label.localeCompare(b.label, language))
    countryLists.set(language, list)
  }
  return list
}

// 245 options on every page with a phone field: written as one string rather than elements.
function countryOptions(language: string, selected: string, none: string) {
  const options = countriesIn(language)
    .map(
      (c) =>
        `<option value="${c.code}"${c.code === selected ? ' selected' : ''}>${escapeHtml(c.label)}</option>`,
    )
    .join('')
  return raw(`<option value=""${selected ? '' : ' selected'}>${escapeHtml(none)}</option>${options}`)
}

function Label(props: { for: string; text: string; required: boolean }) {
  return (
    <label for={props.for}>
      {props.text}
      {props.required ? (
        <span class="rq" aria-hidden="true">
          {' *'}
        </span>
      ) : null}
    </label>
  )
}

/** Help and error lines under a label, and the ids that describe the control. */
function Notes(props: { id: string; help?: string; error?: string }) {
  return (
    <>
      {props.help ? (
        <p id={`${props.id}-h`} class="fh">
          {props.help}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-e`} class="fe">
          {props.error}
        </p>
      ) : null}
    </>
  )
}

const describedBy = (id: string, help?: string, error?: string) =>
  [help ? `${id}-h` : '', error ? `${id}-e` : ''].filter(Boolean).join(' ') || undefined

function Choices(props: { spec: FieldSpec; id: string; values: string[]; error?: string }) {
  const { spec, id, error } = props
  return (
    <fieldset class="fs" aria-describedby={describedBy(id, spec.help, error)}>
      <legend>
        {spec.label}
        {spec.required ? (
          <span class="rq" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </legend>
      <Notes id={id} help={spec.help} error={error} />
      {(spec.options ?? []).map((option, i) => (
        <div class="ck">
          <input
            id={`${id}-${i}`}
            type="checkbox"
            name={spec.key}
            value={option.value}
            checked={props.values.includes(option.value)}
            aria-invalid={error ? 'true' : undefined}
          />
          <label for={`${id}-${i}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  )
}

function Control(props: {
  spec: FieldSpec
  id: string
  value: string
  error?: string
  language: string
  strings: FormStrings
  countryValue?: string
}) {
  const { spec, id, value, error } = props
  const common = {
    id,
    name: spec.key,
    required: spec.required,
    'aria-invalid': error ? 'true' : undefined,
    'aria-describedby': describedBy(id, spec.help, error),
  }
  switch (spec.type) {
    case 'textarea':
      return (
        <textarea
          {...common}
          minlength={spec.minLength}
          maxlength={spec.maxLength ?? 2000}
          placeholder={spec.placeholder}
        >
          {value}
        </textarea>
      )
    case 'select':
      return (
        <select {...common}>
          <option value="">{props.strings.choose}</option>
          {(spec.options ?? []).map((o) => (
            <option value={o.value} selected={o.value === value}>
              {o.label}
            </option>
          ))}
        </select>
      )
    case 'phone': {
      const tel = (
        <input
          {...common}
          type="tel"
          value={value || undefined}
          maxlength={32}
          autocomplete={spec.autocomplete ?? 'tel'}
          placeholder={spec.placeholder}
        />
      )
      if (spec.country === undefined) return tel
      return (
        <div class="ph">
          <select id={`${id}-c`} name={countryKeyOf(spec.key)} aria-label={props.strings.country}>
            {countryOptions(props.language, props.countryValue ?? spec.country, props.strings.country)}
          </select>
          {tel}
        </div>
      )
    }
    default: {
      const type =
        spec.type === 'email'
          ? 'email'
          : spec.type === 'date'
            ? 'date'
            : spec.type === 'time'
              ? 'time'
              : 'text'
      return (
        <input
          {...common}
          type={type}
          value={value || undefined}
          minlength={spec.minLength}
          maxlength={
            spec.type === 'email' ? 254 : spec.type === 'text' ? (spec.maxLength ?? 200) : spec.maxLength
          }
          pattern={spec.pattern}
          min={spec.min}
          max={spec.max}
          autocomplete={spec.autocomplete}
          placeholder={spec.placeholder}
        />
      )
    }
  }
}

function Field(props: {
  spec: FieldSpec
  prefix: string
  state: FieldState
  language: string
  strings: FormStrings
}) {
  const { spec, state } = props
  const id = fieldId(props.prefix, spec.key)
  const values = state.values[spec.key] ?? []
  const error = state.errors[spec.key] ?? state.errors[countryKeyOf(spec.key)]
  if (spec.type === 'hidden_utm')
    return <input type="hidden" name={spec.key} value={values.at(-1) ?? ''} data-utm={spec.utm} />
  if (spec.type === 'multi_select') return <Choices spec={spec} id={id} values={values} error={error} />
  if (spec.type === 'checkbox')
    return (
      <div class="ck">
        <input
          id={id}
          type="checkbox"
          name={spec.key}
          value="yes"
          required={spec.required}
          checked={values.length > 0}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, spec.help, error)}
        />
        <div>
          <Label for={id} text={spec.label} required={spec.required} />
          <Notes id={id} help={spec.help} error={error} />
        </div>
      </div>
    )
  return (
    <div class="fd">
      <Label for={id} text={spec.label} required={spec.required} />
      <Notes id={id} help={spec.help} error={error} />
      <Control
        spec={spec}
        id={id}
        value={values.at(-1) ?? ''}
        error={error}
        language={props.language}
        strings={props.strings}
        countryValue={state.values[countryKeyOf(spec.key)]?.at(-1)}
      />
    </div>
  )
}

export function FormFields(props: {
  specs: FieldSpec[]
  prefix: string
  state?: FieldState
  language: string
  strings: FormStrings
}) {
  const state = props.state ?? NO_STATE
  return (
    <>
      {props.specs.some((s) => s.required && s.type !== 'hidden_utm') ? (
        <p class="m">{props.strings.requiredNote}</p>
      ) : null}
      {props.specs.map((spec) => (
        <Field
          spec={spec}
          prefix={props.prefix}
          state={state}
          language={props.language}
          strings={props.strings}
        />
      ))}
    </>
  )
}

/** The contact consent (ticked to send when required) and the marketing opt-in, in the owner's words. */
export function ConsentBoxes(props: {
  consent: FormConsent | null
  marketing: FormMarketing | null
  prefix: string
  state?: FieldState
}) {
  const state = props.state ?? NO_STATE
  const box = (name: 'consent' | 'marketing', text: string, required: boolean) => {
    const id = fieldId(props.prefix, name)
    const error = state.errors[name]
    return (
      <div class="ck">
        <input
          id={id}
          type="checkbox"
          name={name}
          value="yes"
          required={required}
          checked={(state.values[name] ?? []).length > 0}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-e` : undefined}
        />
        <div>
          <Label for={id} text={text} required={required} />
          <Notes id={id} error={error} />
        </div>
      </div>
    )
  }
  return (
    <>
      {props.consent ? box('consent', props.consent.text, props.consent.required) : null}
      {props.marketing ? box('marketing', props.marketing.text, false) : null}
    </>
  )
}

/** The rules the fields need beyond the page's form chunk (checkbox rows, groups, phone row). */
export const SAVED_FORM_CSS =
  '.f .rq{color:var(--mu)}.f .fh{color:var(--mu);font-size:.92rem;margin:0 0 .25rem}' +
  '.f .ck{display:flex;gap:.6rem;align-items:flex-start;margin-block:.7rem .25rem}.f .ck label{margin:0;font-weight:400}' +
  '.f input[type=checkbox]{width:1.25rem;height:1.25rem;min-height:0;margin:.2rem 0 0;flex:none;accent-color:var(--ac)}' +
  '.f .fs{margin-block-start:.7rem}.f legend{font-weight:600;padding:0}' +
  '.f .ph{display:flex;gap:.5rem}.f .ph select{width:auto;max-width:45%}'
