// Which branch a platform form's leads go to: the source's own unless its config maps the form.
import type { SourceRow } from './sources.repo.ts'

/**
 * The brand and branch for a lead of `formRef` (Facebook form id, Google form id, LinkedIn form
 * URN). Mapped branches are checked to be of the source's brand when the source is saved, so the
 * brand is always the source's.
 * @example branchForForm(source, '1234567890') // { brandId: 'brd_…', branchId: 'bra_…' }
 */
export function branchForForm(
  source: Pick<SourceRow, 'brandId' | 'branchId' | 'config'>,
  formRef: string | null | undefined,
): { brandId: string; branchId: string } {
  const forms = 'forms' in source.config ? source.config.forms : []
  const mapped = formRef ? forms.find((f) => f.formRef === formRef) : undefined
  return { brandId: source.brandId, branchId: mapped?.branchId ?? source.branchId }
}
