// The built-in form (a lead_form section without a form, booking, private feedback, staff
// cards): the fixed LeadSubmission fields, as it has always been read.
import { issuesOf } from '../../../lib/errors.ts'
import { LeadSubmission } from '../leads.schemas.ts'
import { FormSubmissionInvalid } from './form-errors.ts'
import type { PostedBody } from './read-body.ts'

// Names any form may post that are read apart from the submission itself.
const READ_APART = ['cf-turnstile-response', 'rendered_at', 'formId']

const FORM_KINDS = ['lead', 'booking', 'feedback'] as const
const kindOf = (raw: unknown) =>
  FORM_KINDS.find((kind) => kind === raw) ?? ('lead' as (typeof FORM_KINDS)[number])

export function parseDefaultSubmission(body: PostedBody): LeadSubmission {
  const present = Object.fromEntries(
    Object.entries(body.raw).filter(([name, v]) => v !== '' && v !== null && !READ_APART.includes(name)),
  )
  const result = LeadSubmission.safeParse(present)
  if (!result.success) {
    throw new FormSubmissionInvalid(
      { kind: 'default', formKind: kindOf(body.raw.formKind) },
      body.values,
      issuesOf(result.error),
    )
  }
  return result.data
}
