/** @jsxImportSource hono/jsx */
// The one form every lead path uses (lead form, booking, private feedback, a staff card): a
// plain POST that works without scripts. The honeypot and idempotency key are the only extras.
import type { Child } from 'hono/jsx'
import type { PageView } from './page-view.ts'
import { IDEMPOTENCY_SCRIPT } from './scripts.ts'

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
        <div class="hp" aria-hidden="true">
          <label for={`${id}-website`}>{t.honeypot}</label>
          <input id={`${id}-website`} name="website" tabindex={-1} autocomplete="off" />
        </div>
        <input type="hidden" name="idempotencyKey" value="" />
        {props.kind !== 'lead' ? <input type="hidden" name="formKind" value={props.kind} /> : null}
        {view.language !== view.data.content.defaultLanguage ? (
          <input type="hidden" name="language" value={view.language} />
        ) : null}
        {onlyOne ? null : <p class="m">{t.contactHint}</p>}
        <button class="b" type="submit">
          {props.submitLabel}
        </button>
      </fieldset>
      {view.preview ? <p class="m">{t.previewForms}</p> : null}
    </form>
  )
}
