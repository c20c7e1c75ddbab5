import { useEffect, useRef, useState } from 'react'
import { isUnauthorized } from '../../../api/client.ts'
import { messageOf } from '../../../app/useSession.ts'
import { previewUrl, publishSite } from '../onboarding-api.ts'
import type { StepProps } from '../wizard-steps.tsx'
import { LivePanel } from './LivePanel.tsx'
import { StepForm } from './StepForm.tsx'

/** Step 4: the draft at phone width, and the button that puts it online. */
export function PublishStep({ status, onSaved, onNext, onBack, onSessionExpired }: StepProps) {
  const { siteId, liveUrl } = status.context
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const liveHeading = useRef<HTMLHeadingElement>(null)
  const [published, setPublished] = useState(false)

  // Once the new status shows the page live, its panel's heading takes focus and is read out.
  useEffect(() => {
    if (published && liveUrl) liveHeading.current?.focus()
  }, [published, liveUrl])

  async function publish() {
    if (!siteId) return setError('Choose a template first: it makes the page that is published.')
    setPending(true)
    setError('')
    try {
      await publishSite(siteId)
      await onSaved({ stay: true })
      setPublished(true)
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      setError(messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  return (
    <StepForm
      pending={pending}
      error={error}
      onSubmit={publish}
      onBack={onBack}
      submitLabel={liveUrl ? 'Publish again' : 'Publish'}
      quietSubmit={liveUrl !== null}
      intro={
        liveUrl &&
        siteId && <LivePanel liveUrl={liveUrl} siteId={siteId} headingRef={liveHeading} onNext={onNext} />
      }
    >
      {siteId ? (
        <div className="phone-preview">
          <iframe
            title="Preview of your page on a phone"
            src={previewUrl(siteId)}
            className="phone-preview__frame"
          />
        </div>
      ) : (
        <p className="notice">There is no page to preview yet: go back and choose a template.</p>
      )}
      {!liveUrl && (
        <p className="muted">Publishing makes this page public. You can change it any time in the builder.</p>
      )}
    </StepForm>
  )
}
