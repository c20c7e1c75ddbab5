import { useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'

/** Field messages by their full path in the request body, e.g. `hours.weekly.mon.0.open`. */
export type FieldErrors = ReadonlyMap<string, string>

export interface SaveState {
  pending: boolean
  /** The problem's detail, or '' when the last save went through. */
  formError: string
  errors: FieldErrors
  status: string
  /** Runs `action` once at a time; resolves true when it succeeded. */
  run: (action: () => Promise<unknown>, done: string) => Promise<boolean>
  /** Shows a check the browser made before sending anything. */
  fail: (formError: string, errors: [string, string][]) => void
}

const NONE: FieldErrors = new Map()

/** The state of one form's save: pending, the problem+json answer mapped to fields, and a status line. */
export function useSave(onUnauthorized: () => void): SaveState {
  const [pending, setPending] = useState(false)
  const [formError, setFormError] = useState('')
  const [errors, setErrors] = useState<FieldErrors>(NONE)
  const [status, setStatus] = useState('')

  async function run(action: () => Promise<unknown>, done: string) {
    if (pending) return false
    setPending(true)
    setStatus('')
    try {
      await action()
      setFormError('')
      setErrors(NONE)
      setStatus(done)
      return true
    } catch (error) {
      if (isUnauthorized(error)) onUnauthorized()
      setFormError(messageOf(error))
      setErrors(
        new Map(
          (error instanceof ApiProblem ? (error.problem.errors ?? []) : []).map((e) => [e.path, e.message]),
        ),
      )
      return false
    } finally {
      setPending(false)
    }
  }

  function fail(message: string, list: [string, string][]) {
    setStatus('')
    setFormError(message)
    setErrors(new Map(list))
  }

  return { pending, formError, errors, status, run, fail }
}

const WORDS: Record<string, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
  upiId: 'UPI ID',
  mediaId: 'image',
  paymentLink: 'payment link',
  postalCode: 'postal code',
  line1: 'address line 1',
  line2: 'address line 2',
  durationMinutes: 'duration',
  photoMediaId: 'photo',
  logoMediaId: 'logo',
  coverMediaId: 'cover image',
  userId: 'linked member',
}

/** `hours.weekly.mon.0.open` → "hours › Monday › 1 › open", for the error summary. */
export const humanPath = (path: string) =>
  path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? String(Number(part) + 1) : (WORDS[part] ?? part)))
    .join(' › ')
