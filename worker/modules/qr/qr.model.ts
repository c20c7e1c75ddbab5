// The shapes stored in qr_codes' JSON columns, validated at the API edge. Types only for the web.
import { z } from '@hono/zod-openapi'
import { HexColor, WEEKDAYS } from '../brands/branch-details.ts'

const Id = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[0-9A-Z]{26}$`), `Not a ${prefix}_ id`)

/** A web address owners type: http(s) only; the service also refuses private and local hosts. */
export const TargetUrl = z
  .url({ protocol: /^https?$/, error: 'Use a full web address starting with https://' })
  .max(2000)

/**
 * Where a dynamic code sends people. Branch-relative targets are resolved to an absolute URL
 * whenever the code is saved (and the result written to KV), so a scan never queries D1.
 */
export const QrTarget = z
  .discriminatedUnion('type', [
    // The branch's microsite (its canonical address: the custom hostname when one is active).
    z.strictObject({ type: z.literal('microsite'), branchId: Id('bra') }),
    // One section of it, by the section's id in the site content (e.g. the menu).
    z.strictObject({ type: z.literal('section'), branchId: Id('bra'), sectionId: z.string().min(1).max(64) }),
    // The page's lead form, scrolled into view.
    z.strictObject({ type: z.literal('lead_form'), branchId: Id('bra') }),
    // The branch's (or one staff member's) contact card download.
    z.strictObject({ type: z.literal('vcard'), branchId: Id('bra'), staffMemberId: Id('stf').optional() }),
    // A WhatsApp chat: the branch's WhatsApp number unless another is given, with a typed-in message.
    z.strictObject({
      type: z.literal('whatsapp'),
      branchId: Id('bra').optional(),
      phone: z
        .string()
        .regex(/^\+?[0-9 ()\-.]{6,24}$/, 'That phone number does not look right')
        .optional(),
      message: z.string().trim().max(500).optional(),
    }),
    // A review page: the given one (e.g. Google's "write a review" link), else the page's reviews section.
    z.strictObject({ type: z.literal('review'), branchId: Id('bra').optional(), url: TargetUrl.optional() }),
    z.strictObject({ type: z.literal('url'), url: TargetUrl }),
  ])
  .openapi('QrTarget')
export type QrTarget = z.infer<typeof QrTarget>

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time like 16:00')

/**
 * Tried in order before the default; the first whose every given condition holds wins. Times
 * and days are in the branch's time zone (UTC without a branch). `from` may be after `until`
 * for a window across midnight.
 */
export const QrRule = z
  .strictObject({
    label: z.string().trim().max(80).optional(),
    devices: z
      .array(z.enum(['ios', 'android', 'desktop']))
      .min(1)
      .optional(),
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'Use two-letter country codes like IN'))
      .min(1)
      .max(50)
      .optional(),
    days: z.array(z.enum(WEEKDAYS)).min(1).optional(),
    from: Clock.optional(),
    until: Clock.optional(),
    target: QrTarget,
  })
  .refine((r) => r.devices || r.countries || r.days || r.from || r.until, {
    message: 'A rule needs at least one condition (device, country, day or time)',
  })
  .openapi('QrRule')
export type QrRule = z.infer<typeof QrRule>

/** Added to http(s) destinations, so visits from the code show up in any analytics tool. */
export const QrUtm = z
  .strictObject({
    source: z.string().trim().min(1).max(100).default('qr'),
    medium: z.string().trim().min(1).max(100).default('print'),
    campaign: z.string().trim().max(100).optional(),
    term: z.string().trim().max(100).optional(),
    content: z.string().trim().max(100).optional(),
  })
  .openapi('QrUtm')
export type QrUtm = z.infer<typeof QrUtm>

/** What a static code encodes directly, for places without a network or where no redirect is wanted. */
export const QrStaticPayload = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('wifi'),
      ssid: z.string().min(1).max(32),
      password: z.string().max(63).optional(),
      encryption: z.enum(['WPA', 'WEP', 'nopass']).default('WPA'),
      hidden: z.boolean().default(false),
    }),
    z.strictObject({
      type: z.literal('vcard'),
      name: z.string().trim().min(1).max(120),
      organisation: z.string().trim().max(120).optional(),
      title: z.string().trim().max(120).optional(),
      phone: z.string().trim().max(40).optional(),
      email: z.email().max(254).optional(),
      url: TargetUrl.optional(),
      address: z.string().trim().max(300).optional(),
    }),
    z.strictObject({ type: z.literal('text'), text: z.string().min(1).max(1000) }),
    z.strictObject({
      type: z.literal('sms'),
      phone: z.string().regex(/^\+?[0-9 ()\-.]{6,24}$/, 'That phone number does not look right'),
      message: z.string().max(300).optional(),
    }),
    z.strictObject({
      type: z.literal('email'),
      to: z.email().max(254),
      subject: z.string().max(200).optional(),
      body: z.string().max(1000).optional(),
    }),
    z.strictObject({
      type: z.literal('phone'),
      phone: z.string().regex(/^\+?[0-9 ()\-.]{6,24}$/, 'That phone number does not look right'),
    }),
  ])
  .openapi('QrStaticPayload')
export type QrStaticPayload = z.infer<typeof QrStaticPayload>

export const MODULE_STYLES = ['square', 'rounded', 'dots', 'classy'] as const
export const EYE_STYLES = ['square', 'rounded', 'circle'] as const
export const FRAME_STYLES = ['none', 'banner', 'box', 'rounded'] as const

/**
 * How a code looks. Contrast and logo size are checked by the designer rules (design-rules.ts):
 * dark on light, at least the safe ratio; a logo forces error correction H and is capped.
 */
const Frame = z.strictObject({
  style: z.enum(FRAME_STYLES),
  text: z.string().trim().max(40),
  color: HexColor,
  textColor: HexColor,
})

// One list of fields: the full design fills defaults, the overrides (create, batches) must not,
// or every field a client leaves out would replace the brand's choice with a default.
const DESIGN_FIELDS = {
  foreground: HexColor,
  background: HexColor,
  // The three finder "eyes"; the foreground colour when absent.
  eyeColor: HexColor.optional(),
  moduleStyle: z.enum(MODULE_STYLES),
  eyeStyle: z.enum(EYE_STYLES),
  // A media asset (image) placed in the centre on a background-coloured plate.
  logoMediaId: Id('med').nullable(),
  // Logo width as a share of the code's width (without quiet zone); capped by the rules.
  logoScale: z.number().min(0.1).max(0.3),
  errorCorrection: z.enum(['L', 'M', 'Q', 'H']),
  // In modules; the standard asks for 4.
  quietZone: z.number().int().min(2).max(10),
  frame: Frame,
}

/**
 * How a code looks. Contrast and logo size are checked by the designer rules (design-rules.ts):
 * dark on light, at least the safe ratio; a logo forces error correction H and is capped.
 */
export const QrDesign = z
  .strictObject({
    ...DESIGN_FIELDS,
    foreground: DESIGN_FIELDS.foreground.default('#111111'),
    background: DESIGN_FIELDS.background.default('#ffffff'),
    moduleStyle: DESIGN_FIELDS.moduleStyle.default('square'),
    eyeStyle: DESIGN_FIELDS.eyeStyle.default('square'),
    logoMediaId: DESIGN_FIELDS.logoMediaId.default(null),
    logoScale: DESIGN_FIELDS.logoScale.default(0.2),
    errorCorrection: DESIGN_FIELDS.errorCorrection.default('M'),
    quietZone: DESIGN_FIELDS.quietZone.default(4),
    frame: Frame.default({ style: 'none', text: '', color: '#111111', textColor: '#ffffff' }),
  })
  .openapi('QrDesign')
export type QrDesign = z.infer<typeof QrDesign>
export type QrDesignInput = z.input<typeof QrDesign>

/** Some fields of a design, laid over a base (the brand's defaults); absent fields stay the base's. */
export const QrDesignOverrides = z.strictObject(DESIGN_FIELDS).partial().openapi('QrDesignOverrides')
export type QrDesignOverrides = z.infer<typeof QrDesignOverrides>
