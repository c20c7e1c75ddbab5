import { CopyField } from '../../app/components/CopyField.tsx'
import { OneTimeReveal, SealedSecretField } from '../../app/components/OneTimeReveal.tsx'
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
  const { source, secret } = result
  return (
    <OneTimeReveal title={title} doneLabel={doneLabel} onDone={onDone}>
      <p>How to connect this {KIND_LABELS[source.kind]} source:</p>
      <ol className="source-steps">
        {KIND_STEPS[source.kind].map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <CopyField label="Webhook URL" value={source.webhookUrl} />
      {secret && (
        <SealedSecretField
          label={SECRET_LABELS[source.kind] ?? 'Secret'}
          value={secret}
          noun={source.kind === 'webhook' ? 'secret' : 'key'}
          owner="source"
        />
      )}
    </OneTimeReveal>
  )
}
