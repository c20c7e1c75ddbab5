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
