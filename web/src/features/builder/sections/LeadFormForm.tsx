import { Checkbox } from '../fields/Checkbox.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function LeadFormForm(props: SectionFormProps<'lead_form'>) {
  const { section } = props
  const set = patcher(props)
  return (
    <>
      <LocalizedField
        label="Introduction"
        multiline
        value={section.intro}
        maxLength={400}
        onChange={(intro) => set({ intro })}
      />
      <LocalizedField
        label="Button label"
        hint="Leave empty for the standard label in the visitor’s language."
        value={section.submitLabel}
        maxLength={40}
        onChange={(submitLabel) => set({ submitLabel })}
      />
      <fieldset className="field-group">
        <legend>Ask for</legend>
        <p className="field-hint muted">The name is always asked; leads arrive on the Leads page.</p>
        <Checkbox
          label="Phone number"
          checked={section.askPhone}
          onChange={(askPhone) => set({ askPhone })}
        />
        <Checkbox
          label="E-mail address"
          checked={section.askEmail}
          onChange={(askEmail) => set({ askEmail })}
        />
        <Checkbox
          label="Message"
          checked={section.askMessage}
          onChange={(askMessage) => set({ askMessage })}
        />
      </fieldset>
    </>
  )
}
