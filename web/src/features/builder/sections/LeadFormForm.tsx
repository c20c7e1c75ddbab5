import { FormPicker } from '../../forms/FormPicker.tsx'
import { Checkbox } from '../fields/Checkbox.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'
import { IntroField, SubmitLabelField } from './shared-fields.tsx'

export function LeadFormForm(props: SectionFormProps<'lead_form'>) {
  const { section } = props
  const set = patcher(props)
  return (
    <>
      <IntroField value={section.intro} onChange={(intro) => set({ intro })} />
      <SubmitLabelField value={section.submitLabel} onChange={(submitLabel) => set({ submitLabel })} />
      <FormPicker formId={section.formId} onChange={(formId) => set({ formId })} />
      {section.formId ? null : (
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
      )}
    </>
  )
}
