import { OneTimeReveal, SealedSecretField } from '../../app/components/OneTimeReveal.tsx'
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
  return (
    <OneTimeReveal title={title} doneLabel={doneLabel} onDone={onDone}>
      <SealedSecretField label="Signing secret" value={secret} noun="signing secret" owner="endpoint" />
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
    </OneTimeReveal>
  )
}
