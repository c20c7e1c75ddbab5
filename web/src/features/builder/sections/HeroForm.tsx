import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'
import { HeroBackgroundFields } from './HeroBackgroundFields.tsx'
import { HeroCtaFields } from './HeroCtaFields.tsx'

export function HeroForm(props: SectionFormProps<'hero'>) {
  const { section } = props
  const set = patcher(props)
  return (
    <>
      <LocalizedField
        label="Headline"
        value={section.headline}
        maxLength={120}
        onChange={(headline) => set({ headline })}
      />
      <LocalizedField
        label="Subheadline"
        multiline
        value={section.subheadline}
        maxLength={240}
        onChange={(subheadline) => set({ subheadline })}
      />
      <HeroBackgroundFields value={section.background} onChange={(background) => set({ background })} />
      <HeroCtaFields value={section.cta} onChange={(cta) => set({ cta })} />
    </>
  )
}
