/** @jsxImportSource hono/jsx */
import { Frame } from '../kit.tsx'
import { addressLines, directionsHref, mapHref } from '../links.ts'
import type { SectionRenderer } from './section-renderer.ts'

/**
 * Where the branch is, with links into the visitor's maps app. No embedded map: an iframe or
 * tile images would cost more than the rest of the page together and need third-party origins.
 */
export const map: SectionRenderer<'map'> = {
  css: '.mp address{font-style:normal;margin-block-end:.75rem}',
  render(section, view) {
    const address = view.data.branch.address
    if (!address) return null
    const note = view.text(section.note)
    const lines = addressLines(address)
    return (
      <Frame section={section} view={view} class="mp">
        <address>{lines.map((line, i) => (i === 0 ? line : [<br />, line]))}</address>
        {note ? <p class="m">{note}</p> : null}
        <p class="bs">
          <a class="b" href={directionsHref(address)}>
            {view.t.directions}
          </a>
          <a class="b o" href={mapHref(address)}>
            {view.t.openMap}
          </a>
        </p>
      </Frame>
    )
  },
}
