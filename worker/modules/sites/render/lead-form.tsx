/** @jsxImportSource hono/jsx */
// The forms every lead path uses (lead form, booking, private feedback, a staff card, a saved
// form of the site): a plain POST that works without scripts. Scripts only add a per-render
// idempotency key, the page's UTM parameters and, when a form asks for it, Turnstile.
import type { Child } from 'hono/jsx'
import { type FormDefinition, todayIn } from '../../leads/forms/form.model.ts'
import { ConsentBoxes, FormFields, SAVED_FORM_CSS, specsOf } from './form-fields.tsx'
import { formStringsFor } from './form-strings.ts'
import type { PageView } from './page-view.ts'
import { IDEMPOTENCY_SCRIPT, UTM_SCRIPT } from './scripts.ts'

export const TURNSTILE_ORIGIN = 'https://challenges.cloudflare.com'

export interface LeadFormProps {
  view: PageView
  /** Prefix of the field ids, unique on the page. */
  id: string
  action: string
  kind: 'lead' | 'booking' | 'feedback'
  submitLabel: string
  askEmail: boolean
  askPhone: boolean
  askMessage: boolean
  /** Booking fields, placed before the contact fields. */
  children?: Child
}

function Field(props: { id: string; label: string; children: Child }) {
  return (
    <>
      <label for={props.id}>{props.label}</label>
      {props.children}
    </>
  )
}

/** The honeypot, the idempotency key and the page's language: posted by every form. */
function Extras(props: { view: PageView; id: string }) {
  const { view, id } = props
  return (
    <>
      <div class="hp" aria-hidden="true">
        <label for={`${id}-website`}>{view.t.honeypot}</label>
        <input id={`${id}-website`} name="website" tabindex={-1} autocomplete="off" />
      </div>
      <input type="hidden" name="idempotencyKey" value="" />
      {view.language !== view.data.content.defaultLanguage ? (
        <input type="hidden" name="language" value={view.language} />
      ) : null}
    </>
  )
}

export function LeadForm(props: LeadFormProps) {
  const { view, id } = props
  const { t } = view
  view.needs.chunk('form')
  if (!view.preview) view.needs.scripts.add(IDEMPOTENCY_SCRIPT)
  // A lead needs a way back: with neither asked, ask for email; with one, require it.
  const askEmail = props.askEmail || !props.askPhone
  const onlyOne = askEmail !== props.askPhone
  return (
    <form method="post" action={props.action} class="f">
      <fieldset disabled={view.preview}>
        {props.children}
        <Field id={`${id}-name`} label={t.name}>
          <input id={`${id}-name`} name="name" required maxlength={120} autocomplete="name" />
        </Field>
        {askEmail ? (
          <Field id={`${id}-email`} label={t.email}>
            <input
              id={`${id}-email`}
              name="email"
              type="email"
              maxlength={254}
              autocomplete="email"
              required={onlyOne}
            />
          </Field>
        ) : null}
        {props.askPhone ? (
          <Field id={`${id}-phone`} label={t.phone}>
            <input
              id={`${id}-phone`}
              name="phone"
              type="tel"
              maxlength={24}
              autocomplete="tel"
              required={onlyOne}
            />
          </Field>
        ) : null}
        {props.askMessage ? (
          <Field id={`${id}-message`} label={t.message}>
            <textarea id={`${id}-message`} name="message" maxlength={2000} />
          </Field>
        ) : null}
        <Extras view={view} id={id} />
        {props.kind !== 'lead' ? <input type="hidden" name="formKind" value={props.kind} /> : null}
        {onlyOne ? null : <p class="m">{t.contactHint}</p>}
        <button class="b" type="submit">
          {props.submitLabel}
        </button>
      </fieldset>
      {view.preview ? <p class="m">{t.previewForms}</p> : null}
    </form>
  )
}

/**
 * Turnstile's widget, and its script the first time a page needs it. Without scripts the form
 * still posts; the server marks such a lead rather than refusing it.
 */
function Turnstile(props: { view: PageView; siteKey: string }) {
  const { origins } = props.view.needs
  const first = !origins.script.has(TURNSTILE_ORIGIN)
  origins.script.add(TURNSTILE_ORIGIN)
  origins.frame.add(TURNSTILE_ORIGIN)
  return (
    <>
      <div class="cf-turnstile" data-sitekey={props.siteKey} />
      {first ? <script src={`${TURNSTILE_ORIGIN}/turnstile/v0/api.js`} async defer /> : null}
    </>
  )
}

/** A saved form of the site: the owner's fields, consents and wording. */
export function SavedLeadForm(props: {
  view: PageView
  id: string
  action: string
  form: FormDefinition
  submitLabel: string
}) {
  const { view, id, form } = props
  const { data } = view
  view.needs.chunk('form')
  view.needs.parts.add(SAVED_FORM_CSS)
  if (!view.preview) {
    view.needs.scripts.add(IDEMPOTENCY_SCRIPT)
    if (form.fields.some((f) => f.type === 'hidden_utm')) view.needs.scripts.add(UTM_SCRIPT)
  }
  const specs = specsOf(form, {
    country: data.branch.address?.country ?? null,
    today: todayIn(data.branch.timezone, view.now),
  })
  const turnstile = form.turnstile && data.turnstileSiteKey !== '' && !view.preview
  return (
    <form method="post" action={props.action} class="f">
      <fieldset disabled={view.preview}>
        <FormFields
          specs={specs}
          prefix={id}
          language={view.language}
          strings={formStringsFor(view.language)}
        />
        <ConsentBoxes consent={form.consent} marketing={form.marketing} prefix={id} />
        <Extras view={view} id={id} />
        <input type="hidden" name="formId" value={form.id} />
        {/* When the page was made: a post seconds after a fresh render is a sign of a bot. */}
        <input type="hidden" name="rendered_at" value={String(view.now.getTime())} />
        {turnstile ? <Turnstile view={view} siteKey={data.turnstileSiteKey} /> : null}
        <button class="b" type="submit">
          {props.submitLabel}
        </button>
      </fieldset>
      {view.preview ? <p class="m">{view.t.previewForms}</p> : null}
    </form>
  )
}
