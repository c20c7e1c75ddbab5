/**
 * Cloudflare for SaaS custom hostnames API (`/zones/{zone}/custom_hostnames`): every answer is
 * parsed with zod before use. Failures become ApiError: BAD_GATEWAY when Cloudflare answered with
 * an error, UNAVAILABLE when it could not be reached or asked us to slow down. The token goes only
 * into the Authorization header, never into a log line or an error message.
 */
import { z } from 'zod'
import type { Ctx } from '../../context.ts'
import { ApiError } from '../../lib/errors.ts'

const TIMEOUT_MS = 10_000

export const CustomHostname = z.object({
  id: z.string().min(1),
  hostname: z.string(),
  status: z.string(),
  ssl: z
    .object({
      status: z.string().optional(),
      validation_records: z
        .array(z.object({ txt_name: z.string().optional(), txt_value: z.string().optional() }))
        .nullish(),
      validation_errors: z.array(z.object({ message: z.string() })).nullish(),
    })
    .nullish(),
  ownership_verification: z.object({ type: z.string(), name: z.string(), value: z.string() }).nullish(),
  verification_errors: z.array(z.string()).nullish(),
})
export type CustomHostname = z.infer<typeof CustomHostname>

const Envelope = z.object({
  success: z.boolean(),
  errors: z.array(z.object({ code: z.number(), message: z.string() })).default([]),
  result: z.unknown(),
})
type Envelope = z.infer<typeof Envelope>

/** Cloudflare's code for "this zone already has that custom hostname". */
const DUPLICATE_HOSTNAME = 1406

interface Answer {
  status: number
  body: Envelope
}

async function send(ctx: Ctx, method: string, path: string, action: string, body?: unknown): Promise<Answer> {
  const { CLOUDFLARE_API_URL: base, CLOUDFLARE_ZONE_ID: zone, CLOUDFLARE_API_TOKEN: token } = ctx.config
  let res: Response
  try {
    res = await fetch(`${base}/zones/${encodeURIComponent(zone)}/custom_hostnames${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
  } catch (error) {
    ctx.log.warn('cloudflare unreachable', { action, error: String(error) })
    throw new ApiError('UNAVAILABLE', `Could not reach Cloudflare to ${action}; try again in a minute`)
  }
  const parsed = Envelope.safeParse(await res.json().catch(() => null))
  if (!parsed.success) {
    ctx.log.error('cloudflare answered without its envelope', { action, status: res.status })
    throw new ApiError(
      'BAD_GATEWAY',
      `Cloudflare gave an unreadable answer (HTTP ${res.status}) to ${action}`,
    )
  }
  return { status: res.status, body: parsed.data }
}

function failure(ctx: Ctx, action: string, answer: Answer): ApiError {
  const detail =
    answer.body.errors.map((e) => `${e.message} (code ${e.code})`).join('; ') || 'no reason given'
  ctx.log.error('cloudflare refused', { action, status: answer.status, errors: answer.body.errors })
  if (answer.status === 429)
    return new ApiError('UNAVAILABLE', `Cloudflare is rate limiting us; try again in a minute to ${action}`)
  return new ApiError('BAD_GATEWAY', `Cloudflare could not ${action}: ${detail}`)
}

function hostnameOf(ctx: Ctx, action: string, answer: Answer): CustomHostname {
  const parsed = CustomHostname.safeParse(answer.body.result)
  if (!parsed.success) {
    ctx.log.error('cloudflare result has an unexpected shape', { action, issues: parsed.error.issues })
    throw new ApiError('BAD_GATEWAY', `Cloudflare gave an unexpected answer to ${action}`)
  }
  return parsed.data
}

const succeeded = (answer: Answer) => answer.status < 300 && answer.body.success

/** Registers a hostname (TXT ownership and certificate validation, TLS 1.2+). */
export async function createCustomHostname(
  ctx: Ctx,
  hostname: string,
): Promise<{ created: CustomHostname } | { duplicate: true }> {
  const action = `register ${hostname}`
  const answer = await send(ctx, 'POST', '', action, {
    hostname,
    ssl: { method: 'txt', type: 'dv', settings: { min_tls_version: '1.2' } },
  })
  if (answer.body.errors.some((e) => e.code === DUPLICATE_HOSTNAME)) return { duplicate: true }
  if (!succeeded(answer)) throw failure(ctx, action, answer)
  return { created: hostnameOf(ctx, action, answer) }
}

/** The zone's custom hostname with this exact name, if any. */
export async function findCustomHostname(ctx: Ctx, hostname: string): Promise<CustomHostname | null> {
  const action = `look up ${hostname}`
  const answer = await send(ctx, 'GET', `?hostname=${encodeURIComponent(hostname)}`, action)
  if (!succeeded(answer)) throw failure(ctx, action, answer)
  const list = z.array(z.unknown()).safeParse(answer.body.result)
  const found = (list.success ? list.data : [])
    .map((item) => CustomHostname.safeParse(item))
    .find((item) => item.success && item.data.hostname === hostname)
  return found?.success ? found.data : null
}

/** Null when Cloudflare no longer has it. */
export async function getCustomHostname(
  ctx: Ctx,
  id: string,
  hostname: string,
): Promise<CustomHostname | null> {
  const action = `check ${hostname}`
  const answer = await send(ctx, 'GET', `/${encodeURIComponent(id)}`, action)
  if (answer.status === 404) return null
  if (!succeeded(answer)) throw failure(ctx, action, answer)
  return hostnameOf(ctx, action, answer)
}

/** Deletes a hostname; one that is already gone (404) counts as deleted. */
export async function deleteCustomHostname(ctx: Ctx, id: string, hostname: string): Promise<void> {
  const action = `remove ${hostname}`
  const answer = await send(ctx, 'DELETE', `/${encodeURIComponent(id)}`, action)
  if (answer.status === 404 || succeeded(answer)) return
  throw failure(ctx, action, answer)
}
