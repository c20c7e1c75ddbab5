import { Checkbox } from '../fields/Checkbox.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'
import { IntroField } from './shared-fields.tsx'

export function ServicesForm(props: SectionFormProps<'services'>) {
  const { section } = props
  const set = patcher(props)
  return (
    <>
      <IntroField value={section.intro} onChange={(intro) => set({ intro })} />
      <Checkbox
        label="Show prices"
        checked={section.showPrices}
        onChange={(showPrices) => set({ showPrices })}
      />
    </>
  )
}
