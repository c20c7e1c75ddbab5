import { Checkbox } from '../fields/Checkbox.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function BookingForm(props: SectionFormProps<'booking'>) {
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
      <Checkbox
        label="Let visitors choose one of the branch’s services"
        checked={section.askService}
        onChange={(askService) => set({ askService })}
      />
    </>
  )
}
