/** @jsxImportSource hono/jsx */
import type { JSX } from 'hono/jsx/jsx-runtime'
import { branchPageMeta } from '../seo/page-meta.ts'
import { finishPage } from './finish-page.ts'
import type { PageData, Placement, RenderedPage, RenderOptions } from './page-model.ts'
import { createView, type PageView } from './page-view.ts'
import { SECTION_RENDERERS } from './sections/index.ts'
import type { SectionRenderer } from './sections/section-renderer.ts'

/** The enabled sections in the owner's order; each that has something to show adds its CSS. */
async function renderSections(view: PageView): Promise<string> {
  const elements: JSX.Element[] = []
  for (const section of view.data.content.sections) {
    if (!section.enabled) continue
    const renderer = SECTION_RENDERERS[section.type] as SectionRenderer<typeof section.type>
    const element = renderer.render(section as never, view, elements.length)
    if (element === null) continue
    if (renderer.css) view.needs.parts.add(renderer.css)
    elements.push(element)
  }
  return (await Promise.all(elements.map((element) => element.toString()))).join('')
}

/** A branch's page, live or a draft preview: server-rendered HTML and its CSP. */
export async function renderBranchPage(
  data: PageData,
  placement: Placement,
  options: RenderOptions & { now: Date },
): Promise<RenderedPage> {
  const view = createView(data, placement, options)
  const body = await renderSections(view)
  const { brand, branch } = data
  return finishPage(view, {
    meta: branchPageMeta(view),
    body,
    header: view.h1 ? null : branch.name === brand.name ? brand.name : `${brand.name} · ${branch.name}`,
    pathOnHost: placement.branchPath || '/',
  })
}
