/** @jsxImportSource hono/jsx */
// /{brand} on our host, or `/` of a brand hostname: the brand's live branches, one link each.
import type { BranchAddress } from '../../brands/index.ts'
import type { SiteContent } from '../content/site-content.ts'
import { serializeJsonLd } from '../seo/json-ld.ts'
import { chromeFor } from './chrome-strings.ts'
import { pagePolicy } from './csp.ts'
import { renderDocument } from './document.tsx'
import { Img } from './kit.tsx'
import { addressLine } from './links.ts'
import type { MediaInfo, PageBrand, RenderedPage } from './page-model.ts'
import { paletteOf } from './palette.ts'
import { buildStylesheet } from './styles.ts'

const THEME: SiteContent['theme'] = {
  surface: 'light',
  corners: 'rounded',
  header: 'solid',
  density: 'comfortable',
}
const LANDING_CSS =
  '.bl{text-align:center}.bl .lg{margin:0 auto .75rem;border-radius:50%;object-fit:cover;background:#fff}' +
  '.br a{font-weight:600;font-size:1.1rem}.br li{padding-block:.6rem;border-block-end:1px solid var(--ln)}.br li:last-child{border:0}.br p{margin:0}'

export interface BrandLanding {
  brand: PageBrand
  logo: MediaInfo | undefined
  branches: { slug: string; name: string; address: BranchAddress | null; href: string }[]
  canonical: string
}

export async function renderBrandLanding(landing: BrandLanding): Promise<RenderedPage> {
  const { brand, logo } = landing
  const t = chromeFor('en')
  const palette = paletteOf(brand.colors, THEME)
  const css = buildStylesheet({ palette, fonts: brand.fonts, theme: THEME, parts: [LANDING_CSS], chunks: [] })
  const body = (
    <>
      <section class="s hd bl">
        {logo?.kind === 'image' ? <Img media={logo} alt={brand.name} eager class="lg" size={88} /> : null}
        <h1>{brand.name}</h1>
      </section>
      <section class="s br" aria-labelledby="locations">
        <h2 id="locations">{t.locations}</h2>
        <ul>
          {landing.branches.map((branch) => (
            <li>
              <a href={branch.href}>{branch.name}</a>
              {branch.address ? <p class="m">{addressLine(branch.address)}</p> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
  const image = logo?.kind === 'image' ? new URL(logo.url, landing.canonical).href : null
  const html = await renderDocument({
    language: 'en',
    dir: 'ltr',
    meta: {
      title: brand.name,
      description: `${brand.name}: ${landing.branches.map((b) => b.name).join(', ')}`.slice(0, 160),
      canonical: landing.canonical,
      alternates: [],
      image,
      noindex: false,
      siteName: brand.name,
      locale: 'en',
      jsonLd: serializeJsonLd({
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: brand.name,
        url: landing.canonical,
        ...(image ? { logo: image } : {}),
        ...(brand.website ? { sameAs: [brand.website] } : {}),
      }),
    },
    css,
    scripts: [],
    themeColor: palette.primary,
    icon: logo?.kind === 'image' ? logo.url : null,
    languages: [],
    languageLabel: t.language,
    header: null,
    body: (await body.toString()) as string,
    footer: t.madeWith,
  })
  return { html, csp: await pagePolicy(css, []) }
}
