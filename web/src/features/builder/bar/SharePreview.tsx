import { useId, useState } from 'react'
import { ConfirmButton } from '../../../app/components/Confirm.tsx'
import { formatDateTime } from '../../sites/site-status.ts'
import type { PreviewLink } from '../../sites/sites-api.ts'
import { Disclosure } from './Disclosure.tsx'

interface SharePreviewProps {
  link: PreviewLink | null
  canShare: boolean
  onCreate: () => Promise<boolean>
  onRevoke: () => Promise<boolean>
}

/**
 * A secret link that shows the draft to someone without an account, until it expires or is
 * revoked. Only its hash is stored, so its address is shown once: right after it is made.
 */
export function SharePreview({ link, canShare, onCreate, onRevoke }: SharePreviewProps) {
  const id = useId()
  const [status, setStatus] = useState('')
  const [pending, setPending] = useState(false)

  async function create() {
    if (pending) return
    setPending(true)
    if (await onCreate()) setStatus('Preview link created.')
    setPending(false)
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url)
      setStatus('Link copied.')
    } catch {
      setStatus('Could not copy; select the link and copy it yourself.')
    }
  }

  return (
    <Disclosure label="Share preview">
      {() => (
        <div className="panel-fields">
          <p className="muted">
            Anyone with the link sees the current draft, without signing in. Search engines do not index it.
          </p>
          {link?.url && (
            <div className="field">
              <label htmlFor={`${id}-url`}>Preview link</label>
              <input id={`${id}-url`} readOnly value={link.url} onFocus={(e) => e.target.select()} />
              <button type="button" className="button" onClick={() => link.url && copy(link.url)}>
                Copy link
              </button>
            </div>
          )}
          {link && (
            <p className="field-hint muted">
              {link.url
                ? 'Copy it now: it is shown only once. '
                : 'A link is active; its address was shown when it was made. '}
              It works until {formatDateTime(link.expiresAt)}.
            </p>
          )}
          {canShare ? (
            <div className="button-row">
              <button type="button" className="button" aria-disabled={pending} onClick={create}>
                {link ? 'Make a new link' : 'Create a preview link'}
              </button>
              {link && (
                <ConfirmButton
                  question="Revoke the preview link?"
                  detail="Anyone who has it can no longer open the draft."
                  confirmLabel="Revoke link"
                  onConfirm={async () => {
                    const done = await onRevoke()
                    if (done) setStatus('Preview link revoked.')
                    return done
                  }}
                >
                  Revoke link
                </ConfirmButton>
              )}
            </div>
          ) : (
            <p className="muted">Only people who can edit the site can share its draft.</p>
          )}
          {link && !link.url && canShare && (
            <p className="field-hint muted">A new link replaces the old one, which stops working.</p>
          )}
          <p role="status" className="visually-hidden">
            {status}
          </p>
        </div>
      )}
    </Disclosure>
  )
}
