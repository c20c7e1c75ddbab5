import type { JSX } from 'hono/jsx/jsx-runtime'
import type { SectionOf, SectionType } from '../../content/sections.ts'
import type { PageView } from '../page-view.ts'

/**
 * One section type's component and the CSS only it needs. `render` returns null when the
 * branch has nothing for it to show (no services, no address …), and then its CSS is left out.
 */
export interface SectionRenderer<T extends SectionType> {
  css: string
  render: (section: SectionOf<T>, view: PageView, index: number) => JSX.Element | null
}

/** Images in the first two sections are above the fold on a phone: load them at once. */
export const isAboveFold = (index: number) => index < 2
