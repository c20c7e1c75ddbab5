import type { Localized } from '../../../../../worker/modules/sites/content/localized.ts'
import { LocalizedField } from '../fields/LocalizedField.tsx'

interface LocalizedValueProps {
  value: Localized
  onChange: (value: Localized) => void
}

/** The short text over a section's content, shared by the sections that carry an `intro`. */
export function IntroField({ value, onChange }: LocalizedValueProps) {
  return <LocalizedField label="Introduction" multiline value={value} maxLength={400} onChange={onChange} />
}

/** The label of a form section's send button, where empty means the standard one. */
export function SubmitLabelField({ value, onChange }: LocalizedValueProps) {
  return (
    <LocalizedField
      label="Button label"
      hint="Leave empty for the standard label in the visitor’s language."
      value={value}
      maxLength={40}
      onChange={onChange}
    />
  )
}
