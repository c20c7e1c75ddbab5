import { Checkbox } from '../fields/Checkbox.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function ProfileForm(props: SectionFormProps<'profile'>) {
  const { section } = props
  const set = patcher(props)
  return (
    <>
      <LocalizedField
        label="Tagline"
        value={section.tagline}
        maxLength={200}
        onChange={(tagline) => set({ tagline })}
      />
      <Checkbox
        label="Show the brand’s logo"
        checked={section.showLogo}
        onChange={(showLogo) => set({ showLogo })}
      />
      <Checkbox
        label="Show whether the branch is open now"
        checked={section.showOpenNow}
        onChange={(showOpenNow) => set({ showOpenNow })}
      />
    </>
  )
}
