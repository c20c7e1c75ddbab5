import { useEffect, useId, useRef } from 'react'
import { CopyField } from '../lead-sources/CopyField.tsx'
import { VERIFY_SNIPPET } from './webhook-format.ts'

/** The signing secret, this one time, with how a receiver checks a delivery with it. */
export function SecretReveal({
  secret,
  title,
  doneLabel,
  onDone,
}: {
  secret: string
  title: string
  doneLabel: string
  onDone: () => void
}) {
  const id = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  return (
    <section className="key-reveal" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p className="key-reveal__warning" id={`${id}-warning`}>
        <strong>Copy the signing secret now.</strong> This is the only time it is shown: Vitrine stores it
        sealed and never displays it again. If you lose it, rotate it on the endpoint’s page.
      </p>
      <CopyField label="Signing secret" value={secret} describedBy={`${id}-warning`} />
      <p>
        Every delivery carries <code>webhook-id</code>, <code>webhook-timestamp</code> and{' '}
        <code>webhook-signature</code> headers (the Standard Webhooks scheme, so its libraries work too).
        Check the signature before trusting a delivery:
      </p>
      <details className="webhook-snippet">
        <summary>Verification example (Node.js)</summary>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
        <pre tabIndex={0}>
          <code>{VERIFY_SNIPPET}</code>
        </pre>
      </details>
      <button type="button" className="button button--primary" onClick={onDone}>
        {doneLabel}
      </button>
    </section>
  )
}
