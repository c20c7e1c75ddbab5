import { useState } from 'react'
import { type BranchSectionProps, useBranchSave } from './branch-section.ts'
import { Field, orNull } from './Field.tsx'
import { RowButtons } from './RowButtons.tsx'
import { Section } from './Section.tsx'
import { useList } from './useList.ts'

/** Phone numbers (any number of them, each labelled), WhatsApp and e-mail. */
export function ContactSection(props: BranchSectionProps) {
  const { branch } = props
  const { save, patch } = useBranchSave(props)
  const phones = useList(() => branch.phones.map((p) => ({ label: p.label, number: p.number })))
  const [whatsapp, setWhatsapp] = useState(branch.whatsapp ?? '')
  const [email, setEmail] = useState(branch.email ?? '')

  function submit() {
    patch(
      {
        phones: phones.items
          .filter((p) => p.number.trim() !== '')
          .map((p) => ({ label: p.label.trim() || 'Phone', number: p.number.trim() })),
        whatsapp: orNull(whatsapp),
        email: orNull(email),
      },
      'Contact details saved.',
    )
  }

  const e = save.errors
  return (
    <Section title="Contact" save={save} onSubmit={submit} submitLabel="Save contact">
      <fieldset className="field-group">
        <legend>Phone numbers</legend>
        {phones.items.length === 0 && <p className="muted">No phone numbers.</p>}
        {phones.items.map((phone, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the index is their identity while editing
          <div key={i} className="repeat-row">
            <Field
              label={`Label of phone ${i + 1}`}
              path={`phones.${i}.label`}
              errors={e}
              value={phone.label}
              onChange={(ev) => phones.update(i, { label: ev.target.value })}
              maxLength={40}
            />
            <Field
              label={`Phone ${i + 1}`}
              path={`phones.${i}.number`}
              errors={e}
              type="tel"
              value={phone.number}
              onChange={(ev) => phones.update(i, { number: ev.target.value })}
              autoComplete="off"
            />
            <RowButtons list={phones} index={i} noun="phone" />
          </div>
        ))}
        <button type="button" className="button" onClick={() => phones.add({ label: 'Phone', number: '' })}>
          Add a phone number
        </button>
      </fieldset>
      <Field
        label="WhatsApp number"
        path="whatsapp"
        errors={e}
        type="tel"
        value={whatsapp}
        onChange={(ev) => setWhatsapp(ev.target.value)}
        hint="With the country code, such as +91 98765 43210. Visitors can open a chat with a prefilled message."
      />
      <Field
        label="E-mail"
        path="email"
        errors={e}
        type="email"
        value={email}
        onChange={(ev) => setEmail(ev.target.value)}
        autoComplete="off"
      />
    </Section>
  )
}
