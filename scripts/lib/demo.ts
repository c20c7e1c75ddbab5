// The demo tenant `npm start` seeds: fixed ids, so seeding twice changes nothing.
import { hashPassword } from '../../worker/modules/auth/auth.passwords.ts'
import { designFromBrand } from '../../worker/modules/qr/design/defaults.ts'
import { SiteContent } from '../../worker/modules/sites/content/site-content.ts'

const fixed = (prefix: string, n: number) => `${prefix}_${String(n).padStart(26, '0')}`

export const DEMO = {
  tenantId: fixed('ten', 1),
  userId: fixed('usr', 1),
  membershipId: fixed('mem', 1),
  brandId: fixed('brd', 1),
  branchId: fixed('bra', 1),
  siteId: fixed('site', 1),
  versionId: fixed('sv', 1),
  hostnameId: fixed('host', 1),
  staffId: fixed('stf', 1),
  staffSlug: 'marco-bianchi',
  // A table code in the brand's colours: `npm start` users can scan /q/DemoTab4 at once.
  qrCodeId: fixed('qrc', 1),
  qrCode: 'DemoTab4',
  email: 'owner@demo.vitrine.dev',
  password: 'vitrine-demo',
  brandSlug: 'demo',
  branchSlug: 'downtown',
  customHostname: 'demo.localhost',
  // Platform staff, in an organisation of their own so that suspending or impersonating the
  // demo organisation never locks them out.
  admin: {
    tenantId: fixed('ten', 2),
    userId: fixed('usr', 2),
    membershipId: fixed('mem', 2),
    email: 'admin@demo.vitrine.dev',
    password: 'vitrine-admin',
  },
}

const q = (value: string) => `'${value.replaceAll("'", "''")}'`

/** The next `MM-DD` on or after today, as YYYY-MM-DD, so the demo's holidays are always ahead. */
function next(monthDay: string): string {
  const today = new Date().toISOString().slice(0, 10)
  const year = Number(today.slice(0, 4))
  return `${year}-${monthDay}` >= today ? `${year}-${monthDay}` : `${year + 1}-${monthDay}`
}

const brandDetails = {
  colors: { primary: '#9a3412', accent: '#b45309' },
  fonts: { heading: 'old-style', body: 'humanist' },
  website: 'https://trattoria.demo.vitrine.dev',
}

export function demoBranchDetails() {
  const lunchAndDinner = [
    { open: '11:30', close: '15:00' },
    { open: '18:00', close: '22:30' },
  ]
  return {
    address: {
      line1: '12 Market Street',
      city: 'San Francisco',
      region: 'CA',
      postalCode: '94103',
      country: 'US',
      latitude: 37.7936,
      longitude: -122.3965,
    },
    timezone: 'America/Los_Angeles',
    phones: [{ label: 'Reservations', number: '+1 415 555 0100' }],
    whatsapp: '+1 415 555 0142',
    email: 'downtown@demo.vitrine.dev',
    hours: {
      weekly: {
        mon: lunchAndDinner,
        tue: lunchAndDinner,
        wed: lunchAndDinner,
        thu: lunchAndDinner,
        fri: [{ open: '11:30', close: '23:30' }],
        sat: [{ open: '11:30', close: '23:30' }],
        sun: [{ open: '12:00', close: '21:00' }],
      },
      holidays: [
        { date: next('12-25'), name: 'Christmas Day', intervals: [] },
        { date: next('12-31'), name: 'New Year’s Eve', intervals: [{ open: '18:00', close: '01:00' }] },
      ],
      closures: [],
    },
    social: [
      { network: 'instagram', url: 'https://www.instagram.com/demotrattoria' },
      { network: 'facebook', url: 'https://www.facebook.com/demotrattoria' },
      { network: 'tripadvisor', url: 'https://www.tripadvisor.com/demotrattoria' },
    ],
    services: [
      {
        id: 'tasting',
        name: 'Seven-course tasting menu',
        description: 'The chef’s choice, with wine pairing on request',
        price: '85',
        currency: 'USD',
        durationMinutes: 150,
      },
      {
        id: 'lunch',
        name: 'Weekday lunch',
        description: 'Two courses and a glass of wine',
        price: '24.50',
        currency: 'USD',
        durationMinutes: 60,
      },
      {
        id: 'class',
        name: 'Saturday pasta class',
        description: 'Hand-rolled tagliatelle, then lunch together',
        price: '65',
        currency: 'USD',
        durationMinutes: 180,
      },
      { id: 'private', name: 'Private dining room', description: 'Up to 14 guests', durationMinutes: 180 },
    ],
    gallery: [],
    payments: {
      upiId: 'demotrattoria@okaxis',
      paymentLink: 'https://pay.demo.vitrine.dev/trattoria',
      note: 'Gift cards and deposits for private dining',
    },
  }
}

/** The demo branch's published site: the restaurant template, in English and Spanish. */
export function demoSiteContent() {
  return SiteContent.parse({
    template: 'restaurant',
    theme: { surface: 'light', corners: 'rounded', header: 'gradient', density: 'comfortable' },
    defaultLanguage: 'en',
    languages: ['es'],
    seo: {
      title: {
        en: 'Demo Trattoria Downtown · Fresh pasta in San Francisco',
        es: 'Demo Trattoria Downtown · Pasta fresca en San Francisco',
      },
      description: {
        en: 'Hand-rolled pasta every morning, market sauces and small-producer wines on Market Street. Book a table or order a tasting menu.',
        es: 'Pasta hecha a mano cada mañana, salsas del mercado y vinos de pequeños productores en Market Street.',
      },
    },
    sections: [
      {
        id: 'profile',
        type: 'profile',
        tagline: { en: 'Fresh pasta, made downtown', es: 'Pasta fresca, hecha en el centro' },
      },
      {
        id: 'hero',
        type: 'hero',
        headline: { en: 'Hand-rolled every morning', es: 'Hecha a mano cada mañana' },
        subheadline: {
          en: 'Family-run since 1998 · Walk-ins welcome',
          es: 'Negocio familiar desde 1998 · Sin reserva también',
        },
        cta: { label: { en: 'Book a table', es: 'Reservar mesa' }, action: 'booking' },
        arcs: { enabled: true, color: null, size: 'lg', position: 'bottom' },
      },
      {
        id: 'contact',
        type: 'contact',
        whatsappMessage: { en: 'Hi! A table for tonight?', es: '¡Hola! ¿Una mesa para esta noche?' },
      },
      {
        id: 'about',
        type: 'about',
        body: {
          en: 'Family-run since 1998. Hand-rolled pasta every morning, sauces from the market, and a wine list of small producers.\n\nOur kitchen is open: come and watch the sfoglia being rolled.',
          es: 'Negocio familiar desde 1998. Pasta hecha a mano cada mañana, salsas del mercado y una carta de vinos de pequeños productores.\n\nNuestra cocina es abierta: ven a ver cómo se estira la sfoglia.',
        },
      },
      { id: 'services', type: 'services', heading: { en: 'Menu & experiences', es: 'Carta y experiencias' } },
      {
        id: 'hours',
        type: 'hours',
        note: {
          en: 'The kitchen takes last orders 30 minutes before closing.',
          es: 'La cocina acepta los últimos pedidos 30 minutos antes del cierre.',
        },
      },
      {
        id: 'booking',
        type: 'booking',
        heading: { en: 'Book a table', es: 'Reserva una mesa' },
        intro: {
          en: 'Tell us when you would like to come; we confirm by phone or email within the hour.',
          es: 'Dinos cuándo quieres venir; te confirmamos por teléfono o correo en menos de una hora.',
        },
        submitLabel: { en: 'Request a table', es: 'Pedir mesa' },
      },
      {
        id: 'reviews',
        type: 'reviews',
        reviews: [
          {
            id: 'r1',
            author: 'Asha R.',
            rating: 5,
            text: { en: 'The best cacio e pepe outside Rome.', es: 'El mejor cacio e pepe fuera de Roma.' },
            date: '2026-09-14',
          },
          {
            id: 'r2',
            author: 'Tom B.',
            rating: 5,
            text: { en: 'Warm staff, perfect tagliatelle.', es: 'Personal cercano, tagliatelle perfectos.' },
            date: '2026-10-02',
          },
          {
            id: 'r3',
            author: 'Lucía M.',
            rating: 4,
            text: {
              en: 'Lovely lunch menu; it gets busy on Fridays.',
              es: 'Menú de mediodía estupendo; los viernes se llena.',
            },
            date: '2026-10-21',
          },
        ],
        reviewUrl: 'https://www.tripadvisor.com/demotrattoria',
        collectFeedback: true,
      },
      {
        id: 'faq',
        type: 'faq',
        items: [
          {
            id: 'q1',
            question: { en: 'Do you take walk-ins?', es: '¿Se puede ir sin reserva?' },
            answer: {
              en: 'Yes: half of our tables are kept for walk-ins every evening.',
              es: 'Sí: cada noche guardamos la mitad de las mesas para quien llega sin reserva.',
            },
          },
          {
            id: 'q2',
            question: { en: 'Is there a vegan option?', es: '¿Hay opción vegana?' },
            answer: {
              en: 'Every day: ask for the pasta of the garden.',
              es: 'Todos los días: pide la pasta del huerto.',
            },
          },
          {
            id: 'q3',
            question: { en: 'Can I bring my own wine?', es: '¿Puedo traer mi vino?' },
            answer: {
              en: 'Yes, with a corkage of $20 a bottle.',
              es: 'Sí, con un descorche de 20 $ por botella.',
            },
          },
        ],
      },
      {
        id: 'team',
        type: 'team',
        intro: { en: 'The people behind the pasta.', es: 'Las personas detrás de la pasta.' },
      },
      { id: 'payment', type: 'payment' },
      {
        id: 'lead-form',
        type: 'lead_form',
        heading: { en: 'Ask us anything', es: 'Pregúntenos lo que quiera' },
        intro: {
          en: 'Parties, catering, allergies: we answer within the day.',
          es: 'Fiestas, catering, alergias: respondemos en el día.',
        },
      },
      {
        id: 'map',
        type: 'map',
        note: {
          en: 'Two minutes from Embarcadero station.',
          es: 'A dos minutos de la estación Embarcadero.',
        },
      },
      { id: 'social', type: 'social' },
    ],
  })
}

function demoQrDesign() {
  const design = designFromBrand(brandDetails.colors)
  return { ...design, frame: { ...design.frame, text: 'Scan for menu' } }
}

/** SQL for D1: the demo organisation, its owner, brand, branch, staff and a published microsite. */
export async function demoD1Sql(): Promise<string> {
  const content = demoSiteContent()
  const branch = demoBranchDetails()
  const json = (value: unknown) => q(JSON.stringify(value))
  const hash = await hashPassword(DEMO.password)
  const adminHash = await hashPassword(DEMO.admin.password)
  const admin = DEMO.admin
  return [
    `INSERT OR IGNORE INTO tenants (id, name, plan_id) VALUES (${q(DEMO.tenantId)}, 'Demo Trattoria', 'plan_starter');`,
    `INSERT OR IGNORE INTO users (id, email, name, password_hash, email_verified_at) VALUES (${q(DEMO.userId)}, ${q(DEMO.email)}, 'Dana Owner', ${q(hash)}, ${Date.now()});`,
    `INSERT OR IGNORE INTO memberships (id, tenant_id, user_id, role) VALUES (${q(DEMO.membershipId)}, ${q(DEMO.tenantId)}, ${q(DEMO.userId)}, 'owner');`,
    `INSERT OR IGNORE INTO brands (id, tenant_id, slug, name, primary_color, colors, fonts, website) VALUES (${q(DEMO.brandId)}, ${q(DEMO.tenantId)}, ${q(DEMO.brandSlug)}, 'Demo Trattoria', ${q(brandDetails.colors.primary)}, ${json(brandDetails.colors)}, ${json(brandDetails.fonts)}, ${q(brandDetails.website)});`,
    `INSERT OR IGNORE INTO branches (id, tenant_id, brand_id, slug, name, address, timezone, phones, whatsapp, email, hours, social, services, gallery, payments) VALUES (${q(DEMO.branchId)}, ${q(DEMO.tenantId)}, ${q(DEMO.brandId)}, ${q(DEMO.branchSlug)}, 'Downtown', ${json(branch.address)}, ${q(branch.timezone)}, ${json(branch.phones)}, ${q(branch.whatsapp)}, ${q(branch.email)}, ${json(branch.hours)}, ${json(branch.social)}, ${json(branch.services)}, ${json(branch.gallery)}, ${json(branch.payments)});`,
    `INSERT OR IGNORE INTO staff_members (id, tenant_id, branch_id, slug, name, title, bio, phone, whatsapp, email, position, published) VALUES (${q(DEMO.staffId)}, ${q(DEMO.tenantId)}, ${q(DEMO.branchId)}, ${q(DEMO.staffSlug)}, 'Marco Bianchi', 'Head chef', 'Marco trained in Bologna and has rolled pasta here every morning since 2009. Ask him about the private dining room.', '+1 415 555 0177', '+1 415 555 0178', 'marco@demo.vitrine.dev', 0, 1);`,
    `INSERT OR IGNORE INTO sites (id, tenant_id, branch_id) VALUES (${q(DEMO.siteId)}, ${q(DEMO.tenantId)}, ${q(DEMO.branchId)});`,
    `INSERT OR IGNORE INTO site_versions (id, tenant_id, site_id, number, content, published_at) VALUES (${q(DEMO.versionId)}, ${q(DEMO.tenantId)}, ${q(DEMO.siteId)}, 1, ${json(content)}, unixepoch('subsec') * 1000);`,
    `UPDATE sites SET published_version_id = ${q(DEMO.versionId)} WHERE id = ${q(DEMO.siteId)} AND published_version_id IS NULL;`,
    `INSERT OR IGNORE INTO hostnames (id, tenant_id, hostname, brand_id, status) VALUES (${q(DEMO.hostnameId)}, ${q(DEMO.tenantId)}, ${q(DEMO.customHostname)}, ${q(DEMO.brandId)}, 'active');`,
    // Only the row: the first scan writes the short link's KV record from it.
    `INSERT OR IGNORE INTO qr_codes (id, tenant_id, code, kind, brand_id, branch_id, label, placement, target, utm, design) VALUES (${q(DEMO.qrCodeId)}, ${q(DEMO.tenantId)}, ${q(DEMO.qrCode)}, 'dynamic', ${q(DEMO.brandId)}, ${q(DEMO.branchId)}, 'Table 4', 'table 4', ${json({ type: 'section', branchId: DEMO.branchId, sectionId: 'services' })}, ${json({ source: 'qr', medium: 'print' })}, ${json(demoQrDesign())});`,
    `INSERT OR IGNORE INTO tenants (id, name, plan_id) VALUES (${q(admin.tenantId)}, 'Vitrine Support', 'plan_starter');`,
    `INSERT OR IGNORE INTO users (id, email, name, password_hash, email_verified_at) VALUES (${q(admin.userId)}, ${q(admin.email)}, 'Ada Admin', ${q(adminHash)}, ${Date.now()});`,
    `INSERT OR IGNORE INTO memberships (id, tenant_id, user_id, role) VALUES (${q(admin.membershipId)}, ${q(admin.tenantId)}, ${q(admin.userId)}, 'owner');`,
    `UPDATE users SET platform_role = 'super_admin' WHERE id = ${q(admin.userId)};`,
  ].join('\n')
}
