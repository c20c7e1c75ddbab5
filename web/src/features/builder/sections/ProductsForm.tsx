import { ItemList } from '../fields/ItemList.tsx'
import { newItemId } from '../new-section.ts'
import { patcher, type SectionFormProps } from './form-props.ts'
import { ProductItemFields } from './ProductItemFields.tsx'
import { IntroField } from './shared-fields.tsx'

export function ProductsForm(props: SectionFormProps<'products'>) {
  const { section } = props
  const set = patcher(props)
  return (
    <>
      <IntroField value={section.intro} onChange={(intro) => set({ intro })} />
      <ItemList
        noun="Product"
        items={section.items}
        max={60}
        onChange={(items) => set({ items })}
        create={() => ({ id: newItemId(), name: {}, description: {}, badge: {} })}
        renderItem={(item, update) => <ProductItemFields item={item} onChange={update} />}
      />
    </>
  )
}
