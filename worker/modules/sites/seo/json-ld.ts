// JSON-LD for search engines: the branch as a LocalBusiness (of the template's kind), a staff
// member as a Person. Serialized so that tenant text can never close the <script> it sits in.
import { type OpeningHours, WEEKDAYS } from '../../brands/index.ts'
import type { TemplateId } from '../content/site-content.ts'
import { addressLine, mapHref } from '../render/links.ts'
import type { PageData, PageStaff } from '../render/page-model.ts'
import { averageRating } from '../render/sections/index.ts'

const BUSINESS_TYPES: Record<TemplateId, string> = {
  restaurant: 'Restaurant',
  clinic: 'MedicalClinic',
  salon: 'BeautySalon',
  retail: 'Store',
  'real-estate': 'RealEstateAgent',
  'professional-services': 'ProfessionalService',
}

const DAY_URLS = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
} as const

// schema.org has no 24:00; the day's last minute means the same.
const time = (hhmm: string) => (hhmm === '24:00' ? '23:59' : hhmm)

/** One specification per distinct interval, listing every weekday that has it. */
function weeklySpecs(hours: OpeningHours) {
  const byInterval = new Map<string, { opens: string; closes: string; days: string[] }>()
  for (const day of WEEKDAYS)
    for (const interval of hours.weekly[day] ?? []) {
      const key = `${interval.open}-${interval.close}`
      const spec = byInterval.get(key) ?? {
        opens: time(interval.open),
        closes: time(interval.close),
        days: [],
      }
      spec.days.push(DAY_URLS[day])
      byInterval.set(key, spec)
    }
  return [...byInterval.values()].map((spec) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: spec.days,
    opens: spec.opens,
    closes: spec.closes,
  }))
}

/** Holidays and closures from today on; a closed day is opens = closes = 00:00, as Google reads it. */
function specialSpecs(hours: OpeningHours, today: string) {
  const closed = (from: string, through: string) => ({
    '@type': 'OpeningHoursSpecification',
    validFrom: from,
    validThrough: through,
    opens: '00:00',
    closes: '00:00',
  })
  const holidays = (hours.holidays ?? [])
    .filter((h) => h.date >= today)
    .flatMap((h) =>
      h.intervals.length
        ? h.intervals.map((i) => ({
            '@type': 'OpeningHoursSpecification',
            validFrom: h.date,
            validThrough: h.date,
            opens: time(i.open),
            closes: time(i.close),
          }))
        : [closed(h.date, h.date)],
    )
  const closures = (hours.closures ?? []).filter((c) => c.until >= today).map((c) => closed(c.from, c.until))
  return [...holidays, ...closures]
}

const compact = <T extends Record<string, unknown>>(value: T) =>
  Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0),
    ),
  )

export function localBusinessJsonLd(
  data: PageData,
  page: { url: string; image: string | null; logo: string | null; description: string; today: string },
) {
  const { brand, branch, content } = data
  const address = branch.address
  const reviews = content.sections.flatMap((s) => (s.enabled && s.type === 'reviews' ? s.reviews : []))
  return compact({
    '@context': 'https://schema.org',
    '@type': BUSINESS_TYPES[content.template],
    '@id': `${page.url}#business`,
    name: branch.name === brand.name ? brand.name : `${brand.name} – ${branch.name}`,
    description: page.description || undefined,
    url: page.url,
    image: page.image ?? undefined,
    logo: page.logo ?? undefined,
    telephone: branch.phones[0]?.number,
    email: branch.email ?? undefined,
    address: address
      ? compact({
          '@type': 'PostalAddress',
          streetAddress: [address.line1, address.line2].filter(Boolean).join(', '),
          addressLocality: address.city,
          addressRegion: address.region,
          postalCode: address.postalCode,
          addressCountry: address.country,
        })
      : undefined,
    geo:
      address?.latitude !== undefined && address.longitude !== undefined
        ? { '@type': 'GeoCoordinates', latitude: address.latitude, longitude: address.longitude }
        : undefined,
    hasMap: address ? mapHref(address) : undefined,
    openingHoursSpecification: branch.hours ? weeklySpecs(branch.hours) : undefined,
    specialOpeningHoursSpecification: branch.hours ? specialSpecs(branch.hours, page.today) : undefined,
    aggregateRating: reviews.length
      ? {
          '@type': 'AggregateRating',
          ratingValue: averageRating(reviews),
          reviewCount: reviews.length,
          bestRating: 5,
          worstRating: 1,
        }
      : undefined,
    sameAs: branch.social.map((s) => s.url),
    parentOrganization: { '@type': 'Organization', name: brand.name, url: brand.website ?? undefined },
  })
}

export function personJsonLd(
  data: PageData,
  person: PageStaff,
  page: { url: string; image: string | null; businessUrl: string },
) {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'Person',
    name: person.name,
    jobTitle: person.title ?? undefined,
    description: person.bio ?? undefined,
    url: page.url,
    image: page.image ?? undefined,
    telephone: person.phone ?? undefined,
    email: person.email ?? undefined,
    worksFor: compact({
      '@type': 'LocalBusiness',
      '@id': `${page.businessUrl}#business`,
      name: `${data.brand.name} – ${data.branch.name}`,
      url: page.businessUrl,
      address: data.branch.address ? addressLine(data.branch.address) : undefined,
    }),
  })
}

/**
 * JSON for a <script type="application/ld+json">: `<`, `>` and `&` as \u escapes so that
 * `</script>` or `<!--` in a tenant's text stays inside the string, and the line separators
 * that old parsers choke on escaped too.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll('<', '\\u003c')
    .replaceAll('>', '\\u003e')
    .replaceAll('&', '\\u0026')
    .replaceAll('\u2028', '\\u2028')
    .replaceAll('\u2029', '\\u2029')
}
