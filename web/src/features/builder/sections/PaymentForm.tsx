import { LocalizedField } from '../fields/LocalizedField.tsx'
import { patcher, type SectionFormProps } from './form-props.ts'

export function PaymentForm(props: SectionFormProps<'payment'>) {
  const set = patcher(props)
  return (
    <LocalizedField
      label="Note"
      hint="For example: “Cards and UPI accepted; no cheques.”"
      value={props.section.note}
      maxLength={300}
      onChange={(note) => set({ note })}
    />
  )
}
