import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { messageOf } from '../../app/useSession.ts'
import { deleteMedia, listMedia, type MediaAsset, type MediaKind } from './media-api.ts'

/** The organisation's uploads of one kind, newest first: pick one, or delete one for good. */
export function MediaLibrary({
  id,
  kind,
  selectedId,
  onPick,
  onDeleted,
  onClose,
}: {
  id: string
  kind: MediaKind
  selectedId: string | null
  onPick: (asset: MediaAsset) => void
  onDeleted: (mediaId: string) => void
  onClose: () => void
}) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [items, setItems] = useState<MediaAsset[] | null>(null)
  const [cursor, setCursor] = useState<string | null>(null)
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState('')
  const [status, setStatus] = useState('')

  const load = useCallback(
    (after: string | null, signal?: AbortSignal) => {
      setLoading(true)
      setError('')
      listMedia({ kind, cursor: after }, signal).then(
        (page) => {
          setItems((prev) => (after ? [...(prev ?? []), ...page.data] : page.data))
          setCursor(page.nextCursor)
          setLoading(false)
        },
        (cause: unknown) => {
          if (signal?.aborted) return
          setError(`Could not load the library. ${messageOf(cause)}`)
          setLoading(false)
        },
      )
    },
    [kind],
  )

  useEffect(() => {
    const controller = new AbortController()
    load(null, controller.signal)
    headingRef.current?.focus()
    return () => controller.abort()
  }, [load])

  async function remove(asset: MediaAsset): Promise<boolean> {
    try {
      await deleteMedia(asset.id)
      setItems((prev) => prev?.filter((item) => item.id !== asset.id) ?? null)
      setStatus(`${asset.fileName ?? 'The file'} deleted.`)
      onDeleted(asset.id)
      return true
    } catch (cause) {
      setError(`Could not delete ${asset.fileName ?? 'the file'}. ${messageOf(cause)}`)
      return false
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation()
      onClose()
    }
  }

  return (
    <section id={id} className="media-library" aria-labelledby={`${id}-title`} onKeyDown={onKeyDown}>
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Library
      </h3>
      <p role="status" className="visually-hidden">
        {status || (loading ? 'Loading the library…' : '')}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {items?.length === 0 && <p className="muted">Nothing uploaded yet.</p>}
      {items && items.length > 0 && (
        <ul className="media-library__grid">
          {items.map((asset) => {
            const name = asset.fileName ?? asset.id
            return (
              <li key={asset.id} className="media-library__item">
                <button
                  type="button"
                  className="media-library__pick"
                  aria-pressed={asset.id === selectedId}
                  onClick={() => onPick(asset)}
                >
                  {asset.kind === 'image' ? (
                    <img src={asset.url} alt="" loading="lazy" />
                  ) : (
                    <span className="media-library__video" aria-hidden="true">
                      ▶
                    </span>
                  )}
                  <span className="media-library__name">
                    <span className="visually-hidden">Choose </span>
                    {name}
                  </span>
                  <span className="muted media-library__meta">
                    {asset.width && asset.height ? `${asset.width}×${asset.height}, ` : ''}
                    {formatBytes(asset.bytes)}
                  </span>
                </button>
                <ConfirmButton
                  question={`Delete ${name} for good?`}
                  detail="Pages that use it will show nothing in its place."
                  confirmLabel="Delete"
                  onConfirm={() => remove(asset)}
                >
                  Delete<span className="visually-hidden"> {name}</span>
                </ConfirmButton>
              </li>
            )
          })}
        </ul>
      )}
      <div className="button-row">
        {cursor && <LoadMore loading={loading} onLoadMore={() => !loading && load(cursor)} />}
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close library
        </button>
      </div>
    </section>
  )
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
