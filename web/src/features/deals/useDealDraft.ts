import { type FormEvent, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import type { CustomFieldValues } from '../crm-fields/CustomFieldInputs.tsx'
import type { RecordChoice } from './deals-api.ts'
import { parseMoney } from './money.ts'

/** A deal form's fields as typed. */
export interface DealDraft {
  name: string
  amount: string
  currency: string
  closeDate: string
  contact: RecordChoice | null
  company: RecordChoice | null
  ownerUserId: string
  branchId: string
  closeReason: string
  customFields: CustomFieldValues
}

/**
 * A new or edited deal's draft and its saving. The amount is checked here, before anything is
 * sent; the server's refusal is kept so each field shows the error on its path.
 */
export function useDealDraft(initial: () => DealDraft, onSessionExpired: () => void) {
  const [draft, setDraft] = useState(initial)
  const [error, setError] = useState<ApiProblem | string | null>(null)
  const [amountError, setAmountError] = useState('')
  const [saving, setSaving] = useState(false)
  const set = <K extends keyof DealDraft>(key: K, value: DealDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  const problem = error instanceof ApiProblem ? error : null
  const fieldError = (field: string) => problem?.fieldError(field)
  const customErrors = Object.fromEntries((problem?.problem.errors ?? []).map((e) => [e.path, e.message]))

  /** Sends the draft with its amount in minor units, once that amount reads as money. */
  async function submit(event: FormEvent, send: (amountMinor: number) => Promise<void>) {
    event.preventDefault()
    if (saving) return
    const amountMinor = parseMoney(draft.amount, draft.currency)
    setAmountError(amountMinor === null ? `Type an amount like 12500 or 12500.50 ${draft.currency}` : '')
    if (amountMinor === null) return
    setSaving(true)
    setError(null)
    try {
      await send(amountMinor)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(cause instanceof ApiProblem ? cause : messageOf(cause))
    } finally {
      setSaving(false)
    }
  }

  const message = error instanceof ApiProblem ? error.message : error
  return { draft, set, fieldError, customErrors, amountError, message, saving, submit }
}

export type DealDraftForm = ReturnType<typeof useDealDraft>
