// The structured parts of brands and branches (stored as JSON columns), validated at the API edge.
import { z } from '@hono/zod-openapi'

export const HexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #0f766e')
  .openapi({ example: '#0f766e' })

export const BrandColors = z
  .strictObject({
    primary: HexColor,
    // Buttons and highlights; defaults to primary.
    accent: HexColor.optional(),
    // Page background and text; the renderer checks contrast and falls back when too low.
    background: HexColor.optional(),
    text: HexColor.optional(),
  })
  .openapi('BrandColors')
export type BrandColors = z.infer<typeof BrandColors>

/**
 * Fonts are system stacks, never downloaded: a web font would cost the page its 14 KB first
 * round trip and a render-blocking request.
 */
export const FONT_STACKS = {
  system: 'system-ui,-apple-system,"Segoe UI",Roboto,sans-serif',
  humanist: 'Seravek,"Gill Sans Nova",Ubuntu,Calibri,"DejaVu Sans",source-sans-pro,sans-serif',
  geometric: 'Avenir,Montserrat,Corbel,"URW Gothic",source-sans-pro,sans-serif',
  classical: 'Optima,Candara,"Noto Sans",source-sans-pro,sans-serif',
  serif: 'Charter,"Bitstream Charter","Sitka Text",Cambria,serif',
  'old-style': '"Iowan Old Style","Palatino Linotype","URW Palladio L",P052,serif',
  rounded: 'ui-rounded,"Hiragino Maru Gothic ProN",Quicksand,Comfortaa,Manjari,"Arial Rounded MT",sans-serif',
  monospace: 'ui-monospace,"Cascadia Code","Source Code Pro",Menlo,Consolas,monospace',
} as const
export const FontName = z.enum(
  Object.keys(FONT_STACKS) as [keyof typeof FONT_STACKS, ...(keyof typeof FONT_STACKS)[]],
)

export const BrandFonts = z
  .strictObject({ heading: FontName.default('system'), body: FontName.default('system') })
  .openapi('BrandFonts')
export type BrandFonts = z.infer<typeof BrandFonts>

export const BranchAddress = z
  .strictObject({
    line1: z.string().trim().min(1).max(200).openapi({ example: '12 Market Street' }),
    line2: z.string().trim().max(200).optional(),
    city: z.string().trim().min(1).max(100).openapi({ example: 'San Francisco' }),
    region: z.string().trim().max(100).optional().openapi({ example: 'CA' }),
    postalCode: z.string().trim().max(20).optional().openapi({ example: '94103' }),
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as US or IN')
      .openapi({ example: 'US' }),
    latitude: z.number().min(-90).max(90).optional().openapi({ example: 37.7936 }),
    longitude: z.number().min(-180).max(180).optional().openapi({ example: -122.3965 }),
  })
  .openapi('BranchAddress')
export type BranchAddress = z.infer<typeof BranchAddress>

/** E.164-ish: what a tel: link and WhatsApp accept once spaces and punctuation are dropped. */
export const PhoneString = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()\-.]{6,24}$/, 'That phone number does not look right; include the country code')
  .openapi({ example: '+1 415 555 0100' })

export const PhoneNumber = z
  .strictObject({ label: z.string().trim().max(40).default('Phone'), number: PhoneString })
  .openapi('PhoneNumber')
export type PhoneNumber = z.infer<typeof PhoneNumber>

const Time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/, 'Use 24-hour HH:MM')
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD')

/** One opening interval in local time; closing after midnight is written as a close before open. */
export const Interval = z.strictObject({ open: Time, close: Time }).openapi('OpeningInterval')
export type Interval = z.infer<typeof Interval>

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const OpeningHours = z
  .strictObject({
    // A day missing or with no intervals is closed.
    weekly: z.partialRecord(z.enum(WEEKDAYS), z.array(Interval).max(4)).default({}),
    // Public holidays and special days: closed, or open with their own hours.
    holidays: z
      .array(
        z.strictObject({
          date: IsoDate,
          name: z.string().trim().max(80).optional(),
          intervals: z.array(Interval).max(4).default([]),
        }),
      )
      .max(60)
      .default([]),
    // Temporary closures (renovation, holidays of the owner): every day from..until is closed.
    closures: z
      .array(
        z.strictObject({
          from: IsoDate,
          until: IsoDate,
          reason: z.string().trim().max(160).optional(),
        }),
      )
      .max(20)
      .default([]),
  })
  .openapi('OpeningHours')
export type OpeningHours = z.infer<typeof OpeningHours>

export const SOCIAL_NETWORKS = [
  'instagram',
  'facebook',
  'x',
  'tiktok',
  'youtube',
  'linkedin',
  'pinterest',
  'google',
  'tripadvisor',
  'yelp',
  'website',
] as const

const HttpsUrl = z
  .url({ protocol: /^https?$/, error: 'Use a full web address starting with https://' })
  .max(500)

export const SocialLink = z
  .strictObject({ network: z.enum(SOCIAL_NETWORKS), url: HttpsUrl })
  .openapi('SocialLink')
export type SocialLink = z.infer<typeof SocialLink>

export const ServiceItem = z
  .strictObject({
    id: z.string().min(1).max(40),
    name: z.string().trim().min(1).max(120).openapi({ example: 'Haircut & style' }),
    description: z.string().trim().max(500).optional(),
    // Decimal string so that 9.90 stays 9.90; currency is ISO 4217.
    price: z
      .string()
      .regex(/^\d{1,9}(\.\d{1,2})?$/, 'Use a price like 12 or 12.50')
      .optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional()
      .openapi({ example: 'USD' }),
    durationMinutes: z.number().int().min(1).max(1440).optional(),
  })
  .openapi('ServiceItem')
export type ServiceItem = z.infer<typeof ServiceItem>

export const GalleryImage = z
  .strictObject({ mediaId: z.string().min(1).max(64), alt: z.string().trim().max(200).default('') })
  .openapi('GalleryImage')
export type GalleryImage = z.infer<typeof GalleryImage>

export const BranchPayments = z
  .strictObject({
    // Indian UPI virtual payment address, e.g. name@bank.
    upiId: z
      .string()
      .trim()
      .regex(/^[a-zA-Z0-9.\-_]{2,256}@[a-zA-Z]{2,64}$/, 'That UPI ID does not look right (name@bank)')
      .optional(),
    paymentLink: HttpsUrl.optional(),
    note: z.string().trim().max(200).optional(),
  })
  .openapi('BranchPayments')
export type BranchPayments = z.infer<typeof BranchPayments>

export { HttpsUrl }
