import { useEffect, useId, useRef } from 'react'
import { CopyField } from './CopyField.tsx'
import type { LeadSourceWithSecret } from './lead-sources-api.ts'
import { KIND_LABELS, KIND_STEPS, SECRET_LABELS } from './source-kinds.ts'

/**
 * What to paste into the platform, right after connecting or rotating: the webhook address and,
 * for Google and generic webhooks, the key or secret, which is shown this once only.
 */
export function SourceConnected({
  result,
  title,
  onDone,
  doneLabel,
}: {
  result: LeadSourceWithSecret
  title: string
  onDone: () => void
  doneLabel: string
}) {
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const { source, secret } = result
  return (
    <section className="key-reveal" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p>How to connect this {KIND_LABELS[source.kind]} source:</p>
      <ol className="source-steps">
        {KIND_STEPS[source.kind].map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <CopyField label="Webhook URL" value={source.webhookUrl} />
      {secret && (
        <>
          <p className="key-reveal__warning" id={`${id}-warning`}>
            <strong>Copy the {source.kind === 'webhook' ? 'secret' : 'key'} now.</strong> This is the only
            time it is shown: Vitrine stores it sealed and never displays it again. If you lose it, rotate it
            on the source’s page.
          </p>
          <CopyField
            label={SECRET_LABELS[source.kind] ?? 'Secret'}
            value={secret}
            describedBy={`${id}-warning`}
          />
        </>
      )}
      <button type="button" className="button button--primary" onClick={onDone}>
        {doneLabel}
      </button>
    </section>
  )
}
