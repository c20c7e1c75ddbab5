import { ItemList } from '../fields/ItemList.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { newItemId } from '../new-section.ts'
import { patcher, type SectionFormProps } from './form-props.ts'

export function FaqForm(props: SectionFormProps<'faq'>) {
  const set = patcher(props)
  return (
    <ItemList
      noun="Question"
      items={props.section.items}
      max={40}
      onChange={(items) => set({ items })}
      create={() => ({ id: newItemId(), question: {}, answer: {} })}
      renderItem={(item, update) => (
        <>
          <LocalizedField
            label="Question"
            value={item.question}
            maxLength={200}
            onChange={(question) => update({ ...item, question })}
          />
          <LocalizedField
            label="Answer"
            multiline
            value={item.answer}
            maxLength={2000}
            onChange={(answer) => update({ ...item, answer })}
          />
        </>
      )}
    />
  )
}
