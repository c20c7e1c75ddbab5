/** @jsxImportSource hono/jsx */
import { Frame, Img } from '../kit.tsx'
import type { SectionRenderer } from './section-renderer.ts'

/** The branch's people, each linking to their own card. */
export const team: SectionRenderer<'team'> = {
  css:
    '.tm{--gm:8.5rem}.tm li{text-align:center}.tm img{margin:0 auto .5rem}.tm a{text-decoration:none;color:inherit;display:block}' +
    '.tm strong{display:block;color:var(--lk)}',
  render(section, view) {
    const staff = view.data.staff
    if (staff.length === 0) return null
    view.needs.chunk('grid', 'avatar')
    const intro = view.text(section.intro)
    return (
      <Frame section={section} view={view} class="ts">
        {intro ? <p>{intro}</p> : null}
        <ul class="gr tm">
          {staff.map((person) => {
            const photo = view.media(person.photoMediaId)
            return (
              <li>
                <a href={view.links.card(person)}>
                  {photo?.kind === 'image' ? <Img media={photo} alt="" class="av" size={96} /> : null}
                  <strong>{person.name}</strong>
                  {person.title ? <span class="m">{person.title}</span> : null}
                </a>
              </li>
            )
          })}
        </ul>
      </Frame>
    )
  },
}
