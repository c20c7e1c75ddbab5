/** @jsxImportSource hono/jsx */
import { Frame, Img } from '../kit.tsx'
import { isAboveFold, type SectionRenderer } from './section-renderer.ts'

export const gallery: SectionRenderer<'gallery'> = {
  css: '.gl{--gm:8rem}.gl img{width:100%;aspect-ratio:1;object-fit:cover;border-radius:calc(var(--r)/2)}',
  render(section, view, index) {
    const images = view.data.branch.gallery
      .map((item) => ({ item, media: view.media(item.mediaId) }))
      .filter((x) => x.media?.kind === 'image')
    if (images.length === 0) return null
    view.needs.chunk('grid')
    const intro = view.text(section.intro)
    return (
      <Frame section={section} view={view} class="gs">
        {intro ? <p>{intro}</p> : null}
        <ul class="gr gl">
          {images.map(({ item, media }) => (
            <li>
              <Img media={media!} alt={item.alt} eager={isAboveFold(index)} />
            </li>
          ))}
        </ul>
      </Frame>
    )
  },
}
