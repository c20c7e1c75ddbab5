/** @jsxImportSource hono/jsx */
import { Frame, Paragraphs } from '../kit.tsx'
import type { SectionRenderer } from './section-renderer.ts'

export const about: SectionRenderer<'about'> = {
  css: '',
  render(section, view) {
    const body = view.text(section.body)
    if (!body) return null
    return (
      <Frame section={section} view={view} class="abt">
        <Paragraphs text={body} />
      </Frame>
    )
  },
}
