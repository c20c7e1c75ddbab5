import { Checkbox } from '../fields/Checkbox.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function ServicesForm(props: SectionFormProps<'services'>) {
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
      <Checkbox
        label="Show prices"
        checked={section.showPrices}
        onChange={(showPrices) => set({ showPrices })}
      />
    </>
  )
}
