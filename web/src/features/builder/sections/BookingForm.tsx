import { Checkbox } from '../fields/Checkbox.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'
import { IntroField, SubmitLabelField } from './shared-fields.tsx'

export function BookingForm(props: SectionFormProps<'booking'>) {
  const { section } = props
  const set = patcher(props)
  return (
    <>
      <IntroField value={section.intro} onChange={(intro) => set({ intro })} />
      <SubmitLabelField value={section.submitLabel} onChange={(submitLabel) => set({ submitLabel })} />
      <Checkbox
        label="Let visitors choose one of the branch’s services"
        checked={section.askService}
        onChange={(askService) => set({ askService })}
      />
    </>
  )
}
