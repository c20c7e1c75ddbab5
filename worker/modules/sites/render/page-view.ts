// The per-render view every component reads: language, strings, links on this host, media,
// and a collector of the CSS and scripts the rendered parts turned out to need.
import type { LanguageCode } from '../content/languages.ts'
import { type Localized, pick } from '../content/localized.ts'
import type { SectionType } from '../content/sections.ts'
import { type Chrome, chromeFor } from './chrome-strings.ts'
import { withLanguage } from './links.ts'
import type { MediaInfo, PageData, PageStaff, Placement } from './page-model.ts'
import type { Chunk } from './styles.ts'

export class Needs {
  readonly parts = new Set<string>()
  readonly chunks = new Set<Chunk>()
  readonly scripts = new Set<string>()
  /** Other origins the page loads scripts or frames from (Turnstile); the CSP names each. */
  readonly origins = { script: new Set<string>(), frame: new Set<string>() }
  readonly rules: string[] = []
  chunk(...names: Chunk[]) {
    for (const name of names) this.chunks.add(name)
  }
}

export interface PageLinks {
  /** This branch page on the serving host, in the current language. */
  page: string
  vcard: string
  leads: string
  card: (staff: Pick<PageStaff, 'slug'>) => string
  /** The canonical absolute address of the branch page (default language), and of a card. */
  canonicalPage: string
  canonicalCard: (staff: Pick<PageStaff, 'slug'>) => string
}

export interface PageView {
  data: PageData
  language: LanguageCode
  t: Chrome
  preview: boolean
  placement: Placement
  links: PageLinks
  /** The first section id of each type, for calls to action that jump to a form. */
  anchors: Partial<Record<SectionType, string>>
  /** The section that carries the page's <h1> (the first profile or hero); null: the page header does. */
  h1: string | null
  now: Date
  needs: Needs
  text: (value: Localized | undefined) => string
  media: (id: string | null | undefined) => MediaInfo | undefined
}

/** The branch's canonical root: a tenant hostname when one serves it, else our own origin. */
function canonicalRoot(data: PageData, placement: Placement): string {
  const host = data.canonicalHost
  if (!host) return `${placement.publicOrigin}/${data.brand.slug}/${data.branch.slug}`
  return host.servesBranch ? `https://${host.hostname}` : `https://${host.hostname}/${data.branch.slug}`
}

export function linksFor(data: PageData, placement: Placement, language: LanguageCode): PageLinks {
  const base = placement.branchPath
  const lang = (path: string) => withLanguage(path, language, data.content.defaultLanguage)
  const root = canonicalRoot(data, placement)
  const isOrigin = !new URL(root).pathname.replace(/^\/$/, '')
  return {
    page: lang(base || '/'),
    vcard: `${base}/vcard`,
    leads: `${base}/leads`,
    card: (staff) => lang(`${base}/${staff.slug}`),
    canonicalPage: isOrigin ? `${root}/` : root,
    canonicalCard: (staff) => `${root}/${staff.slug}`,
  }
}

export function createView(
  data: PageData,
  placement: Placement,
  options: { language: LanguageCode; preview?: boolean; now: Date },
): PageView {
  const { language } = options
  const fallback = data.content.defaultLanguage
  const anchors: PageView['anchors'] = {}
  for (const section of data.content.sections)
    if (section.enabled) anchors[section.type] ??= `s-${section.id}`
  return {
    data,
    language,
    t: chromeFor(language),
    preview: options.preview ?? false,
    placement,
    links: linksFor(data, placement, language),
    anchors,
    h1:
      data.content.sections.find((s) => s.enabled && (s.type === 'profile' || s.type === 'hero'))?.id ?? null,
    now: options.now,
    needs: new Needs(),
    text: (value) => pick(value, language, fallback),
    media: (id) => (id ? data.media.get(id) : undefined),
  }
}
