import type { SectionOf } from '../../../../../worker/modules/sites/content/sections.ts'
import { TextField } from '../../../app/components/TextField.tsx'
import { LocalizedField } from '../fields/LocalizedField.tsx'
import { optional } from '../fields/optional.ts'
import { SelectField } from '../fields/SelectField.tsx'

type Review = SectionOf<'reviews'>['reviews'][number]

const RATINGS = (['5', '4', '3', '2', '1'] as const).map((value) => ({
  value,
  label: `${value} star${value === '1' ? '' : 's'}`,
}))

/** One customer review: who, how many stars, what they said and when. */
export function ReviewFields({ review, onChange }: { review: Review; onChange: (review: Review) => void }) {
  const set = (patch: Partial<Review>) => onChange({ ...review, ...patch })
  return (
    <>
      <TextField
        label="Author"
        required
        maxLength={80}
        value={review.author}
        error={review.author.trim() ? undefined : 'Enter the name the review is signed with'}
        onChange={(e) => set({ author: e.target.value })}
      />
      <SelectField
        label="Rating"
        value={String(review.rating) as (typeof RATINGS)[number]['value']}
        options={RATINGS}
        onChange={(rating) => set({ rating: Number(rating) })}
      />
      <LocalizedField
        label="Review"
        multiline
        value={review.text}
        maxLength={1000}
        onChange={(text) => set({ text })}
      />
      <TextField
        label="Date (optional)"
        type="date"
        value={review.date ?? ''}
        onChange={(e) => set({ date: optional(e.target.value) })}
      />
    </>
  )
}
