import type { SectionOf } from '../../../../../worker/modules/sites/content/sections.ts'
import { Checkbox } from '../fields/Checkbox.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

type Action = SectionOf<'contact'>['actions'][number]

const ACTIONS: readonly { value: Action; label: string }[] = [
  { value: 'call', label: 'Call' },
  { value: 'whatsapp', label: 'WhatsApp chat' },
  { value: 'email', label: 'E-mail' },
  { value: 'directions', label: 'Directions' },
  { value: 'save_contact', label: 'Save contact (vCard)' },
]

export function ContactForm(props: SectionFormProps<'contact'>) {
  const { section } = props
  const set = patcher(props)

  function toggle(action: Action, on: boolean) {
    // Kept in the standard order, so the buttons do not shuffle as they are ticked.
    const chosen = new Set(section.actions)
    if (on) chosen.add(action)
    else chosen.delete(action)
    set({ actions: ACTIONS.map((a) => a.value).filter((a) => chosen.has(a)) })
  }

  return (
    <>
      <fieldset className="field-group">
        <legend>Buttons</legend>
        <p className="field-hint muted">
          A button shows only when the branch has what it needs, e.g. a phone number.
        </p>
        {ACTIONS.map((a) => (
          <Checkbox
            key={a.value}
            label={a.label}
            checked={section.actions.includes(a.value)}
            onChange={(on) => toggle(a.value, on)}
          />
        ))}
      </fieldset>
      {section.actions.includes('whatsapp') && (
        <LocalizedField
          label="WhatsApp message"
          hint="Prefilled in the chat the visitor opens."
          multiline
          value={section.whatsappMessage}
          maxLength={300}
          onChange={(whatsappMessage) => set({ whatsappMessage })}
        />
      )}
    </>
  )
}
