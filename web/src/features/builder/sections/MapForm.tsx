import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function MapForm(props: SectionFormProps<'map'>) {
  const set = patcher(props)
  return (
    <LocalizedField
      label="Directions note"
      hint="For example: “Entrance on the side street; parking behind the building.”"
      value={props.section.note}
      maxLength={300}
      onChange={(note) => set({ note })}
    />
  )
}
