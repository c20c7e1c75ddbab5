import { useEffect, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { messageOf } from '../../app/useSession.ts'
import { type Attachment, type AttachmentLinks, attachmentLinks } from './attachments-api.ts'
import { formatBytes, typeLabel } from './format-bytes.ts'

interface AttachmentRowProps {
  attachment: Attachment
  canDelete: boolean
  onDelete: () => Promise<boolean>
  onSessionExpired: () => void
}

/** Signed links live five minutes: ask for fresh ones for each preview or download. */
function useLinks(attachmentId: string, wanted: boolean, onSessionExpired: () => void) {
  const [links, setLinks] = useState<AttachmentLinks | null>(null)
  const [error, setError] = useState('')
  useEffect(() => {
    if (!wanted) return
    const controller = new AbortController()
    attachmentLinks(attachmentId, controller.signal).then(setLinks, (cause: unknown) => {
      if (controller.signal.aborted) return
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    })
    return () => controller.abort()
  }, [attachmentId, wanted, onSessionExpired])
  return { links, error }
}

function Preview({ attachment, links }: { attachment: Attachment; links: AttachmentLinks }) {
  if (attachment.preview === 'image')
    return (
      <img className="attachment__preview-image" src={links.url} alt={`Preview of ${attachment.filename}`} />
    )
  // An iframe, not <object> (the dashboard's CSP allows no plugins), and without the sandbox
  // attribute: Chrome will not run its PDF viewer in a sandboxed frame. The file is served as
  // application/pdf with nosniff and its own CSP, so the frame can only ever be the PDF viewer.
  return (
    <iframe className="attachment__preview-pdf" src={links.url} title={`Preview of ${attachment.filename}`} />
  )
}

export function AttachmentRow({ attachment, canDelete, onDelete, onSessionExpired }: AttachmentRowProps) {
  const previewId = useId()
  const [previewing, setPreviewing] = useState(false)
  const [downloadError, setDownloadError] = useState('')
  const thumb = useLinks(attachment.id, attachment.preview === 'image', onSessionExpired)
  const preview = useLinks(attachment.id, previewing, onSessionExpired)
  const uploader = attachment.uploadedBy?.name ?? (attachment.uploadedBy ? 'a former member' : 'an API key')
  const added = new Date(attachment.createdAt).toLocaleDateString(undefined, { dateStyle: 'medium' })

  async function download() {
    setDownloadError('')
    try {
      const links = await attachmentLinks(attachment.id)
      // The response says "attachment", so the browser saves the file and stays on this page.
      window.location.assign(links.downloadUrl)
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setDownloadError(messageOf(cause))
    }
  }

  return (
    <li className="attachment">
      <div className="attachment__thumb" aria-hidden="true">
        {thumb.links ? (
          <img src={thumb.links.url} alt="" />
        ) : (
          <span>{typeLabel(attachment.contentType).split(' ')[0]}</span>
        )}
      </div>
      <div className="attachment__facts">
        <span className="attachment__name">{attachment.filename}</span>
        <span className="muted">
          {typeLabel(attachment.contentType)} · {formatBytes(attachment.byteSize)} · added by {uploader} on{' '}
          {added}
        </span>
      </div>
      <div className="attachment__actions">
        {attachment.preview && (
          <button
            type="button"
            className="button button--quiet"
            aria-expanded={previewing}
            aria-controls={previewId}
            onClick={() => setPreviewing((open) => !open)}
          >
            {previewing ? 'Hide preview' : 'Preview'}
            <span className="visually-hidden"> {attachment.filename}</span>
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => void download()}>
          Download<span className="visually-hidden"> {attachment.filename}</span>
        </button>
        {canDelete && (
          <ConfirmButton
            onConfirm={onDelete}
            question={`Delete ${attachment.filename}?`}
            detail={`${attachment.filename} will be removed for good.`}
            confirmLabel="Delete file"
          >
            Delete<span className="visually-hidden"> {attachment.filename}</span>
          </ConfirmButton>
        )}
      </div>
      {downloadError && (
        <p role="alert" className="notice notice--error attachment__wide">
          {downloadError}
        </p>
      )}
      <div id={previewId} className="attachment__wide" hidden={!previewing}>
        {previewing && preview.links && <Preview attachment={attachment} links={preview.links} />}
        {previewing && !preview.links && !preview.error && <p className="muted">Loading preview…</p>}
        {preview.error && (
          <p role="alert" className="notice notice--error">
            {preview.error}
          </p>
        )}
      </div>
    </li>
  )
}
