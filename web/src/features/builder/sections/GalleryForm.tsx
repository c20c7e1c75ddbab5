import { patcher, type SectionFormProps } from './form-props.ts'
import { IntroField } from './shared-fields.tsx'

export function GalleryForm(props: SectionFormProps<'gallery'>) {
  const set = patcher(props)
  return <IntroField value={props.section.intro} onChange={(intro) => set({ intro })} />
}
