import { useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { type FormErrors, formErrorsOf, noErrors } from '../account/form-errors.ts'

/**
 * The saving of a step's form: pending while `run`'s work (the request, then the wizard's
 * reload) goes on; a refusal shown against `fields`, an expired session handed to `onSessionExpired`.
 * On success it stays pending: the wizard moves on.
 */
export function useStepSave<F extends string>(fields: readonly F[], onSessionExpired: () => void) {
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<FormErrors<F>>(noErrors())

  async function run(work: () => Promise<void>) {
    setPending(true)
    setErrors(noErrors())
    try {
      await work()
    } catch (error) {
      if (isUnauthorized(error)) return onSessionExpired()
      setErrors(formErrorsOf(error, fields))
      setPending(false)
    }
  }

  return { pending, errors, setErrors, run }
}
