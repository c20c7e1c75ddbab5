import { useEffect, useId, useRef } from 'react'

export const MAX_RECIPIENTS = 20

/**
 * The report's recipients, one e-mail input each, added and removed with buttons. Focus goes
 * to the new input after "Add", and to the neighbouring input after "Remove", so a keyboard
 * user never lands on nothing. `errorAt(i)` is the server's message for the i-th address.
 */
export function RecipientsField({
  value,
  onChange,
  error,
  errorAt,
}: {
  value: string[]
  onChange: (value: string[]) => void
  error?: string
  errorAt: (index: number) => string | undefined
}) {
  const id = useId()
  const inputs = useRef<(HTMLInputElement | null)[]>([])
  const focusAt = useRef<number | null>(null)

  useEffect(() => {
    if (focusAt.current === null) return
    inputs.current[focusAt.current]?.focus()
    focusAt.current = null
  })

  function add() {
    focusAt.current = value.length
    onChange([...value, ''])
  }

  function remove(index: number) {
    focusAt.current = Math.max(0, index - 1)
    onChange(value.filter((_, i) => i !== index))
  }

  return (
    <fieldset
      className="field-group an-recipients"
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend>Recipients</legend>
      <p id={`${id}-hint`} className="field-hint muted">
        Up to {MAX_RECIPIENTS} e-mail addresses; they need no Vitrine account.
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <ol className="an-recipients__list">
        {value.map((address, index) => {
          const problem = errorAt(index)
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: an address being typed has no other identity
            <li key={index} className="an-recipients__row">
              <div className="field">
                <label htmlFor={`${id}-${index}`}>Recipient {index + 1}</label>
                <input
                  ref={(el) => {
                    inputs.current[index] = el
                  }}
                  id={`${id}-${index}`}
                  type="email"
                  autoComplete="email"
                  inputMode="email"
                  maxLength={254}
                  value={address}
                  onChange={(e) => onChange(value.map((a, i) => (i === index ? e.target.value : a)))}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${id}-${index}-error` : undefined}
                />
                {problem && (
                  <p id={`${id}-${index}-error`} className="field-error">
                    {problem}
                  </p>
                )}
              </div>
              {value.length > 1 && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => remove(index)}
                  aria-label={`Remove recipient ${index + 1}${address ? ` (${address})` : ''}`}
                >
                  Remove
                </button>
              )}
            </li>
          )
        })}
      </ol>
      {value.length < MAX_RECIPIENTS && (
        <button type="button" className="button button--quiet" onClick={add}>
          Add a recipient
        </button>
      )}
    </fieldset>
  )
}
