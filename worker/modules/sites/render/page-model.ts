// What the renderer needs, already loaded: pure data, so rendering never touches D1, KV or R2.
import type {
  BranchAddress,
  BranchPayments,
  BrandColors,
  BrandFonts,
  GalleryImage,
  OpeningHours,
  PhoneNumber,
  ServiceItem,
  SocialLink,
} from '../../brands/index.ts'
import type { FormDefinition } from '../../leads/forms/form.model.ts'
import type { LanguageCode } from '../content/languages.ts'
import type { SiteContent } from '../content/site-content.ts'

export interface MediaInfo {
  id: string
  /** Public path, served on every host: /media/{tenantId}/{file}. */
  url: string
  /** The R2 key, for reading the bytes (vCard photos). */
  key: string
  kind: 'image' | 'video'
  contentType: string
  bytes: number
  width: number | null
  height: number | null
}

export interface PageBrand {
  id: string
  slug: string
  name: string
  colors: BrandColors
  fonts: BrandFonts
  logoMediaId: string | null
  coverMediaId: string | null
  website: string | null
}

export interface PageBranch {
  id: string
  slug: string
  name: string
  address: BranchAddress | null
  timezone: string
  phones: PhoneNumber[]
  whatsapp: string | null
  email: string | null
  hours: OpeningHours | null
  social: SocialLink[]
  services: ServiceItem[]
  gallery: GalleryImage[]
  payments: BranchPayments | null
}

export interface PageStaff {
  id: string
  slug: string
  name: string
  title: string | null
  bio: string | null
  photoMediaId: string | null
  phone: string | null
  whatsapp: string | null
  email: string | null
}

/** A tenant hostname serving this branch: at `/` (a branch hostname) or at `/{branch}` (a brand one). */
export interface CanonicalHost {
  hostname: string
  servesBranch: boolean
}

export interface PageData {
  tenantId: string
  siteId: string
  brand: PageBrand
  branch: PageBranch
  content: SiteContent
  staff: PageStaff[]
  media: ReadonlyMap<string, MediaInfo>
  /** The custom hostname that is the page's canonical address; null: our own host is. */
  canonicalHost: CanonicalHost | null
  /** When the live version was published (sitemaps, Last-Modified); null for a preview. */
  publishedAt: Date | null
  /** The live saved forms that the page's lead_form sections name, by id. */
  forms: ReadonlyMap<string, FormDefinition>
  /** Cloudflare Turnstile's site key for forms that ask for it; '' when the platform has none. */
  turnstileSiteKey: string
}

/**
 * Where a page is served: `hostKey` names the cache (`platform` or the hostname), `origin` is
 * the absolute origin of that host and `branchPath` the branch's path on it ('/{brand}/{branch}'
 * on ours, '/{branch}' on a brand hostname, '' on a branch hostname).
 */
export interface Placement {
  hostKey: string
  origin: string
  branchPath: string
  /** Our own origin (PUBLIC_ORIGIN): the canonical address when no tenant hostname is. */
  publicOrigin: string
}

export interface RenderOptions {
  language: LanguageCode
  /** A builder preview: noindex, forms shown but switched off, framable by the dashboard. */
  preview?: boolean
}

export interface RenderedPage {
  html: string
  csp: string
}
