import { ApiError, type FieldIssue } from '../../../lib/errors.ts'
import type { FormDefinition } from './form.model.ts'
import type { PostedValues } from './read-body.ts'

/** The form a failed post came from, so a page without scripts can show it again. */
export type FormToRender =
  | { kind: 'custom'; definition: FormDefinition; country: string | null; today: string }
  | { kind: 'default'; formKind: 'lead' | 'booking' | 'feedback' }

/**
 * A post that fails its form's rules. To JSON clients it is the usual 400 problem with
 * `errors`; the visitor surface also reads the form and what was typed, to show them again
 * with each error beside its field.
 */
export class FormSubmissionInvalid extends ApiError {
  readonly form: FormToRender
  readonly values: PostedValues
  constructor(form: FormToRender, values: PostedValues, errors: FieldIssue[]) {
    super('BAD_REQUEST', 'Please check the highlighted fields', { errors })
    this.name = 'FormSubmissionInvalid'
    this.form = form
    this.values = values
  }
}
