// What the Facebook Lead Ads and WhatsApp webhooks share: one Meta app, one verify token for the
// GET handshake, one app secret signing every POST, and app-level deliveries that name the page or
// phone number they are about, which is how a delivery finds its tenant.
import type { Context } from 'hono'
import type { z } from 'zod'
import type { Ctx } from '../../../context.ts'
import type { AppEnv } from '../../../env.ts'
import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import { sameText } from '../../../lib/hmac.ts'
import { refuseForAccounts } from '../hooks/accept.ts'
import { findSourceByAccount, type SourceRow } from '../sources.repo.ts'
import { issuesAt, parseJson } from './meta-payloads.ts'
import { verifyMetaSignature } from './meta-signature.ts'

export type MetaKind = 'facebook' | 'whatsapp'

const PRODUCT: Record<MetaKind, string> = { facebook: 'Facebook Lead Ads', whatsapp: 'WhatsApp' }

// Meta sends a number; anything else is echoed as plain text only if it is short and printable.
const CHALLENGE = /^[\x21-\x7e]{1,256}$/

/** The GET Meta makes when the callback URL is saved: echo hub.challenge if the token is ours. */
export async function answerHandshake(c: Context<AppEnv>, kind: MetaKind): Promise<Response> {
  const expected = c.var.config.META_VERIFY_TOKEN
  if (!expected)
    throw new ApiError('UNAVAILABLE', `${PRODUCT[kind]} webhooks are not configured on this server`)
  const token = c.req.query('hub.verify_token')
  if (c.req.query('hub.mode') !== 'subscribe' || !token || !(await sameText(token, expected))) {
    c.var.log.warn('meta webhook handshake refused', { kind })
    throw new ApiError(
      'FORBIDDEN',
      'hub.verify_token does not match the verify token configured for this server',
    )
  }
  const challenge = c.req.query('hub.challenge') ?? ''
  if (!CHALLENGE.test(challenge))
    throw new ApiError('BAD_REQUEST', 'hub.challenge is missing or not printable')
  return c.text(challenge, 200)
}

/**
 * The raw body once its X-Hub-Signature-256 checks out, and its JSON. Nothing is looked up or
 * stored before that: an unsigned body is not Meta's, so it is nobody's delivery to log.
 */
export async function readSignedDelivery(c: Context<AppEnv>, kind: MetaKind) {
  const secret = c.var.config.META_APP_SECRET
  if (!secret)
    throw new ApiError('UNAVAILABLE', `${PRODUCT[kind]} webhooks are not configured on this server`)
  const raw = await c.req.arrayBuffer()
  if (!(await verifyMetaSignature(secret, raw, c.req.header('x-hub-signature-256')))) {
    c.var.log.warn('meta webhook signature refused', {
      kind,
      present: c.req.header('x-hub-signature-256') !== undefined,
    })
    throw new ApiError(
      'UNAUTHORIZED',
      'X-Hub-Signature-256 is missing or is not the app secret’s signature of this body',
    )
  }
  const json = parseJson(raw)
  if (json === undefined) throw new ApiError('BAD_REQUEST', 'The body is not JSON')
  return { raw, json }
}

/** Finds each account's source once per delivery (a batch often repeats the same page). */
export function sourceLookup(ctx: Ctx, kind: MetaKind) {
  const found = new Map<string, Promise<SourceRow | null>>()
  return (accountId: string) => {
    let source = found.get(accountId)
    if (!source) {
      source = findSourceByAccount(ctx, kind, accountId)
      found.set(accountId, source)
    }
    return source
  }
}

/**
 * Meta retries any delivery not answered 200 for hours and eventually disables a failing
 * subscription, which would stop every other tenant's leads too: a page or number nobody has
 * connected (yet, or any more; or Meta's dashboard "Test" button) is answered 200 and only logged.
 */
export function unknownAccount(ctx: Ctx, kind: MetaKind, accountId: string) {
  ctx.log.warn('meta webhook for an account no source is connected to', { kind, accountId })
}

/** A Page or WhatsApp Business Account webhook: entries of changes, each naming its field. */
type MetaEnvelope = z.ZodType<{ entry: { changes: { field: string; value: unknown }[] }[] }>

/**
 * The values of the body's changes to `field`, each checked against `value`; any malformed one
 * refuses the whole delivery (nothing half-taken). An account subscribed to other fields (feed,
 * messages …) sends those here too; not ours, so they are not checked.
 */
export async function changeValues<T>(
  ctx: Ctx,
  kind: MetaKind,
  raw: ArrayBuffer,
  json: unknown,
  shape: { envelope: MetaEnvelope; field: string; value: z.ZodType<T> },
): Promise<T[]> {
  const envelope = shape.envelope.safeParse(json)
  if (!envelope.success) return rejectMalformed(ctx, kind, json, raw, issuesAt([], envelope.error))
  const values: T[] = []
  const issues: FieldIssue[] = []
  envelope.data.entry.forEach((entry, i) => {
    entry.changes.forEach((change, j) => {
      if (change.field !== shape.field) return
      const value = shape.value.safeParse(change.value)
      if (value.success) values.push(value.data)
      else issues.push(...issuesAt(['entry', i, 'changes', j, 'value'], value.error))
    })
  })
  if (issues.length > 0) return rejectMalformed(ctx, kind, json, raw, issues)
  return values
}

/** 400 naming what is wrong; the delivery log of every connected account the body names says so too. */
function rejectMalformed(
  ctx: Ctx,
  kind: MetaKind,
  json: unknown,
  raw: ArrayBuffer,
  issues: FieldIssue[],
): Promise<never> {
  const detail = `This is not a ${PRODUCT[kind]} webhook we can read: ${issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('; ')}`
  const error = new ApiError('BAD_REQUEST', detail, { errors: issues })
  return refuseForAccounts(ctx, new Set(accountIdsIn(json, kind)), sourceLookup(ctx, kind), raw, error)
}

const record = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const digits = (v: unknown) =>
  (typeof v === 'string' || typeof v === 'number') && /^\d{1,32}$/.test(String(v))

/** Page or phone number ids a body names, read leniently from a body that failed validation. */
function accountIdsIn(json: unknown, kind: MetaKind): string[] {
  const ids: unknown[] = []
  for (const entry of list(record(json).entry)) {
    if (kind === 'facebook') ids.push(record(entry).id)
    for (const change of list(record(entry).changes)) {
      const value = record(record(change).value)
      ids.push(kind === 'facebook' ? value.page_id : record(value.metadata).phone_number_id)
    }
  }
  return ids.filter(digits).map(String)
}
