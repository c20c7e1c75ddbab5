/** @jsxImportSource hono/jsx */
import { Frame, Paragraphs } from '../kit.tsx'
import type { SectionRenderer } from './section-renderer.ts'

/** Questions as <details>: they open and close without scripts. */
export const faq: SectionRenderer<'faq'> = {
  css:
    '.fq details{border-block-end:1px solid var(--ln)}.fq details:last-child{border:0}' +
    '.fq summary{cursor:pointer;font-weight:600;padding-block:.7rem;min-height:44px}.fq details>div{padding-block-end:.4rem}',
  render(section, view) {
    const items = section.items
      .map((item) => ({ question: view.text(item.question), answer: view.text(item.answer) }))
      .filter((item) => item.question && item.answer)
    if (items.length === 0) return null
    return (
      <Frame section={section} view={view} class="fq">
        {items.map((item) => (
          <details>
            <summary>{item.question}</summary>
            <div>
              <Paragraphs text={item.answer} />
            </div>
          </details>
        ))}
      </Frame>
    )
  },
}
