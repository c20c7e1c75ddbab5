// A tenant whose branch uses every section type, with full branch details, staff, media in R2
// and reviews; `text` wraps every tenant-typed string, so one fixture also serves escaping tests.
import { env } from 'cloudflare:test'
import { eq } from 'drizzle-orm'
import { d1 } from '../../../worker/lib/d1.ts'
import { newId } from '../../../worker/lib/ids.ts'
import { branches, brands, staffMembers } from '../../../worker/modules/brands/brands.tables.ts'
import { mediaAssets } from '../../../worker/modules/media/media.tables.ts'
import type { LanguageCode } from '../../../worker/modules/sites/content/languages.ts'
import { SiteContent, type SiteContentInput } from '../../../worker/modules/sites/content/site-content.ts'
import { sites, siteVersions } from '../../../worker/modules/sites/sites.tables.ts'
import { createTestTenant } from '../../helpers/tenant.ts'

/** A valid 1×1 PNG. */
export const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

type Text = (value: string) => string
const plain: Text = (value) => value

export interface ShowcaseOptions {
  text?: Text
  template?: SiteContentInput['template']
  defaultLanguage?: LanguageCode
  languages?: LanguageCode[]
  /** Replaces the generated sections. */
  sections?: (ids: { heroMediaId: string }) => SiteContentInput['sections']
  theme?: SiteContentInput['theme']
  seo?: SiteContentInput['seo']
  staffPublished?: boolean
}

export function showcaseSections(text: Text, ids: { heroMediaId: string }): SiteContentInput['sections'] {
  const l = (en: string, es?: string) => ({ en: text(en), ...(es ? { es: text(es) } : {}) })
  return [
    { id: 'profile', type: 'profile', tagline: l('Fresh pasta every day', 'Pasta fresca cada día') },
    {
      id: 'hero',
      type: 'hero',
      headline: l('Handmade pasta downtown', 'Pasta artesanal en el centro'),
      subheadline: l('Since 1998'),
      background: { kind: 'image', mediaId: ids.heroMediaId, overlay: 0.4 },
      cta: { label: l('Book a table'), action: 'booking' },
      arcs: { enabled: true, color: '#ff0000', size: 'lg', position: 'both' },
    },
    { id: 'about', type: 'about', body: l('Family-run.\n\nSauces from the market.', 'Negocio familiar.') },
    { id: 'services', type: 'services', intro: l('Our menu') },
    { id: 'gallery', type: 'gallery', intro: l('Inside') },
    {
      id: 'products',
      type: 'products',
      items: [
        {
          id: 'p1',
          name: l('Olive oil'),
          description: l('Cold pressed'),
          price: '12.50',
          currency: 'USD',
          badge: l('New'),
          url: 'https://shop.example.com/oil',
        },
      ],
    },
    { id: 'contact', type: 'contact', whatsappMessage: l('Hello, a table for two?') },
    { id: 'hours', type: 'hours', note: l('Kitchen closes 30 minutes earlier') },
    { id: 'lead-form', type: 'lead_form', intro: l('Ask us anything'), submitLabel: l('Send it') },
    { id: 'payment', type: 'payment', note: l('Pay at the table') },
    {
      id: 'reviews',
      type: 'reviews',
      reviews: [
        { id: 'r1', author: text('Asha'), rating: 5, text: l('Best carbonara'), date: '2026-01-10' },
        { id: 'r2', author: text('Ben'), rating: 4, text: l('Lovely staff') },
      ],
      reviewUrl: 'https://reviews.example.com/trattoria',
    },
    {
      id: 'faq',
      type: 'faq',
      items: [{ id: 'q1', question: l('Do you take walk-ins?'), answer: l('Yes, until 22:00.') }],
    },
    { id: 'booking', type: 'booking', intro: l('Tell us when'), submitLabel: l('Request it') },
    { id: 'map', type: 'map', note: l('Entrance on Market Street') },
    { id: 'social', type: 'social', heading: l('Find us online') },
    { id: 'team', type: 'team', intro: l('The people in the kitchen') },
  ]
}

export async function createShowcaseTenant(options: ShowcaseOptions = {}) {
  const text = options.text ?? plain
  const t = await createTestTenant()
  const db = d1(env.DB)
  const media = {
    logo: newId('media'),
    hero: newId('media'),
    gallery: newId('media'),
    photo: newId('media'),
  }
  for (const [name, id] of Object.entries(media)) {
    const key = `tenants/${t.tenantId}/media/${id}.png`
    await env.MEDIA.put(key, TINY_PNG, { httpMetadata: { contentType: 'image/png' } })
    await db.insert(mediaAssets).values({
      id,
      tenantId: t.tenantId,
      kind: 'image',
      key,
      contentType: 'image/png',
      bytes: TINY_PNG.byteLength,
      width: name === 'hero' ? 1600 : 1,
      height: name === 'hero' ? 900 : 1,
    })
  }
  await db
    .update(brands)
    .set({
      name: text('Trattoria Uno'),
      colors: { primary: '#7c2d12', accent: '#b45309' },
      fonts: { heading: 'serif', body: 'humanist' },
      logoMediaId: media.logo,
      website: 'https://trattoria.example.com',
    })
    .where(eq(brands.id, t.brandId))
  await db
    .update(branches)
    .set({
      name: text('Main Street'),
      address: {
        line1: text('12 Market Street'),
        city: text('San Francisco'),
        region: 'CA',
        postalCode: '94103',
        country: 'US',
        latitude: 37.7936,
        longitude: -122.3965,
      },
      timezone: 'America/Los_Angeles',
      phones: [
        { label: text('Front desk'), number: '+1 415 555 0100' },
        { label: text('Kitchen'), number: '+1 415 555 0101' },
      ],
      whatsapp: '+1 415 555 0102',
      email: 'downtown@trattoria.example.com',
      hours: {
        weekly: {
          mon: [
            { open: '11:00', close: '15:00' },
            { open: '18:00', close: '23:00' },
          ],
          tue: [{ open: '11:00', close: '23:00' }],
          sat: [{ open: '18:00', close: '01:00' }],
        },
        holidays: [{ date: '2099-12-25', name: text('Christmas'), intervals: [] }],
        closures: [{ from: '2099-08-01', until: '2099-08-15', reason: text('Summer break') }],
      },
      social: [
        { network: 'instagram', url: 'https://instagram.com/trattoria' },
        { network: 'website', url: 'https://trattoria.example.com' },
      ],
      services: [
        {
          id: 's1',
          name: text('Tasting menu'),
          description: text('Seven courses'),
          price: '85',
          currency: 'USD',
          durationMinutes: 120,
        },
        { id: 's2', name: text('Cooking class'), price: '40.50', currency: 'USD', durationMinutes: 90 },
      ],
      gallery: [{ mediaId: media.gallery, alt: text('Our dining room') }],
      payments: {
        upiId: 'trattoria@okaxis',
        paymentLink: 'https://pay.example.com/trattoria',
        note: text('Tips welcome'),
      },
    })
    .where(eq(branches.id, t.branchId))
  const staffId = newId('staffMember')
  await db.insert(staffMembers).values({
    id: staffId,
    tenantId: t.tenantId,
    branchId: t.branchId,
    slug: 'maria-rossi',
    name: text('Maria Rossi'),
    title: text('Head chef'),
    bio: text('Twenty years at the stove.'),
    photoMediaId: media.photo,
    phone: '+1 415 555 0199',
    whatsapp: '+1 415 555 0198',
    email: 'maria@trattoria.example.com',
    published: options.staffPublished ?? true,
  })
  const content = SiteContent.parse({
    template: options.template ?? 'restaurant',
    theme: options.theme,
    defaultLanguage: options.defaultLanguage ?? 'en',
    languages: options.languages ?? [],
    seo: options.seo,
    sections: (options.sections ?? ((ids) => showcaseSections(text, ids)))({ heroMediaId: media.hero }),
  })
  const versionId = await publishContent(t, content)
  return { ...t, media, staffId, staffSlug: 'maria-rossi', content, versionId }
}

/** Publishes `content` as the site's next version, as the builder does, without purging. */
export async function publishContent(
  t: { tenantId: string; siteId: string },
  content: SiteContent,
  number = 2,
): Promise<string> {
  const db = d1(env.DB)
  const versionId = newId('siteVersion')
  await db.insert(siteVersions).values({
    id: versionId,
    tenantId: t.tenantId,
    siteId: t.siteId,
    number,
    content,
    publishedAt: new Date(),
  })
  await db.update(sites).set({ publishedVersionId: versionId }).where(eq(sites.id, t.siteId))
  return versionId
}

/** Adds an active tenant hostname for the brand, or for the branch when `branchId` is given. */
export async function addHostname(t: { tenantId: string; brandId: string }, branchId: string | null = null) {
  const hostname = `${crypto.randomUUID().slice(0, 8)}.shop.example`
  await env.DB.prepare(
    "insert into hostnames (id, tenant_id, hostname, brand_id, branch_id, status) values (?, ?, ?, ?, ?, 'active')",
  )
    .bind(newId('hostname'), t.tenantId, hostname, t.brandId, branchId)
    .run()
  return hostname
}

export async function gzipSize(text: string): Promise<number> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))
  return (await new Response(stream).arrayBuffer()).byteLength
}

/** Runs the `npm start` demo seed (idempotent: fixed ids, INSERT OR IGNORE) and returns its ids. */
export async function seedDemo() {
  const { DEMO, demoD1Sql } = await import('../../../scripts/lib/demo.ts')
  const statements = (await demoD1Sql()).split('\n').filter((line) => line.trim())
  await env.DB.batch(statements.map((statement) => env.DB.prepare(statement)))
  return DEMO
}
