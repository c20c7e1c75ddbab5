/** @jsxImportSource hono/jsx */
import { formatDuration, formatPrice } from '../format.ts'
import { Frame } from '../kit.tsx'
import type { SectionRenderer } from './section-renderer.ts'

/** The branch's services, with prices and durations when the owner shows them. */
export const services: SectionRenderer<'services'> = {
  css: '.sv h3{margin:0}.sv p{margin:.15rem 0 0}',
  render(section, view) {
    const items = view.data.branch.services
    if (items.length === 0) return null
    view.needs.chunk('rows')
    const intro = view.text(section.intro)
    return (
      <Frame section={section} view={view} class="sv">
        {intro ? <p>{intro}</p> : null}
        <ul class="rw">
          {items.map((item) => {
            const details = [
              item.description,
              item.durationMinutes ? formatDuration(item.durationMinutes, view.language) : undefined,
            ].filter(Boolean)
            return (
              <li>
                <div>
                  <h3>{item.name}</h3>
                  {details.length ? <p class="m">{details.join(' · ')}</p> : null}
                </div>
                {section.showPrices && item.price ? (
                  <span class="v">{formatPrice(item.price, item.currency, view.language)}</span>
                ) : null}
              </li>
            )
          })}
        </ul>
      </Frame>
    )
  },
}
