/** @jsxImportSource hono/jsx */
import { formatPrice } from '../format.ts'
import { Frame, Img } from '../kit.tsx'
import { isAboveFold, type SectionRenderer } from './section-renderer.ts'

/** A small catalogue: picture, name, badge, description, price, and a link to buy or read more. */
export const products: SectionRenderer<'products'> = {
  css:
    '.pd{--gm:12rem}.pd li{border:1px solid var(--ln);border-radius:calc(var(--r)/1.5);overflow:hidden}.pd li>div{padding:.75rem}' +
    '.pd img{width:100%;aspect-ratio:4/3;object-fit:cover}.pd .v{font-weight:700;margin:0}' +
    '.pd .bd{display:inline-block;font-size:.75rem;font-weight:700;padding:0 .5rem;border-radius:999px;background:var(--ac);color:var(--oa);margin-block-end:.35rem}',
  render(section, view, index) {
    const items = section.items.filter((item) => view.text(item.name))
    if (items.length === 0) return null
    view.needs.chunk('grid')
    const intro = view.text(section.intro)
    return (
      <Frame section={section} view={view} class="ps">
        {intro ? <p>{intro}</p> : null}
        <ul class="gr pd">
          {items.map((item) => {
            const name = view.text(item.name)
            const image = view.media(item.mediaId)
            const badge = view.text(item.badge)
            const description = view.text(item.description)
            return (
              <li>
                {image?.kind === 'image' ? <Img media={image} alt={name} eager={isAboveFold(index)} /> : null}
                <div>
                  {badge ? <span class="bd">{badge}</span> : null}
                  <h3>{item.url ? <a href={item.url}>{name}</a> : name}</h3>
                  {description ? <p class="m">{description}</p> : null}
                  {item.price ? (
                    <p class="v">{formatPrice(item.price, item.currency, view.language)}</p>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ul>
      </Frame>
    )
  },
}
