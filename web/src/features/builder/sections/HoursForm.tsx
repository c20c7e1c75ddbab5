import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function HoursForm(props: SectionFormProps<'hours'>) {
  const set = patcher(props)
  return (
    <LocalizedField
      label="Note under the hours"
      hint="For example: “Kitchen closes 30 minutes earlier.”"
      value={props.section.note}
      maxLength={300}
      onChange={(note) => set({ note })}
    />
  )
}
