import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function AboutForm(props: SectionFormProps<'about'>) {
  const set = patcher(props)
  return (
    <LocalizedField
      label="Text"
      hint="Leave an empty line between paragraphs."
      multiline
      value={props.section.body}
      maxLength={4000}
      onChange={(body) => set({ body })}
    />
  )
}
