import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../../api/client.ts'
import { messageOf } from '../../../app/useSession.ts'
import { RecipientsField } from './RecipientsField.tsx'
import type { Choice, ReportInput, ScheduledReport } from './reports-api.ts'
import { ScopeSelects, type ScopeValue } from './ScopeSelects.tsx'

type Frequency = ReportInput['frequency']

const FREQUENCIES: { value: Frequency; label: string; hint: string }[] = [
  { value: 'weekly', label: 'Weekly', hint: 'After each week (Monday to Sunday), with that week’s figures' },
  { value: 'monthly', label: 'Monthly', hint: 'After each calendar month, with that month’s figures' },
]

/** The server's message for a field path such as `recipients.2` or `frequency`. */
const messageAt = (problem: ApiProblem | null, path: string) =>
  problem?.problem.errors?.find((e) => e.path === path)?.message

/**
 * A new scheduled report, or changes to one: whose figures, how often, and to whom.
 * A refusal is shown at the top and on each field it names.
 */
export function ReportForm({
  report,
  brands,
  onSubmit,
  onCancel,
  onSessionExpired,
}: {
  report: ScheduledReport | null
  brands: readonly Choice[]
  onSubmit: (input: ReportInput) => Promise<void>
  onCancel: () => void
  onSessionExpired: () => void
}) {
  const id = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  const [scope, setScope] = useState<ScopeValue>({
    brandId: report?.brandId ?? '',
    branchId: report?.branchId ?? '',
  })
  const [frequency, setFrequency] = useState<Frequency>(report?.frequency ?? 'weekly')
  const [recipients, setRecipients] = useState<string[]>(report?.recipients ?? [''])
  const [problem, setProblem] = useState<ApiProblem | null>(null)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)

  useEffect(() => heading.current?.focus(), [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    setPending(true)
    setProblem(null)
    setError('')
    try {
      await onSubmit({
        brandId: scope.brandId || null,
        branchId: scope.branchId || null,
        frequency,
        // Blanks are sent too, so the server's message lands beside the empty input.
        recipients: recipients.map((r) => r.trim()),
      })
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      if (cause instanceof ApiProblem) setProblem(cause)
      setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  const scopeError = messageAt(problem, 'brandId') ?? messageAt(problem, 'branchId')
  return (
    <form
      className="form an-report-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {report ? 'Edit the report' : 'New scheduled report'}
      </h2>
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
      </div>
      <fieldset className="an-fieldset">
        <legend>Whose figures</legend>
        <ScopeSelects brands={brands} value={scope} onChange={setScope} />
        {scopeError && <p className="field-error">{scopeError}</p>}
      </fieldset>
      <fieldset className="an-fieldset">
        <legend>How often</legend>
        {FREQUENCIES.map((f) => (
          <label key={f.value} className="an-option">
            <input
              type="radio"
              name={`${id}-frequency`}
              value={f.value}
              checked={frequency === f.value}
              onChange={() => setFrequency(f.value)}
              aria-describedby={`${id}-${f.value}-hint`}
            />
            <span>
              {f.label}
              <span id={`${id}-${f.value}-hint`} className="an-option__hint muted">
                {f.hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <RecipientsField
        value={recipients}
        onChange={setRecipients}
        error={messageAt(problem, 'recipients')}
        errorAt={(index) => messageAt(problem, `recipients.${index}`)}
      />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? 'Saving…' : report ? 'Save the report' : 'Schedule the report'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
