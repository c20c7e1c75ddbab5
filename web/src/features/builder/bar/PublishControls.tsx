import { useId, useState } from 'react'
import { ConfirmButton } from '../../../app/components/Confirm.tsx'
import { TextField } from '../../../app/components/TextField.tsx'
import type { SiteDetail } from '../../sites/sites-api.ts'
import { Disclosure } from './Disclosure.tsx'

interface PublishControlsProps {
  detail: SiteDetail
  /** The person may publish and unpublish at all (sites.publish). */
  canPublish: boolean
  /** Why publishing is not possible now, or null when it is. */
  blockedBy: string | null
  onPublish: (note: string) => Promise<boolean>
  onUnpublish: () => Promise<boolean>
}

/** Publish (with an optional note for the history) and Unpublish. */
export function PublishControls({
  detail,
  canPublish,
  blockedBy,
  onPublish,
  onUnpublish,
}: PublishControlsProps) {
  const id = useId()
  const [note, setNote] = useState('')
  const [pending, setPending] = useState(false)

  async function publish(close: () => void) {
    if (pending || blockedBy) return
    setPending(true)
    const done = await onPublish(note.trim())
    setPending(false)
    if (done) {
      setNote('')
      close()
    }
  }

  return (
    <div className="publish-controls">
      {detail.publishedVersion && canPublish && (
        <ConfirmButton
          question="Unpublish this page?"
          detail="Visitors get a “not found” page until you publish again. The draft and history stay."
          confirmLabel="Unpublish"
          onConfirm={onUnpublish}
        >
          Unpublish
        </ConfirmButton>
      )}
      {blockedBy ? (
        <>
          <button
            type="button"
            className="button button--primary"
            aria-disabled="true"
            aria-describedby={`${id}-why`}
          >
            Publish
          </button>
          <span id={`${id}-why`} className="field-hint muted publish-controls__why">
            {blockedBy}
          </span>
        </>
      ) : (
        <Disclosure label="Publish" className="publish-disclosure">
          {(close) => (
            <form
              className="panel-fields"
              onSubmit={(e) => {
                e.preventDefault()
                void publish(close)
              }}
            >
              <TextField
                label="Note for the version history (optional)"
                value={note}
                maxLength={200}
                onChange={(e) => setNote(e.target.value)}
              />
              <button type="submit" className="button button--primary" aria-disabled={pending}>
                {pending ? 'Publishing…' : 'Publish now'}
              </button>
            </form>
          )}
        </Disclosure>
      )}
    </div>
  )
}
