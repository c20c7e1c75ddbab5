import { ApiProblem } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'

export interface FormErrors<F extends string> {
  form: string
  fields: Partial<Record<F, string>>
}

export const noErrors = <F extends string>(): FormErrors<F> => ({ form: '', fields: {} })

/** The form-level message and the per-field messages of a failed request. */
export function formErrorsOf<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  const problem = error instanceof ApiProblem ? error : null
  const byField: Partial<Record<F, string>> = {}
  for (const field of fields) {
    const message = problem?.fieldError(field)
    if (message) byField[field] = message
  }
  return { form: messageOf(error), fields: byField }
}

export const PASSWORD_HINT = 'At least 10 characters. A few unrelated words make a strong one.'

/** The `token` parameter of an e-mail link. */
export const tokenFromLocation = (): string => new URLSearchParams(location.search).get('token') ?? ''
