// <title>, description, canonical and alternates, Open Graph and JSON-LD for each kind of page.
import { LANGUAGES, type LanguageCode } from '../content/languages.ts'
import { localDate } from '../render/format.ts'
import { withLanguage } from '../render/links.ts'
import type { MediaInfo, PageStaff } from '../render/page-model.ts'
import type { PageView } from '../render/page-view.ts'
import { localBusinessJsonLd, personJsonLd, serializeJsonLd } from './json-ld.ts'

export interface HeadMeta {
  title: string
  description: string
  canonical: string
  /** hreflang alternates, with x-default; empty for a one-language site. */
  alternates: { hreflang: string; href: string }[]
  /** Absolute URL for og:image and twitter:image. */
  image: string | null
  noindex: boolean
  siteName: string
  locale: string
  /** Serialized JSON-LD, safe inside <script>. */
  jsonLd: string | null
}

/** At most `max` characters, cut at a word, for descriptions that come from longer copy. */
export function clip(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`
}

const absolute = (media: MediaInfo | undefined, base: string) =>
  media?.kind === 'image' ? new URL(media.url, base).href : null

/** Every language the site offers: the default first, then the others in the owner's order. */
export const offeredLanguages = (content: { defaultLanguage: LanguageCode; languages: LanguageCode[] }) => [
  ...new Set([content.defaultLanguage, ...content.languages]),
]

function alternatesOf(view: PageView, canonical: string) {
  const { content } = view.data
  const languages = offeredLanguages(content)
  if (languages.length < 2) return []
  return [
    ...languages.map((code) => ({
      hreflang: code,
      href: withLanguage(canonical, code, content.defaultLanguage),
    })),
    { hreflang: 'x-default', href: canonical },
  ]
}

function derivedDescription(view: PageView): string {
  const { brand, branch, content } = view.data
  for (const section of content.sections) {
    if (!section.enabled) continue
    const text =
      section.type === 'profile'
        ? view.text(section.tagline)
        : section.type === 'hero'
          ? view.text(section.subheadline)
          : section.type === 'about'
            ? view.text(section.body)
            : ''
    if (text) return clip(text)
  }
  const place = branch.address ? `, ${branch.address.city}` : ''
  return `${brand.name} ${branch.name}${place}`
}

/** The image that stands for the branch when shared: the brand's cover, a hero image, the logo. */
function shareImage(view: PageView, base: string) {
  const hero = view.data.content.sections.find((s) => s.enabled && s.type === 'hero')
  const heroMedia =
    hero?.type === 'hero'
      ? hero.background.kind === 'image'
        ? hero.background.mediaId
        : hero.background.posterMediaId
      : undefined
  return (
    absolute(view.media(view.data.brand.coverMediaId), base) ??
    absolute(view.media(heroMedia), base) ??
    absolute(view.media(view.data.brand.logoMediaId), base)
  )
}

const localeOf = (language: LanguageCode) => language.replace('-', '_')

export function branchPageMeta(view: PageView): HeadMeta {
  const { brand, branch, content } = view.data
  const base = view.links.canonicalPage
  const canonical = withLanguage(base, view.language, content.defaultLanguage)
  const description = view.text(content.seo.description) || derivedDescription(view)
  const image = shareImage(view, base)
  const jsonLd = localBusinessJsonLd(view.data, {
    url: base,
    image,
    logo: absolute(view.media(brand.logoMediaId), base),
    description,
    today: localDate(view.now, branch.timezone),
  })
  return {
    title:
      view.text(content.seo.title) ||
      (branch.name === brand.name ? brand.name : `${branch.name} · ${brand.name}`),
    description,
    canonical,
    alternates: alternatesOf(view, base),
    image,
    noindex: view.preview || content.seo.noindex,
    siteName: brand.name,
    locale: localeOf(view.language),
    jsonLd: serializeJsonLd(jsonLd),
  }
}

export function staffCardMeta(view: PageView, person: PageStaff): HeadMeta {
  const { brand, branch, content } = view.data
  const base = view.links.canonicalCard(person)
  const image =
    absolute(view.media(person.photoMediaId), base) ?? absolute(view.media(brand.logoMediaId), base)
  const role = [person.title, `${brand.name} ${branch.name}`].filter(Boolean).join(' · ')
  return {
    title: `${person.name} · ${brand.name}`,
    description: clip(person.bio || role),
    canonical: withLanguage(base, view.language, content.defaultLanguage),
    alternates: alternatesOf(view, base),
    image,
    noindex: view.preview || content.seo.noindex,
    siteName: brand.name,
    locale: localeOf(view.language),
    jsonLd: serializeJsonLd(
      personJsonLd(view.data, person, { url: base, image, businessUrl: view.links.canonicalPage }),
    ),
  }
}

export const languageName = (code: LanguageCode) => LANGUAGES[code].name
