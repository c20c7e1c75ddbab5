import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function GalleryForm(props: SectionFormProps<'gallery'>) {
  const set = patcher(props)
  return (
    <LocalizedField
      label="Introduction"
      multiline
      value={props.section.intro}
      maxLength={400}
      onChange={(intro) => set({ intro })}
    />
  )
}
