// What a microsite form post says, whichever form sent it: the built-in one (no `formId`) or a
// saved form of the site. The one reader the public form endpoint uses; it stores nothing.
import type { Ctx } from '../../../context.ts'
import { ApiError } from '../../../lib/errors.ts'
import type { LeadConsent, LeadUtm } from '../lead-message.ts'
import type { LeadTarget } from '../leads.service.ts'
import { readCustomAnswers } from './custom-submission.ts'
import { parseDefaultSubmission } from './default-submission.ts'
import { todayIn } from './form.model.ts'
import { toDefinition } from './form-rows.ts'
import { findSubmissionForm } from './forms.repo.ts'
import { type PostedBody, readBody, single } from './read-body.ts'
import { utmFromReferer } from './utm.ts'

export interface FormSubmission {
  formId: string | null
  formKind: 'lead' | 'booking' | 'feedback'
  contact: { name: string; email: string | null; phone: string | null }
  /** ISO country for a national phone number: the visitor's choice or the form's default. */
  phoneCountry: string | null
  message: string | null
  /** Custom answers by field key (contact fields and UTM fields aside); multi-selects joined ", ". */
  fields: Record<string, string>
  booking: { service: string | null; preferredDate: string | null; preferredTime: string | null } | null
  consent: LeadConsent | null
  utm: LeadUtm | null
  language: string | null
  idempotencyKey: string | null
  /** The honeypot's content; anything in it means a bot. */
  honeypot: string | null
  turnstileToken: string | null
  turnstileRequired: boolean
  /** When the page was rendered (ms since the epoch), from the form's hidden field. */
  renderedAt: number | null
  /** What the form's owner wants the visitor to read after sending; null for the standard words. */
  successMessage: string | null
}

const KEY_SHAPE = /^[A-Za-z0-9_-]{16,128}$/

/** The `Idempotency-Key` header wins over the form's hidden field, as it always has. */
function clientKeyOf(request: Request, posted: string | undefined): string | null {
  const header = request.headers.get('idempotency-key')
  if (header === null) return posted ?? null
  if (!KEY_SHAPE.test(header))
    throw new ApiError('BAD_REQUEST', 'Idempotency-Key must be 16–128 letters, digits, _ or -', {
      errors: [{ path: 'Idempotency-Key', message: 'Use 16–128 letters, digits, _ or -' }],
    })
  return header
}

function renderedAtOf(value: string | undefined): number | null {
  const ms = value && /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN
  return Number.isSafeInteger(ms) ? ms : null
}

/** What every post carries whatever its form: read before the form decides the rest. */
function commonOf(request: Request, body: PostedBody) {
  return {
    turnstileToken: single(body.values, 'cf-turnstile-response') ?? null,
    renderedAt: renderedAtOf(single(body.values, 'rendered_at')),
    pageUtm: utmFromReferer(request),
  }
}

function readDefault(request: Request, body: PostedBody): FormSubmission {
  const submission = parseDefaultSubmission(body)
  const { pageUtm, ...common } = commonOf(request, body)
  return {
    formId: null,
    formKind: submission.formKind,
    contact: { name: submission.name, email: submission.email ?? null, phone: submission.phone ?? null },
    phoneCountry: null,
    message: submission.message ?? null,
    fields: {},
    booking:
      submission.formKind === 'booking'
        ? {
            service: submission.service ?? null,
            preferredDate: submission.preferredDate ?? null,
            preferredTime: submission.preferredTime ?? null,
          }
        : null,
    consent: null,
    utm: pageUtm,
    language: submission.language ?? null,
    idempotencyKey: clientKeyOf(request, submission.idempotencyKey),
    honeypot: submission.website ?? null,
    turnstileRequired: false,
    successMessage: null,
    ...common,
  }
}

/**
 * Reads and validates a form post for `target`'s site.
 * Throws 413/415 for bodies no form sends, 404 for a form that is not (or no longer) on this
 * site, and `FormSubmissionInvalid` (400 with `errors`) for answers that break the form's rules.
 * @example const submission = await readSubmission(ctx, destination.target, c.req.raw)
 */
export async function readSubmission(
  ctx: Ctx,
  target: LeadTarget,
  request: Request,
): Promise<FormSubmission> {
  const body = await readBody(request)
  const formId = single(body.values, 'formId')
  if (!formId) return readDefault(request, body)
  const found = await findSubmissionForm(ctx.d1, target.tenantId, target.siteId, formId)
  if (!found)
    throw new ApiError('NOT_FOUND', 'This form is no longer available; reload the page and try again')
  const now = ctx.now()
  const definition = toDefinition(found.form)
  const answers = await readCustomAnswers(
    body,
    {
      kind: 'custom',
      definition,
      country: found.address?.country ?? null,
      today: todayIn(found.timezone, now),
    },
    now,
  )
  const { pageUtm, ...common } = commonOf(request, body)
  return {
    formId: definition.id,
    formKind: 'lead',
    contact: answers.contact,
    phoneCountry: answers.phoneCountry,
    message: answers.message,
    fields: answers.fields,
    booking: null,
    consent: answers.consent,
    utm: answers.utm ?? pageUtm,
    language: answers.extras.language ?? null,
    idempotencyKey: clientKeyOf(request, answers.extras.idempotencyKey),
    honeypot: answers.extras.website ?? null,
    turnstileRequired: definition.turnstile && ctx.config.TURNSTILE_SITE_KEY !== '',
    successMessage: definition.successMessage || null,
    ...common,
  }
}
