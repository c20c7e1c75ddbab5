import type { SectionOf } from '../../../../../worker/modules/sites/content/sections.ts'
import { TextField } from '../../../app/components/TextField.tsx'
import { MediaPicker } from '../../media/MediaPicker.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { optional } from '../fields/optional.ts'
import { CURRENCY, invalidIf, PRICE, WEB_ADDRESS } from '../validate.ts'

type Item = SectionOf<'products'>['items'][number]

/** The fields of one product in the catalogue. */
export function ProductItemFields({ item, onChange }: { item: Item; onChange: (item: Item) => void }) {
  const set = (patch: Partial<Item>) => onChange({ ...item, ...patch })
  return (
    <>
      <LocalizedField label="Name" value={item.name} maxLength={120} onChange={(name) => set({ name })} />
      <LocalizedField
        label="Description"
        multiline
        value={item.description}
        maxLength={500}
        onChange={(description) => set({ description })}
      />
      <div className="field-pair">
        <TextField
          label="Price"
          inputMode="decimal"
          hint="Digits, e.g. 12.50"
          value={item.price ?? ''}
          error={invalidIf(item.price, PRICE)}
          onChange={(e) => set({ price: optional(e.target.value) })}
        />
        <TextField
          label="Currency"
          hint="Three letters, e.g. EUR"
          maxLength={3}
          value={item.currency ?? ''}
          error={invalidIf(item.currency, CURRENCY)}
          onChange={(e) => set({ currency: optional(e.target.value.toUpperCase()) })}
        />
      </div>
      <MediaPicker
        label="Product image"
        value={item.mediaId ?? null}
        onChange={(ref) => set({ mediaId: ref?.id })}
      />
      <TextField
        label="Link (optional)"
        type="url"
        hint="Where to buy or read more"
        value={item.url ?? ''}
        error={invalidIf(item.url, WEB_ADDRESS)}
        onChange={(e) => set({ url: optional(e.target.value) })}
      />
      <LocalizedField
        label="Badge"
        hint="A short label such as “New” or “Bestseller”."
        value={item.badge}
        maxLength={30}
        onChange={(badge) => set({ badge })}
      />
    </>
  )
}
