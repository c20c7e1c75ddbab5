import { z } from 'zod'
import type { Logger } from './lib/log.ts'

/** Secrets are not in wrangler.toml, so `wrangler types` cannot see them. */
export interface Secrets {
  /** Signs session tokens (HS256). At least 32 characters. */
  SESSION_SECRET: string
  /** The e-mail provider's API key. */
  EMAIL_API_KEY: string
  /** Cloudflare API token with Zone › SSL and Certificates › Edit on CLOUDFLARE_ZONE_ID (custom hostnames). */
  CLOUDFLARE_API_TOKEN: string
  /** Turnstile secret key; without it forms skip the captcha (and say so in the log). */
  TURNSTILE_SECRET_KEY?: string
  /** The Meta app's secret: verifies X-Hub-Signature-256 on Facebook Lead Ads and WhatsApp webhooks. */
  META_APP_SECRET?: string
  /** The verify token typed into the Meta app's webhook settings (the GET hub.challenge handshake). */
  META_VERIFY_TOKEN?: string
  /** System-user token of the platform's WhatsApp Business number, for lead alerts to branches. */
  WHATSAPP_ACCESS_TOKEN?: string
  /** The LinkedIn app's client secret: signs the webhook challenge and X-LI-Signature. */
  LINKEDIN_CLIENT_SECRET?: string
}

export type Bindings = Env & Secrets

const Config = z.object({
  APP_ENV: z.enum(['development', 'staging', 'production']),
  PLATFORM_HOSTS: z
    .string()
    .min(1)
    .transform((s) => s.split(',').map((h) => h.trim().toLowerCase())),
  PUBLIC_ORIGIN: z.url(),
  LEAD_FORM_RATE_LIMIT: z.coerce.number().int().positive(),
  LEAD_FORM_RATE_WINDOW_SECONDS: z.coerce.number().int().positive(),
  EMAIL_API_URL: z.url(),
  EMAIL_FROM: z.string().min(3),
  EMAIL_API_KEY: z.string().min(1, 'EMAIL_API_KEY is missing (wrangler secret put EMAIL_API_KEY)'),
  // Cloudflare for SaaS: the custom hostnames API, the zone holding tenants' hostnames, and the
  // CNAME target their DNS points at.
  CLOUDFLARE_API_URL: z.url(),
  CLOUDFLARE_ZONE_ID: z.string().min(1, 'CLOUDFLARE_ZONE_ID is missing (the SaaS zone id, a var)'),
  CUSTOM_HOSTNAME_TARGET: z
    .string()
    .regex(
      /^[a-z0-9.-]+\.[a-z]{2,}$/i,
      'CUSTOM_HOSTNAME_TARGET must be a hostname such as customers.vitrine.example',
    )
    .transform((s) => s.toLowerCase()),
  CLOUDFLARE_API_TOKEN: z
    .string()
    .min(
      1,
      'CLOUDFLARE_API_TOKEN is missing (wrangler secret put CLOUDFLARE_API_TOKEN; it needs SSL and Certificates: Edit on the SaaS zone)',
    ),
  // Spam defences: Turnstile's siteverify endpoint and the public site key rendered in forms.
  TURNSTILE_VERIFY_URL: z.url(),
  TURNSTILE_SITE_KEY: z.string().default(''),
  TURNSTILE_SECRET_KEY: z.string().default(''),
  // Meta (Facebook Lead Ads, WhatsApp Cloud API): the Graph API base including its version.
  META_GRAPH_URL: z.url(),
  META_APP_SECRET: z.string().default(''),
  META_VERIFY_TOKEN: z.string().default(''),
  // The platform's WhatsApp sender and the approved template used for new-lead alerts.
  WHATSAPP_PHONE_NUMBER_ID: z.string().default(''),
  WHATSAPP_ACCESS_TOKEN: z.string().default(''),
  WHATSAPP_LEAD_TEMPLATE: z.string().default('new_lead_alert'),
  // LinkedIn Lead Gen: the REST API base and the app's client secret.
  LINKEDIN_API_URL: z.url(),
  LINKEDIN_CLIENT_SECRET: z.string().default(''),
  // Outbound webhooks refuse private and loopback addresses; hosts listed here are let through
  // (`npm start` and the tests name their local receiver; production lists none).
  OUTBOUND_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
    ),
  // The same e-mail or phone within this many days is a new touch on the open lead, not a new lead.
  LEAD_DEDUPE_WINDOW_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  // Submissions per form per minute from everyone together: a flood on one form stops there.
  LEAD_FORM_RATE_LIMIT_PER_FORM: z.coerce.number().int().positive().default(120),
  SESSION_SECRET: z
    .string()
    .min(32, 'SESSION_SECRET must be at least 32 characters (wrangler secret put SESSION_SECRET)'),
})
export type Config = z.infer<typeof Config>

const parsed = new WeakMap<object, Config>()

/** Parses vars and secrets once per isolate and fails loudly, naming what is wrong. */
export function configOf(env: Bindings): Config {
  const cached = parsed.get(env)
  if (cached) return cached
  const result = Config.safeParse(env)
  if (!result.success) {
    const detail = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')
    throw new Error(`Invalid Worker configuration: ${detail}`)
  }
  parsed.set(env, result.data)
  return result.data
}

export type { Actor } from './modules/auth/permissions.ts'

/** Variables Hono carries through a request. */
export interface AppVariables {
  requestId: string
  log: Logger
  config: Config
  actor: import('./modules/auth/permissions.ts').Actor
  sessionExpiresAt: Date
  ctx: import('./context.ts').Ctx
  client: import('./context.ts').ClientInfo
  host: import('./modules/domains/index.ts').HostTarget
}

export type AppEnv = { Bindings: Bindings; Variables: AppVariables }
