// The answer to a form post that broke its form's rules, for a browser without scripts: the
// same form again on the brand's status page, with what was typed and what to fix.
import type { Ctx } from '../../../context.ts'
import type { FormSubmissionInvalid } from '../../leads/forms/form-errors.ts'
import { mediaRefs } from '../../media/index.ts'
import { renderFormErrorPage } from '../render/form-error-page.tsx'
import { type LeadDestination, leadReplyText } from './lead-target.ts'

/** `action` is the address the post went to; the corrected form posts there again. */
export async function renderFormAgain(
  ctx: Ctx,
  destination: LeadDestination,
  error: FormSubmissionInvalid,
  action: string,
): Promise<{ html: string; csp: string }> {
  const text = leadReplyText(destination, error.values.language?.at(-1))
  const { brand, target } = destination
  const logo = (await mediaRefs(ctx.d1, target.tenantId, [brand.logoMediaId])).get(brand.logoMediaId ?? '')
  return renderFormErrorPage({
    title: text.notSent,
    message: error.message,
    language: text.language,
    brand: { name: brand.name, color: brand.color, logoUrl: logo?.url ?? null },
    action,
    backHref: text.backHref,
    backLabel: text.back,
    form: error.form,
    values: error.values,
    errors: error.extra.errors ?? [],
    turnstileSiteKey: ctx.config.TURNSTILE_SITE_KEY,
  })
}
