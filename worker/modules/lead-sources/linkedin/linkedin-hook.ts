// /hooks/linkedin: the one webhook URL of the platform's LinkedIn app. GET answers LinkedIn's
// ownership challenge; POST takes Lead Sync notifications (ids only), signed with the client
// secret, and queues a `lead.fetch` for the organization's source.
import { Hono } from 'hono'
import { z } from 'zod'
import type { Ctx } from '../../../context.ts'
import type { AppEnv } from '../../../env.ts'
import { ApiError, issuesOf } from '../../../lib/errors.ts'
import { hmacSha256Hex, sameHexDigest } from '../../../lib/hmac.ts'
import { recordDelivery } from '../deliveries.ts'
import { queueFetch, refuseForAccounts } from '../hooks/accept.ts'
import { findSourceByAccount } from '../sources.repo.ts'
import { leadGenFormUrn, responseIdOf } from './linkedin-api.ts'

// LinkedIn sends a UUID; anything else is echoed only when short and printable.
const CHALLENGE = /^[\x21-\x7e]{1,256}$/

const LeadNotification = z.object({
  type: z.string(),
  leadGenFormResponse: z.string().min(1).max(300).optional(),
  leadGenForm: z.string().max(300).optional(),
  owner: z
    .object({ organization: z.string().optional(), sponsoredAccount: z.string().optional() })
    .optional(),
  leadAction: z.string().optional(),
  occurredAt: z.number().optional(),
})
type LeadNotification = z.infer<typeof LeadNotification>

function clientSecret(ctx: Ctx): string {
  const secret = ctx.config.LINKEDIN_CLIENT_SECRET
  if (!secret) throw new ApiError('UNAVAILABLE', 'LinkedIn webhooks are not configured on this server')
  return secret
}

export const linkedinHook = new Hono<AppEnv>()
  .get('/linkedin', async (c) => {
    const secret = clientSecret(c.var.ctx)
    const challengeCode = c.req.query('challengeCode') ?? ''
    if (!CHALLENGE.test(challengeCode))
      throw new ApiError('BAD_REQUEST', 'challengeCode is missing or not printable')
    return c.json({ challengeCode, challengeResponse: await hmacSha256Hex(secret, challengeCode) }, 200)
  })
  .post('/linkedin', async (c) => {
    const ctx = c.var.ctx
    const secret = clientSecret(ctx)
    const raw = await c.req.arrayBuffer()
    if (!(await signedByLinkedIn(secret, raw, c.req.header('x-li-signature')))) {
      ctx.log.warn('linkedin webhook signature refused', {
        present: c.req.header('x-li-signature') !== undefined,
      })
      throw new ApiError(
        'UNAUTHORIZED',
        'X-LI-Signature is missing or is not the client secret’s signature of this body',
      )
    }
    const notifications = await parseNotifications(ctx, raw)
    let accepted = 0
    for (const notification of notifications) accepted += (await take(ctx, notification, raw)) ? 1 : 0
    return c.json({ accepted, ignored: notifications.length - accepted }, 200)
  })

/**
 * `X-LI-Signature` is the hex HMAC-SHA256 of the body with the client secret. LinkedIn's pages
 * describe the `hmacsha256=` literal both as a prefix of the header and of the signed string;
 * both readings are accepted (each needs the secret).
 */
async function signedByLinkedIn(secret: string, raw: ArrayBuffer, header: string | undefined) {
  if (!header) return false
  const digest = header.trim().replace(/^hmacsha256=/i, '')
  const [plain, prefixed] = await Promise.all([
    hmacSha256Hex(secret, raw),
    hmacSha256Hex(secret, 'hmacsha256=', raw),
  ])
  return sameHexDigest(digest, plain) || sameHexDigest(digest, prefixed)
}

/** One notification or a list of them; a malformed body is a 400 naming what is wrong. */
async function parseNotifications(ctx: Ctx, raw: ArrayBuffer): Promise<LeadNotification[]> {
  const text = new TextDecoder().decode(raw)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return rejectMalformed(ctx, text, raw, new ApiError('BAD_REQUEST', 'The body is not JSON'))
  }
  const parsed = (
    Array.isArray(json) ? z.array(LeadNotification).max(100) : LeadNotification.transform((n) => [n])
  ).safeParse(json)
  if (!parsed.success) {
    const errors = issuesOf(parsed.error)
    const detail = `Not a LinkedIn lead notification: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`
    return rejectMalformed(ctx, text, raw, new ApiError('BAD_REQUEST', detail, { errors }))
  }
  return parsed.data
}

/** Logs the refusal on every connected organization the body names, then throws it. */
function rejectMalformed(ctx: Ctx, text: string, raw: ArrayBuffer, error: ApiError): Promise<never> {
  const named = new Set([...text.matchAll(/urn:li:organization:(\d{1,32})/g)].map((m) => m[1]!))
  const find = (organizationId: string) => findSourceByAccount(ctx, 'linkedin', organizationId)
  return refuseForAccounts(ctx, [...named].slice(0, 10), find, raw, error)
}

/**
 * Queues one notification's lead. Events that are not new leads, and organizations nobody
 * connected, are answered 200 and only logged: LinkedIn's webhook is shared by every tenant.
 */
async function take(ctx: Ctx, n: LeadNotification, raw: ArrayBuffer): Promise<boolean> {
  if (n.type !== 'LEAD_ACTION' || (n.leadAction && n.leadAction !== 'CREATED') || !n.leadGenFormResponse)
    return false
  const organizationId = /^urn:li:organization:(\d+)$/.exec(n.owner?.organization ?? '')?.[1]
  const source = organizationId ? await findSourceByAccount(ctx, 'linkedin', organizationId) : null
  if (!source) {
    ctx.log.warn('linkedin lead for an organization no source is connected to', { owner: n.owner })
    return false
  }
  const responseId = responseIdOf(n.leadGenFormResponse)
  const log = { tenantId: source.tenantId, sourceId: source.id, externalId: responseId, body: raw }
  if (source.status === 'paused') {
    const detail =
      'The source is paused, so this lead was not taken; it stays in the form’s leads on LinkedIn'
    await recordDelivery(ctx, { ...log, outcome: 'ignored', httpStatus: 200, detail })
    return false
  }
  await queueFetch(ctx, source, {
    platform: 'linkedin',
    idempotencyKey: `li:${responseId}`,
    externalId: responseId,
    formRef: leadGenFormUrn(n.leadGenForm),
    raw,
    duplicateDetail: 'Notified before',
    failedDetail: 'Our lead queue was unavailable, so we answered 503; LinkedIn will notify again',
  })
  return true
}
