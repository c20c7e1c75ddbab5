import { useState } from 'react'
import type { BranchSectionProps } from './branch-section.ts'
import { useBranchSave } from './branch-section.ts'
import { Field, orNull } from './Field.tsx'
import { Section } from './Section.tsx'

/** Phone numbers (any number of them, each labelled), WhatsApp and e-mail. */
export function ContactSection(props: BranchSectionProps) {
  const { branch } = props
  const { save, patch } = useBranchSave(props)
  const [phones, setPhones] = useState(branch.phones.map((p) => ({ label: p.label, number: p.number })))
  const [whatsapp, setWhatsapp] = useState(branch.whatsapp ?? '')
  const [email, setEmail] = useState(branch.email ?? '')

  const setPhone = (i: number, key: 'label' | 'number', value: string) =>
    setPhones((list) => list.map((p, j) => (j === i ? { ...p, [key]: value } : p)))

  function submit() {
    patch(
      {
        phones: phones
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
        {phones.length === 0 && <p className="muted">No phone numbers.</p>}
        {phones.map((phone, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; the index is their identity while editing
          <div key={i} className="repeat-row">
            <Field
              label={`Label of phone ${i + 1}`}
              path={`phones.${i}.label`}
              errors={e}
              value={phone.label}
              onChange={(ev) => setPhone(i, 'label', ev.target.value)}
              maxLength={40}
            />
            <Field
              label={`Phone ${i + 1}`}
              path={`phones.${i}.number`}
              errors={e}
              type="tel"
              value={phone.number}
              onChange={(ev) => setPhone(i, 'number', ev.target.value)}
              autoComplete="off"
            />
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setPhones((list) => list.filter((_, j) => j !== i))}
            >
              Remove phone {i + 1}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => setPhones((list) => [...list, { label: 'Phone', number: '' }])}
        >
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
