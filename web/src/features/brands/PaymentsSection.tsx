import { useState } from 'react'
import type { BranchSectionProps } from './branch-section.ts'
import { useBranchSave } from './branch-section.ts'
import { Field, orUndefined } from './Field.tsx'
import { Section } from './Section.tsx'

/** How visitors can pay: a UPI ID (India), a payment link, and a note. */
export function PaymentsSection(props: BranchSectionProps) {
  const { save, patch } = useBranchSave(props)
  const p = props.branch.payments
  const [upiId, setUpiId] = useState(p?.upiId ?? '')
  const [paymentLink, setPaymentLink] = useState(p?.paymentLink ?? '')
  const [note, setNote] = useState(p?.note ?? '')

  function submit() {
    const payments = {
      upiId: orUndefined(upiId),
      paymentLink: orUndefined(paymentLink),
      note: orUndefined(note),
    }
    const empty = Object.values(payments).every((v) => v === undefined)
    patch({ payments: empty ? null : payments }, 'Payment options saved.')
  }

  const e = save.errors
  return (
    <Section title="Payments" save={save} onSubmit={submit} submitLabel="Save payments">
      <Field
        label="UPI ID"
        path="payments.upiId"
        errors={e}
        value={upiId}
        onChange={(ev) => setUpiId(ev.target.value)}
        autoComplete="off"
        spellCheck={false}
        hint="Such as shopname@okbank; the page offers to pay with any UPI app."
      />
      <Field
        label="Payment link"
        path="payments.paymentLink"
        errors={e}
        type="url"
        inputMode="url"
        value={paymentLink}
        onChange={(ev) => setPaymentLink(ev.target.value)}
        placeholder="https://"
        hint="A Stripe, PayPal or other checkout link."
      />
      <Field
        label="Note (optional)"
        path="payments.note"
        errors={e}
        value={note}
        onChange={(ev) => setNote(ev.target.value)}
        maxLength={200}
        hint="Such as “Cards and cash accepted at the counter”."
      />
    </Section>
  )
}
