import { type ChangeEvent, useEffect, useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { MediaLibrary } from './MediaLibrary.tsx'
import {
  ACCEPTED_LABEL,
  ACCEPTED_TYPES,
  getMedia,
  type MediaAsset,
  type MediaKind,
  type MediaRef,
  uploadMedia,
} from './media-api.ts'

export interface MediaPickerProps {
  label: string
  kind?: MediaKind
  /** The chosen media id, or null for none. */
  value: string | null
  onChange: (ref: MediaRef | null) => void
  help?: string
  /** The chosen file's URL when the caller already has it; otherwise it is looked up. */
  url?: string | null
}

// URLs of media seen in this tab, so a picker does not look up what another just showed.
const knownUrls = new Map<string, string>()
export const rememberMedia = (ref: MediaRef) => knownUrls.set(ref.id, ref.url)

/**
 * One image (or video) field: upload a new file with a progress bar, choose one already in the
 * organisation's library, or remove the choice. The server checks the bytes; its problem text
 * is shown as is, since it names what is accepted and the limits.
 */
export function MediaPicker({ label, kind = 'image', value, onChange, help, url }: MediaPickerProps) {
  const id = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const libraryButtonRef = useRef<HTMLButtonElement>(null)
  const [currentUrl, setCurrentUrl] = useState<string | null>(
    value ? (url ?? knownUrls.get(value) ?? null) : null,
  )
  const [missing, setMissing] = useState(false)
  const [progress, setProgress] = useState<number | null>(null)
  const [uploadingName, setUploadingName] = useState('')
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const [libraryOpen, setLibraryOpen] = useState(false)

  useEffect(() => {
    setMissing(false)
    if (!value) return setCurrentUrl(null)
    const known = url ?? knownUrls.get(value)
    if (known) return setCurrentUrl(known)
    const controller = new AbortController()
    getMedia(value, controller.signal).then(
      (asset) => {
        rememberMedia(asset)
        setCurrentUrl(asset.url)
      },
      (cause: unknown) => {
        if (!controller.signal.aborted && !isUnauthorized(cause)) setMissing(true)
      },
    )
    return () => controller.abort()
  }, [value, url])

  function choose(asset: MediaRef, how: string) {
    setError('')
    rememberMedia(asset)
    setCurrentUrl(asset.url)
    onChange({ id: asset.id, url: asset.url })
    setStatus(how)
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file || progress !== null) return
    setError('')
    setUploadingName(file.name)
    setStatus(`Uploading ${file.name}…`)
    setProgress(0)
    try {
      const asset = await uploadMedia(file, { onProgress: setProgress })
      choose(asset, `${file.name} uploaded and chosen as ${label.toLowerCase()}.`)
    } catch (cause) {
      setStatus('')
      setError(`Could not upload ${file.name}. ${messageOf(cause)}`)
    } finally {
      setProgress(null)
    }
  }

  function remove() {
    onChange(null)
    setCurrentUrl(null)
    setStatus(`${label} removed.`)
  }

  function closeLibrary() {
    setLibraryOpen(false)
    libraryButtonRef.current?.focus()
  }

  const noun = kind === 'image' ? 'image' : 'video'
  return (
    <fieldset className="media-picker" aria-describedby={`${id}-hint`}>
      <legend>{label}</legend>
      <p id={`${id}-hint`} className="field-hint muted">
        {help ? `${help} ` : ''}
        {ACCEPTED_LABEL[kind]}.
      </p>
      <div className="media-picker__current">
        {value && currentUrl ? (
          kind === 'image' ? (
            <img src={currentUrl} alt={`Current ${label.toLowerCase()}`} />
          ) : (
            <video
              src={currentUrl}
              controls
              muted
              preload="metadata"
              aria-label={`Current ${label.toLowerCase()}`}
            />
          )
        ) : (
          <p className="muted">
            {value && missing ? `The chosen ${noun} is no longer in the library.` : `No ${noun} chosen.`}
          </p>
        )}
      </div>
      <div className="button-row">
        <input
          ref={fileRef}
          type="file"
          hidden
          tabIndex={-1}
          accept={ACCEPTED_TYPES[kind]}
          aria-label={`Upload ${label.toLowerCase()}`}
          onChange={upload}
        />
        <button
          type="button"
          className="button"
          aria-disabled={progress !== null}
          onClick={() => progress === null && fileRef.current?.click()}
        >
          Upload {value ? `another ${noun}` : `an ${noun}`}
        </button>
        <button
          type="button"
          ref={libraryButtonRef}
          className="button"
          aria-expanded={libraryOpen}
          aria-controls={`${id}-library`}
          onClick={() => (libraryOpen ? closeLibrary() : setLibraryOpen(true))}
        >
          Choose from library
        </button>
        {value && (
          <button type="button" className="button button--quiet" onClick={remove}>
            Remove
          </button>
        )}
      </div>
      {progress !== null && (
        <div className="media-picker__progress">
          <span id={`${id}-progress-label`}>Uploading {uploadingName}</span>
          <div
            role="progressbar"
            className="progress-bar"
            aria-labelledby={`${id}-progress-label`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={progress}
            aria-valuetext={`${progress}%`}
          >
            <span style={{ inlineSize: `${progress}%` }} />
          </div>
        </div>
      )}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {libraryOpen && (
        <MediaLibrary
          id={`${id}-library`}
          kind={kind}
          selectedId={value}
          onPick={(asset: MediaAsset) => {
            choose(asset, `${asset.fileName ?? `The ${noun}`} chosen as ${label.toLowerCase()}.`)
            closeLibrary()
          }}
          onDeleted={(mediaId) => {
            knownUrls.delete(mediaId)
            if (mediaId === value) remove()
          }}
          onClose={closeLibrary}
        />
      )}
    </fieldset>
  )
}
