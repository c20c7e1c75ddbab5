import { TextField } from '../../../app/components/TextField.tsx'
import { Checkbox } from '../fields/Checkbox.tsx'
import { ItemList } from '../fields/ItemList.tsx'
import { optional } from '../fields/optional.ts'
import { newItemId } from '../new-section.ts'
import { invalidIf, WEB_ADDRESS } from '../validate.ts'
import { patcher, type SectionFormProps } from './form-props.ts'
import { ReviewFields } from './ReviewFields.tsx'

export function ReviewsForm(props: SectionFormProps<'reviews'>) {
  const { section } = props
  const set = patcher(props)
  return (
    <>
      <ItemList
        noun="Review"
        items={section.reviews}
        max={50}
        onChange={(reviews) => set({ reviews })}
        create={() => ({ id: newItemId(), author: '', rating: 5, text: {} })}
        renderItem={(review, update) => <ReviewFields review={review} onChange={update} />}
      />
      <TextField
        label="Where to leave a public review (optional)"
        type="url"
        hint="Your Google, Tripadvisor or similar page."
        value={section.reviewUrl ?? ''}
        error={invalidIf(section.reviewUrl, WEB_ADDRESS)}
        onChange={(e) => set({ reviewUrl: optional(e.target.value) })}
      />
      <Checkbox
        label="Ask visitors for private feedback"
        hint="It arrives on the Leads page."
        checked={section.collectFeedback}
        onChange={(collectFeedback) => set({ collectFeedback })}
      />
    </>
  )
}
