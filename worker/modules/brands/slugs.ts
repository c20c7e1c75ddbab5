/**
 * Slugs are the path segments of /{brand}/{branch}/{person}. Brand slugs share the first
 * segment with our own routes, so some are reserved; branch and staff slugs share theirs with
 * a page's own sub-paths (/vcard, /leads) and the media and preview routes of custom hosts.
 */
import { z } from '@hono/zod-openapi'

export const MAX_SLUG_LENGTH = 60

export const RESERVED_SLUGS = {
  brand: [
    'app',
    'api',
    'media',
    'files',
    'preview',
    'sitemap.xml',
    'robots.txt',
    'assets',
    'static',
    'health',
    'admin',
    'login',
    'signup',
    'www',
    'favicon.ico',
    '.well-known',
    'qr',
    'q',
    'r',
    // The analytics beacon posts to /a/collect on every host.
    'a',
  ],
  branch: [
    'leads',
    'vcard',
    'media',
    'preview',
    'sitemap.xml',
    'robots.txt',
    'assets',
    'static',
    'qr',
    'q',
    'r',
    'a',
  ],
  staff: ['leads', 'vcard'],
} as const satisfies Record<string, readonly string[]>

export type SlugKind = keyof typeof RESERVED_SLUGS

const FALLBACK_PREFIX: Record<SlugKind, string> = { brand: 'brand', branch: 'branch', staff: 'person' }

/** A slug as a client may send it: lowercase letters, digits and single hyphens. */
export const Slug = z
  .string()
  .trim()
  .min(1)
  .max(MAX_SLUG_LENGTH)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and hyphens, such as main-street')
  .openapi({ example: 'main-street' })

export const isReserved = (kind: SlugKind, slug: string) =>
  (RESERVED_SLUGS[kind] as readonly string[]).includes(slug)

// Letters NFKD does not take apart into a base letter and a mark.
const FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ı: 'i',
}

/**
 * The slug a name suggests: diacritics stripped, lowercase ASCII letters and digits joined by
 * single hyphens, at most 60 characters. A name with no Latin letters (e.g. 北京店) gives
 * `{kind}-{last six of the id}`, which is stable and unique enough to start from.
 * @example slugify('Café Zürich – Altstadt', 'branch', id) // 'cafe-zurich-altstadt'
 */
export function slugify(name: string, kind: SlugKind, id: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøđðłþı]/g, (ch) => FOLDS[ch] ?? ch)
    .replace(/&/g, ' and ')
  const slug = trimToLength(folded.replace(/[^a-z0-9]+/g, '-'), MAX_SLUG_LENGTH)
  return slug || `${FALLBACK_PREFIX[kind]}-${id.slice(-6).toLowerCase()}`
}

const trimToLength = (slug: string, max: number) => slug.slice(0, max).replace(/^-+|-+$/g, '')

/**
 * `base`, or `base-2`, `base-3`… : the first candidate not in `taken` and not reserved, cut so
 * the suffix still fits in 60 characters.
 */
export function firstFreeSlug(base: string, kind: SlugKind, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`
    const candidate = `${trimToLength(base, MAX_SLUG_LENGTH - suffix.length)}${suffix}`
    if (!taken.has(candidate) && !isReserved(kind, candidate)) return candidate
  }
}
