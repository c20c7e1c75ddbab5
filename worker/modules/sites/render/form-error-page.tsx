/** @jsxImportSource hono/jsx */
// A failed form post shown again for browsers without scripts: the status page's look, an error
// summary that links to each field (focused when the page opens), then the form with what the
// visitor typed kept, each wrong field marked invalid and its error beside it.
import type { FieldIssue } from '../../../lib/errors.ts'
import type { FormToRender } from '../../leads/forms/form-errors.ts'
import type { PostedValues } from '../../leads/forms/read-body.ts'
import { type Chrome, chromeFor } from './chrome-strings.ts'
import { ConsentBoxes, type FieldSpec, FormFields, specsOf, targetOf } from './form-fields.tsx'
import { type FormStrings, formStringsFor } from './form-strings.ts'
import { TURNSTILE_ORIGIN } from './lead-form.tsx'
import { renderStatusPage, type StatusView } from './status-page.tsx'

export interface FormErrorView {
  title: string
  message: string
  language: string
  brand?: StatusView['brand']
  /** Where the form posts again: the address the failed post went to. */
  action: string
  backHref: string
  backLabel: string
  form: FormToRender
  values: PostedValues
  errors: FieldIssue[]
  /** Turnstile's site key when the form asks for it; '' otherwise. */
  turnstileSiteKey: string
}

const PREFIX = 'f'

const FORM_CSS =
  '.f label,.f legend{display:block;font-weight:600;margin:1.25rem 0 .25rem;padding:0}' +
  '.f input:not([type=checkbox]),.f select,.f textarea{box-sizing:border-box;width:100%;font:inherit;padding:.625rem .75rem;border:1px solid #52606d;border-radius:.5rem;background:#fff;color:inherit}' +
  '.f textarea{min-height:6rem}.f [aria-invalid=true]{border:2px solid #b42318}' +
  '.f fieldset{border:0;margin:0;padding:0;min-width:0}.fe{color:#b42318;font-weight:600;margin:.25rem 0}' +
  '.fh,.m{color:#52606d;font-size:.92rem;margin:.25rem 0}.rq{color:#52606d}' +
  '.f .ck{display:flex;gap:.6rem;align-items:flex-start;margin:1rem 0 .25rem}.f .ck label{margin:0;font-weight:400}' +
  '.f input[type=checkbox]{width:1.25rem;height:1.25rem;margin:.2rem 0 0;flex:none}' +
  '.f .ph{display:flex;gap:.5rem}.f .ph select{width:auto;max-width:45%}.hp{position:absolute;inset-inline-start:-9999px}' +
  'button{margin-top:1.25rem;font:inherit;font-weight:600;padding:.625rem 1.25rem;border:0;border-radius:.5rem;background:#0f766e;color:#fff;cursor:pointer}' +
  '.es{border:3px solid #b42318;border-radius:.5rem;padding:1rem;margin:1rem 0}.es h2{font-size:1.15rem;margin:0 0 .5rem}.es ul{margin:0;padding-inline-start:1.25rem}.es a{color:#b42318;font-weight:600}' +
  ':focus-visible{outline:3px solid #1f2933;outline-offset:2px}'

/** The built-in form's fields, booking ones first, as the page that sent it showed them. */
function builtInSpecs(t: Chrome, kind: 'lead' | 'booking' | 'feedback'): FieldSpec[] {
  const booking: FieldSpec[] =
    kind === 'booking'
      ? [
          { key: 'service', type: 'text', label: t.service, required: false, maxLength: 120 },
          { key: 'preferredDate', type: 'date', label: t.preferredDate, required: true },
          { key: 'preferredTime', type: 'time', label: t.preferredTime, required: false },
        ]
      : []
  return [
    ...booking,
    { key: 'name', type: 'text', label: t.name, required: true, maxLength: 120, autocomplete: 'name' },
    { key: 'email', type: 'email', label: t.email, required: false, autocomplete: 'email' },
    ...(kind === 'feedback'
      ? []
      : [{ key: 'phone', type: 'phone', label: t.phone, required: false, autocomplete: 'tel' } as FieldSpec]),
    { key: 'message', type: 'textarea', label: t.message, required: false, maxLength: 2000 },
  ]
}

function ErrorSummary(props: {
  specs: FieldSpec[]
  errors: FieldIssue[]
  labels: Map<string, string>
  strings: FormStrings
}) {
  return (
    // Focused on arrival (no script needed), so a screen reader starts with what to fix.
    <div class="es" role="alert" tabindex={-1} aria-labelledby="es-h" autofocus>
      <h2 id="es-h">{props.strings.problems}</h2>
      <ul>
        {props.errors.map((issue) => {
          const target = targetOf(props.specs, PREFIX, issue.path)
          const label = props.labels.get(issue.path)
          const text = label ? `${label}: ${issue.message}` : issue.message
          return <li>{target ? <a href={`#${target}`}>{text}</a> : text}</li>
        })}
      </ul>
    </div>
  )
}

const first = (values: PostedValues, name: string) => values[name]?.at(-1) ?? ''

function Hidden(props: { view: FormErrorView }) {
  const { values, form } = props.view
  const keep = (name: string) =>
    first(values, name) ? <input type="hidden" name={name} value={first(values, name)} /> : null
  return (
    <>
      <div class="hp" aria-hidden="true">
        <label for={`${PREFIX}-website`}>{chromeFor(props.view.language).honeypot}</label>
        <input id={`${PREFIX}-website`} name="website" tabindex={-1} autocomplete="off" />
      </div>
      {keep('idempotencyKey')}
      {keep('language')}
      {form.kind === 'custom' ? (
        <>
          <input type="hidden" name="formId" value={form.definition.id} />
          {keep('rendered_at')}
        </>
      ) : form.formKind !== 'lead' ? (
        <input type="hidden" name="formKind" value={form.formKind} />
      ) : null}
    </>
  )
}

export async function renderFormErrorPage(view: FormErrorView): Promise<{ html: string; csp: string }> {
  const t = chromeFor(view.language)
  const strings = formStringsFor(view.language)
  const { form } = view
  const specs = form.kind === 'custom' ? specsOf(form.definition, form) : builtInSpecs(t, form.formKind)
  const labels = new Map(specs.map((s) => [s.key, s.label]))
  for (const s of specs) if (s.country !== undefined) labels.set(`${s.key}_country`, s.label)
  const errors = Object.fromEntries(view.errors.map((e) => [e.path, e.message]))
  const state = { values: view.values, errors }
  const turnstile = form.kind === 'custom' && form.definition.turnstile && view.turnstileSiteKey !== ''
  const submitLabel =
    form.kind === 'custom'
      ? form.definition.submitLabel || t.send
      : form.formKind === 'booking'
        ? t.requestBooking
        : t.send
  const body = (
    <>
      <ErrorSummary specs={specs} errors={view.errors} labels={labels} strings={strings} />
      <form method="post" action={view.action} class="f">
        <FormFields specs={specs} prefix={PREFIX} state={state} language={view.language} strings={strings} />
        {form.kind === 'custom' ? (
          <ConsentBoxes
            consent={form.definition.consent}
            marketing={form.definition.marketing}
            prefix={PREFIX}
            state={state}
          />
        ) : null}
        <Hidden view={view} />
        {turnstile ? (
          <>
            <div class="cf-turnstile" data-sitekey={view.turnstileSiteKey} />
            <script src={`${TURNSTILE_ORIGIN}/turnstile/v0/api.js`} async defer />
          </>
        ) : null}
        <button type="submit">{submitLabel}</button>
      </form>
      <p>
        <a href={view.backHref}>{view.backLabel}</a>
      </p>
    </>
  )
  return renderStatusPage({
    title: view.title,
    message: view.message,
    language: view.language,
    brand: view.brand,
    body: {
      html: await body.toString(),
      css: FORM_CSS,
      scriptOrigins: turnstile ? [TURNSTILE_ORIGIN] : [],
      frameOrigins: turnstile ? [TURNSTILE_ORIGIN] : [],
    },
  })
}
