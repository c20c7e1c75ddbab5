/** @jsxImportSource hono/jsx */
import { fill } from '../chrome-strings.ts'
import { formatDate } from '../format.ts'
import { Frame, Paragraphs } from '../kit.tsx'
import { LeadForm } from '../lead-form.tsx'
import type { PageView } from '../page-view.ts'
import type { SectionRenderer } from './section-renderer.ts'

export const averageRating = (reviews: readonly { rating: number }[]) =>
  reviews.length ? Math.round((reviews.reduce((sum, r) => sum + r.rating, 0) / reviews.length) * 10) / 10 : 0

function Stars(props: { rating: number; view: PageView }) {
  const full = Math.round(props.rating)
  const label = fill(props.view.t.ratingOf, { r: props.rating.toLocaleString(props.view.language) })
  return (
    <span class="st" role="img" aria-label={label}>
      {'★'.repeat(full)}
      {'☆'.repeat(5 - full)}
    </span>
  )
}

/** Stars with the average, what customers said, where to review publicly, and private feedback. */
export const reviews: SectionRenderer<'reviews'> = {
  css:
    '.st{color:#b45309;letter-spacing:.08em}.rv .ag{font-size:1.1rem;font-weight:700}.rv li{padding-block:.75rem;border-block-end:1px solid var(--ln)}' +
    '.rv li:last-child{border:0}.rv li p{margin:.3rem 0 0}.rv details{margin-block-start:1rem}.rv summary{cursor:pointer;font-weight:600;min-height:44px}',
  render(section, view) {
    const { t } = view
    const list = section.reviews
    if (list.length === 0 && !section.reviewUrl && !section.collectFeedback) return null
    const average = averageRating(list)
    return (
      <Frame section={section} view={view} class="rv">
        {list.length ? (
          <p class="ag">
            <Stars rating={average} view={view} /> {average.toLocaleString(view.language)} ·{' '}
            <span class="m">{fill(t.reviewCount, { n: list.length.toLocaleString(view.language) })}</span>
          </p>
        ) : null}
        <ul>
          {list.map((review) => {
            const text = view.text(review.text)
            return (
              <li>
                <Stars rating={review.rating} view={view} /> <strong>{review.author}</strong>
                {review.date ? <span class="m"> · {formatDate(review.date, view.language)}</span> : null}
                {text ? <Paragraphs text={text} /> : null}
              </li>
            )
          })}
        </ul>
        {section.reviewUrl ? (
          <p>
            <a class="b o" href={section.reviewUrl} rel="noopener">
              {t.writeReview}
            </a>
          </p>
        ) : null}
        {section.collectFeedback ? (
          <details>
            <summary>{t.privateFeedback}</summary>
            <LeadForm
              view={view}
              id={section.id}
              action={view.links.leads}
              kind="feedback"
              submitLabel={t.send}
              askEmail
              askPhone={false}
              askMessage
            />
          </details>
        ) : null}
      </Frame>
    )
  },
}
