import type { Ctx } from '../../../context.ts'
import { sha256Hex } from '../../../lib/crypto.ts'
import { ApiError } from '../../../lib/errors.ts'
import { checkRateLimit, rateLimitHeaders } from '../../notifications/index.ts'
import { qrCodeFromReferer } from '../../qr/index.ts'
import { acceptLead, type LeadTarget } from '../leads.service.ts'
import { parseSubmission } from './parse-submission.ts'

export interface SubmitResult {
  leadId: string
  spam: boolean
  headers: Record<string, string>
  /** The page language the form was sent from, when it was not the site's default. */
  language?: string
}

/**
 * The public form endpoint's use case: rate limit per visitor and site through the tenant's
 * Durable Object, validate, and queue. The limiter fails open: a hub outage must not cost a lead.
 */
export async function submitLead(ctx: Ctx, target: LeadTarget, request: Request): Promise<SubmitResult> {
  const ip = request.headers.get('cf-connecting-ip') ?? 'unknown'
  // The raw IP never leaves this function; the limiter sees a salted hash.
  const visitor = (await sha256Hex(`${ctx.config.SESSION_SECRET}|${ip}`)).slice(0, 32)
  let headers: Record<string, string> = {}
  try {
    const decision = await checkRateLimit(ctx.env, target.tenantId, {
      key: `lead-form:${target.siteId}:${visitor}`,
      limit: ctx.config.LEAD_FORM_RATE_LIMIT,
      windowSeconds: ctx.config.LEAD_FORM_RATE_WINDOW_SECONDS,
    })
    headers = rateLimitHeaders(decision)
    if (!decision.allowed) {
      throw new ApiError('RATE_LIMITED', `Too many messages; try again in ${decision.retryAfter} seconds`, {
        headers,
      })
    }
  } catch (error) {
    if (error instanceof ApiError) throw error
    ctx.log.warn('rate limiter unavailable; letting the submission through', { error })
  }
  const submission = await parseSubmission(request)
  if (submission.website) {
    ctx.log.info('honeypot filled; submission not stored', { siteId: target.siteId })
    return { leadId: 'lead_honeypot', spam: true, headers, language: submission.language }
  }
  const qrCode = qrCodeFromReferer(request)
  const { leadId } = await acceptLead(
    ctx,
    qrCode ? { ...target, qrCode } : target,
    submission,
    request.headers.get('idempotency-key') ?? undefined,
  )
  return { leadId, spam: false, headers, language: submission.language }
}
