import type { Ctx } from '../../../context.ts'
import { sha256Hex } from '../../../lib/crypto.ts'
import { ApiError } from '../../../lib/errors.ts'
import { asksNotToTrack, dailyVisitorHash } from '../../../lib/request-facts.ts'
import { checkRateLimit, rateLimitHeaders } from '../../notifications/index.ts'
import { qrCodeFromReferer, qrVisitFromReferer } from '../../qr/index.ts'
import { type FormSubmission, readSubmission } from '../forms/read-submission.ts'
import { SPAM_THRESHOLD } from '../lead-message.ts'
import { acceptedLeadId, acceptLead, formIdempotencyKey, type LeadTarget } from '../leads.service.ts'
import { assessSpam, type CaptchaOutcome } from '../spam/assess.ts'
import { turnstileIdempotencyKey, verifyTurnstile } from '../spam/turnstile.ts'

export interface SubmitResult {
  leadId: string
  spam: boolean
  headers: Record<string, string>
  /** The page language the form was sent from, when it was not the site's default. */
  language?: string
  /** The form's own thank-you words, when its owner wrote some. */
  successMessage?: string
}

const PER_FORM_WINDOW_SECONDS = 60

/**
 * One limit through the tenant's Durable Object: the RateLimit headers it earned, or a 429.
 * The limiter fails open (null): a hub outage must not cost a lead.
 */
async function limit(ctx: Ctx, tenantId: string, request: Parameters<typeof checkRateLimit>[2]) {
  try {
    const decision = await checkRateLimit(ctx.env, tenantId, request)
    const headers = rateLimitHeaders(decision)
    if (!decision.allowed) {
      throw new ApiError('RATE_LIMITED', `Too many messages; try again in ${decision.retryAfter} seconds`, {
        headers,
      })
    }
    return { remaining: decision.remaining, headers }
  } catch (error) {
    if (error instanceof ApiError) throw error
    ctx.log.warn('rate limiter unavailable; letting the submission through', { error })
    return null
  }
}

/**
 * The Turnstile verdict as a spam signal. A token siteverify rejects is a 400 (the widget gives
 * a person a fresh one); a check we could not make marks the lead instead of losing it.
 */
async function captchaOutcome(
  ctx: Ctx,
  submission: FormSubmission,
  ip: string | null,
  leadKey: string,
): Promise<CaptchaOutcome> {
  const token = submission.turnstileToken
  if (!token) return submission.turnstileRequired ? 'missing' : 'skipped'
  const verdict = await verifyTurnstile(ctx, token, ip, await turnstileIdempotencyKey(leadKey))
  if (verdict.ok) return 'passed'
  if (verdict.reason === 'rejected') {
    ctx.log.info('turnstile token rejected', { codes: verdict.codes })
    throw new ApiError('BAD_REQUEST', 'The spam check failed; please try again')
  }
  return verdict.reason === 'unverified' ? 'failed' : 'skipped'
}

/** The day's visitor hash analytics joins this lead to the same visitor's views and scans by. */
const analyticsVisitor = (ctx: Ctx, target: LeadTarget, request: Request) =>
  asksNotToTrack(request)
    ? null
    : dailyVisitorHash(ctx.config.SESSION_SECRET, target.tenantId, request, ctx.now())

/**
 * The public form endpoint's use case: rate limit per visitor and per form through the
 * tenant's Durable Object, validate, check Turnstile, weigh the spam signals and queue. Spam is
 * queued marked, and answered like any lead: a bot learns nothing from the reply.
 */
export async function submitLead(ctx: Ctx, target: LeadTarget, request: Request): Promise<SubmitResult> {
  const ip = request.headers.get('cf-connecting-ip')
  // The raw IP never reaches the limiter; it sees a salted hash.
  const visitor = (await sha256Hex(`${ctx.config.SESSION_SECRET}|${ip ?? 'unknown'}`)).slice(0, 32)
  const perVisitor = await limit(ctx, target.tenantId, {
    key: `lead-form:${target.siteId}:${visitor}`,
    limit: ctx.config.LEAD_FORM_RATE_LIMIT,
    windowSeconds: ctx.config.LEAD_FORM_RATE_WINDOW_SECONDS,
  })
  const submission = await readSubmission(ctx, target, request)
  const perForm = await limit(ctx, target.tenantId, {
    key: `lead-form-all:${submission.formId ?? target.siteId}`,
    limit: ctx.config.LEAD_FORM_RATE_LIMIT_PER_FORM,
    windowSeconds: PER_FORM_WINDOW_SECONDS,
  })
  // The visitor sees the tighter of the two limits.
  const tighter = perForm && (!perVisitor || perForm.remaining < perVisitor.remaining) ? perForm : perVisitor
  const headers = tighter?.headers ?? {}
  const language = submission.language ?? undefined
  const successMessage = submission.successMessage ?? undefined

  const clientKey = request.headers.get('idempotency-key') ?? submission.idempotencyKey
  const idempotencyKey = await formIdempotencyKey(target, submission, ctx.now(), clientKey)
  // A resend of an accepted form gets its lead id back before anything else is asked again.
  const seen = await acceptedLeadId(ctx, target.tenantId, idempotencyKey)
  if (seen) return { leadId: seen, spam: false, headers, language, successMessage }

  const captcha = await captchaOutcome(ctx, submission, ip, idempotencyKey)
  const spam = assessSpam({
    contact: submission.contact,
    message: submission.message,
    fields: submission.fields,
    honeypot: submission.honeypot,
    renderedAt: submission.renderedAt,
    submittedAt: ctx.now().getTime(),
    captcha,
  })
  if (spam.score >= SPAM_THRESHOLD) {
    ctx.log.info('lead marked as spam', { siteId: target.siteId, score: spam.score, reasons: spam.reasons })
  }
  const qrCode = qrCodeFromReferer(request)
  const visitId = qrVisitFromReferer(request)
  const arrival = {
    ...target,
    visitor: await analyticsVisitor(ctx, target, request),
    ...(qrCode ? { qrCode, ...(visitId ? { visitId } : {}) } : {}),
  }
  const { leadId } = await acceptLead(ctx, arrival, submission, {
    idempotencyKey,
    spam,
  })
  return { leadId, spam: spam.score >= SPAM_THRESHOLD, headers, language, successMessage }
}
