import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { messageOf } from '../../app/useSession.ts'
import { AttachmentRow } from './AttachmentRow.tsx'
import {
  ACCEPTED_ATTACHMENTS,
  ACCEPTED_ATTACHMENTS_LABEL,
  type Attachment,
  type AttachmentEntity,
  type CrmStorage,
  crmStorage,
  deleteAttachment,
  listAttachments,
  uploadAttachment,
} from './attachments-api.ts'
import { formatBytes } from './format-bytes.ts'
import { StorageBar } from './StorageBar.tsx'

interface AttachmentsPanelProps {
  entity: AttachmentEntity
  entityId: string
  /** Hides upload and delete for people who may only read the CRM (the API refuses them anyway). */
  canWrite?: boolean
  /** The session expired; without it the panel says so in place. */
  onSessionExpired?: () => void
}

/**
 * The files on a contact, company or deal: upload with progress, a list with thumbnails,
 * image and PDF previews, downloads through five-minute signed links, delete after a
 * confirmation, and how much of the plan's storage is used.
 */
export function AttachmentsPanel({
  entity,
  entityId,
  canWrite = true,
  onSessionExpired,
}: AttachmentsPanelProps) {
  const headingId = useId()
  const inputId = useId()
  const hintId = useId()
  const expired = useCallback(() => onSessionExpired?.(), [onSessionExpired])
  const [items, setItems] = useState<Attachment[] | null>(null)
  const [nextCursor, setNextCursor] = useState<string | null>(null)
  const [loadError, setLoadError] = useState('')
  const [loadingMore, setLoadingMore] = useState(false)
  const [storage, setStorage] = useState<CrmStorage | null>(null)
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null)
  const { status, error, act } = useAction(expired)
  const inputRef = useRef<HTMLInputElement>(null)
  const record = { entity, entityId }

  const load = useCallback(
    (signal?: AbortSignal) => {
      setLoadError('')
      Promise.all([listAttachments({ entity, entityId }, null, signal), crmStorage(signal)]).then(
        ([list, usage]) => {
          setItems(list.items)
          setNextCursor(list.nextCursor)
          setStorage(usage)
        },
        (cause: unknown) => {
          if (!signal?.aborted) setLoadError(messageOf(cause))
        },
      )
    },
    [entity, entityId],
  )

  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal)
    return () => controller.abort()
  }, [load])

  async function loadMore() {
    if (!nextCursor || loadingMore) return
    setLoadingMore(true)
    try {
      const page = await listAttachments(record, nextCursor)
      setItems((current) => [...(current ?? []), ...page.items])
      setNextCursor(page.nextCursor)
    } catch (cause) {
      setLoadError(messageOf(cause))
    } finally {
      setLoadingMore(false)
    }
  }

  async function upload(file: File) {
    await act(async () => {
      setProgress({ name: file.name, percent: 0 })
      try {
        const added = await uploadAttachment(record, file, {
          onProgress: (percent) => setProgress({ name: file.name, percent }),
        })
        setItems((current) => [added, ...(current ?? [])])
        setStorage((usage) => usage && { ...usage, usedBytes: usage.usedBytes + added.byteSize })
        return `${added.filename} attached (${formatBytes(added.byteSize)})`
      } finally {
        setProgress(null)
        if (inputRef.current) inputRef.current.value = ''
      }
    })
  }

  const remove = (attachment: Attachment) =>
    act(async () => {
      await deleteAttachment(attachment.id)
      setItems((current) => (current ?? []).filter((item) => item.id !== attachment.id))
      setStorage(
        (usage) => usage && { ...usage, usedBytes: Math.max(0, usage.usedBytes - attachment.byteSize) },
      )
      return `${attachment.filename} removed`
    })

  return (
    <section className="attachments" aria-labelledby={headingId}>
      <h2 id={headingId}>Files</h2>
      {storage && <StorageBar usage={storage} />}
      {canWrite && (
        <div className="attachments__upload">
          <label className="attachments__label" htmlFor={inputId}>
            Attach a file
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="attachments__file"
            type="file"
            accept={ACCEPTED_ATTACHMENTS}
            aria-describedby={hintId}
            disabled={progress !== null}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0]
              if (file) void upload(file)
            }}
          />
          <span id={hintId} className="muted attachments__hint">
            {ACCEPTED_ATTACHMENTS_LABEL}
          </span>
          {progress && (
            <span className="attachments__progress">
              <progress max={100} value={progress.percent} aria-label={`Uploading ${progress.name}`} />
              <span aria-hidden="true">{progress.percent}%</span>
            </span>
          )}
        </div>
      )}
      <ActionOutcome status={status} error={error} />
      {loadError && <LoadError onRetry={() => load()}>Files could not be loaded: {loadError}</LoadError>}
      {items === null && !loadError && <p className="muted">Loading files…</p>}
      {items !== null && items.length === 0 && <p className="muted">No files yet.</p>}
      {items !== null && items.length > 0 && (
        <ul className="attachments__list">
          {items.map((item) => (
            <AttachmentRow
              key={item.id}
              attachment={item}
              canDelete={canWrite}
              onDelete={() => remove(item)}
              onSessionExpired={expired}
            />
          ))}
        </ul>
      )}
      {nextCursor && <LoadMore loading={loadingMore} onLoadMore={() => void loadMore()} />}
    </section>
  )
}
