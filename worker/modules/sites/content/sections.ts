// The sections a site is made of. Branch facts (address, hours, phones, services, gallery,
// payments, social links, staff) live on the branch and are shown by the sections that name
// them; a section holds only its own copy and settings, so one branch edit updates every page.
import { z } from '@hono/zod-openapi'
// The brands schema file, not its index: the dashboard imports this file, and the index would
// drag the whole worker into its type check.
import { HexColor, HttpsUrl } from '../../brands/branch-details.ts'
import { localized } from './localized.ts'

export const SECTION_TYPES = [
  'profile',
  'hero',
  'about',
  'services',
  'gallery',
  'products',
  'contact',
  'hours',
  'lead_form',
  'payment',
  'reviews',
  'faq',
  'booking',
  'map',
  'social',
  'team',
] as const
export type SectionType = (typeof SECTION_TYPES)[number]

/** Decorative arcs drawn on a section's edge; colour null means the brand's primary colour. */
export const Arcs = z
  .strictObject({
    enabled: z.boolean().default(false),
    color: HexColor.nullable().default(null),
    size: z.enum(['sm', 'md', 'lg']).default('md'),
    position: z.enum(['top', 'bottom', 'both']).default('bottom'),
  })
  .openapi('SectionArcs')
export type Arcs = z.infer<typeof Arcs>

const MediaId = z.string().min(1).max(64)

const base = {
  id: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'Section ids are short lowercase words')
    .openapi({ example: 'about' }),
  enabled: z.boolean().default(true),
  arcs: Arcs.default({ enabled: false, color: null, size: 'md', position: 'bottom' }),
  // Heading shown above the section; empty uses the section's standard heading in the visitor's language.
  heading: localized(120),
}

const CONTACT_ACTIONS = ['call', 'whatsapp', 'email', 'directions', 'save_contact'] as const
const CTA_ACTIONS = ['call', 'whatsapp', 'lead_form', 'booking', 'directions', 'url'] as const

export const ProfileSection = z.strictObject({
  ...base,
  type: z.literal('profile'),
  tagline: localized(200),
  showLogo: z.boolean().default(true),
  showOpenNow: z.boolean().default(true),
})

export const HeroSection = z.strictObject({
  ...base,
  type: z.literal('hero'),
  headline: localized(120),
  subheadline: localized(240),
  background: z
    .strictObject({
      kind: z.enum(['color', 'image', 'video']).default('color'),
      mediaId: MediaId.optional(),
      // Shown before a video plays, and instead of it for visitors who prefer reduced motion.
      posterMediaId: MediaId.optional(),
      overlay: z.number().min(0).max(0.9).default(0.35),
    })
    .default({ kind: 'color', overlay: 0.35 }),
  cta: z
    .strictObject({ label: localized(40), action: z.enum(CTA_ACTIONS), url: HttpsUrl.optional() })
    .optional(),
})

export const AboutSection = z.strictObject({ ...base, type: z.literal('about'), body: localized(4000) })

export const ServicesSection = z.strictObject({
  ...base,
  type: z.literal('services'),
  intro: localized(400),
  showPrices: z.boolean().default(true),
})

export const GallerySection = z.strictObject({ ...base, type: z.literal('gallery'), intro: localized(400) })

export const ProductItem = z
  .strictObject({
    id: z.string().min(1).max(40),
    name: localized(120),
    description: localized(500),
    price: z
      .string()
      .regex(/^\d{1,9}(\.\d{1,2})?$/)
      .optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    mediaId: MediaId.optional(),
    url: HttpsUrl.optional(),
    badge: localized(30),
  })
  .openapi('ProductItem')

export const ProductsSection = z.strictObject({
  ...base,
  type: z.literal('products'),
  intro: localized(400),
  items: z.array(ProductItem).max(60).default([]),
})

export const ContactSection = z.strictObject({
  ...base,
  type: z.literal('contact'),
  actions: z
    .array(z.enum(CONTACT_ACTIONS))
    .max(5)
    .default([...CONTACT_ACTIONS]),
  // Prefilled in the WhatsApp chat the visitor opens.
  whatsappMessage: localized(300),
})

export const HoursSection = z.strictObject({ ...base, type: z.literal('hours'), note: localized(300) })

export const LeadFormSection = z.strictObject({
  ...base,
  type: z.literal('lead_form'),
  intro: localized(400),
  submitLabel: localized(40),
  askPhone: z.boolean().default(true),
  askEmail: z.boolean().default(true),
  askMessage: z.boolean().default(true),
  // A saved form of the site (its fields replace the ask* switches); absent or archived: the built-in form.
  formId: z.string().max(64).optional(),
})

export const PaymentSection = z.strictObject({ ...base, type: z.literal('payment'), note: localized(300) })

export const Review = z
  .strictObject({
    id: z.string().min(1).max(40),
    author: z.string().trim().min(1).max(80),
    rating: z.number().int().min(1).max(5),
    text: localized(1000),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .openapi('Review')

export const ReviewsSection = z.strictObject({
  ...base,
  type: z.literal('reviews'),
  reviews: z.array(Review).max(50).default([]),
  // Where visitors leave a public review (Google, Tripadvisor …).
  reviewUrl: HttpsUrl.optional(),
  // Private feedback goes to the CRM through the lead form.
  collectFeedback: z.boolean().default(true),
})

export const FaqSection = z.strictObject({
  ...base,
  type: z.literal('faq'),
  items: z
    .array(
      z.strictObject({ id: z.string().min(1).max(40), question: localized(200), answer: localized(2000) }),
    )
    .max(40)
    .default([]),
})

export const BookingSection = z.strictObject({
  ...base,
  type: z.literal('booking'),
  intro: localized(400),
  submitLabel: localized(40),
  // Let the visitor choose one of the branch's services.
  askService: z.boolean().default(true),
})

export const MapSection = z.strictObject({ ...base, type: z.literal('map'), note: localized(300) })

export const SocialSection = z.strictObject({ ...base, type: z.literal('social') })

export const TeamSection = z.strictObject({ ...base, type: z.literal('team'), intro: localized(400) })

export const Section = z
  .discriminatedUnion('type', [
    ProfileSection,
    HeroSection,
    AboutSection,
    ServicesSection,
    GallerySection,
    ProductsSection,
    ContactSection,
    HoursSection,
    LeadFormSection,
    PaymentSection,
    ReviewsSection,
    FaqSection,
    BookingSection,
    MapSection,
    SocialSection,
    TeamSection,
  ])
  .openapi('SiteSection')
export type Section = z.infer<typeof Section>
export type SectionOf<T extends SectionType> = Extract<Section, { type: T }>
