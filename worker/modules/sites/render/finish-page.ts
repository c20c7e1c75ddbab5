// Turns a rendered body into the whole page: stylesheet of what it used, language switcher,
// head, and the CSP that allows exactly its inline parts.
import { BEACON_SCRIPT } from '../../analytics/index.ts'
import { directionOf, LANGUAGES } from '../content/languages.ts'
import { type HeadMeta, offeredLanguages } from '../seo/page-meta.ts'
import { pagePolicy } from './csp.ts'
import { renderDocument } from './document.tsx'
import { withLanguage } from './links.ts'
import type { RenderedPage } from './page-model.ts'
import type { PageView } from './page-view.ts'
import { paletteOf } from './palette.ts'
import { buildStylesheet } from './styles.ts'

export async function finishPage(
  view: PageView,
  page: { meta: HeadMeta; body: string; header: string | null; pathOnHost: string },
): Promise<RenderedPage> {
  const { data, needs, language } = view
  const { content, brand } = data
  const palette = paletteOf(brand.colors, content.theme)
  const css = buildStylesheet({
    palette,
    fonts: brand.fonts,
    theme: content.theme,
    parts: needs.parts,
    chunks: needs.chunks,
    extra: needs.rules,
  })
  // A live page reports its visitors' actions; a preview is the owner's, and counts nothing.
  const scripts = view.preview ? [...needs.scripts] : [...needs.scripts, BEACON_SCRIPT]
  const logo = view.media(brand.logoMediaId)
  const html = await renderDocument({
    language,
    dir: directionOf(language),
    meta: page.meta,
    css,
    scripts,
    themeColor: palette.primary,
    icon: logo?.kind === 'image' ? logo.url : null,
    languages: offeredLanguages(content).map((code) => ({
      code,
      name: LANGUAGES[code].name,
      href: withLanguage(page.pathOnHost, code, content.defaultLanguage),
      current: code === language,
    })),
    languageLabel: view.t.language,
    header: page.header,
    body: page.body,
    footer: view.t.madeWith,
    analytics: view.preview ? undefined : { tenantId: data.tenantId, siteId: data.siteId },
  })
  const csp = await pagePolicy(css, scripts, {
    framable: view.preview,
    scriptOrigins: needs.origins.script,
    frameOrigins: needs.origins.frame,
  })
  return { html, csp }
}
