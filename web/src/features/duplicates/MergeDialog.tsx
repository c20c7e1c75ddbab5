import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import {
  ENTITY_PLURAL,
  type MergeEntity,
  type MergePreview,
  type MergeResult,
  mergeRecords,
  previewMerge,
} from './duplicates-api.ts'

interface Props {
  entity: MergeEntity
  /** The records to merge; the first stays unless another is chosen. */
  ids: string[]
  onMerged: (result: MergeResult, keptName: string) => void
  onCancel: () => void
  onSessionExpired: () => void
}

const defaultsOf = (preview: MergePreview) =>
  Object.fromEntries(preview.fields.map((f) => [f.key, f.defaultRecordId]))

const added = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' })

/**
 * Merging records, in a modal dialog: which record stays, then for each field where they
 * differ a radio group of their values. Choosing another record to keep asks the server again
 * (its defaults follow the record that stays). Escape or Cancel changes nothing.
 */
export function MergeDialog({ entity, ids, onMerged, onCancel, onSessionExpired }: Props) {
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const done = useRef<{ result: MergeResult; name: string } | null>(null)
  const [order, setOrder] = useState(ids)
  const [preview, setPreview] = useState<MergePreview | null>(null)
  const [choices, setChoices] = useState<Record<string, string>>({})
  const [loadError, setLoadError] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const kind = entity === 'contact' ? 'contact' : 'company'

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  useEffect(() => {
    const controller = new AbortController()
    setLoadError('')
    previewMerge(entity, order, controller.signal).then(
      (next) => {
        setPreview(next)
        setChoices(defaultsOf(next))
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return
        if (isUnauthorized(cause)) onSessionExpired()
        else setLoadError(messageOf(cause))
      },
    )
    return () => controller.abort()
  }, [entity, order, onSessionExpired])

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (!preview || pending) return
    setPending(true)
    setError('')
    const [primaryId, ...mergeIds] = order
    const fields = Object.fromEntries(
      preview.fields.filter((f) => f.differs).map((f) => [f.key, choices[f.key] ?? f.defaultRecordId]),
    )
    try {
      const result = await mergeRecords(entity, { primaryId: primaryId!, mergeIds, fields })
      done.current = { result, name: preview.records.find((r) => r.id === primaryId)?.name ?? '' }
      ref.current?.close()
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
      setPending(false)
    }
  }

  const nameOf = (recordId: string) => preview?.records.find((r) => r.id === recordId)?.name ?? recordId
  const differing = preview?.fields.filter((f) => f.differs) ?? []
  const same = preview?.fields.filter((f) => !f.differs) ?? []

  return (
    <dialog
      ref={ref}
      className="merge-dialog"
      aria-labelledby={`${id}-title`}
      onClose={() => (done.current ? onMerged(done.current.result, done.current.name) : onCancel())}
    >
      <form className="form" onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>
          Merge {ids.length} {ENTITY_PLURAL[entity]}
        </h2>
        <p>
          Choose the {kind} that stays and, where they differ, which value to keep. The others are then
          deleted for good; this cannot be undone.
        </p>
        {loadError && (
          <p role="alert" className="notice notice--error">
            Could not prepare the merge. {loadError}
          </p>
        )}
        {!preview && !loadError && (
          <p role="status" className="muted">
            Loading…
          </p>
        )}
        {preview && (
          <>
            <fieldset className="merge-choice">
              <legend>Which {kind} stays?</legend>
              {preview.records.map((record) => (
                <label key={record.id} className="merge-choice__option">
                  <input
                    type="radio"
                    name={`${id}-primary`}
                    checked={order[0] === record.id}
                    onChange={() => setOrder([record.id, ...ids.filter((other) => other !== record.id)])}
                  />
                  <span>
                    <bdi className="merge-choice__name">{record.name}</bdi>
                    <span className="muted">
                      {' '}
                      {[...record.summary, `added ${added(record.createdAt)}`].join(' · ')}
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
            {differing.map((field) => (
              <fieldset key={field.key} className="merge-choice">
                <legend>{field.label}</legend>
                {field.options.map((option) => (
                  <label key={option.recordId} className="merge-choice__option">
                    <input
                      type="radio"
                      name={`${id}-${field.key}`}
                      checked={(choices[field.key] ?? field.defaultRecordId) === option.recordId}
                      onChange={() => setChoices((c) => ({ ...c, [field.key]: option.recordId }))}
                    />
                    <span>
                      {option.value === null ? (
                        <span className="muted">(empty)</span>
                      ) : (
                        <bdi>{option.value}</bdi>
                      )}
                      <span className="muted">
                        {' '}
                        from <bdi>{nameOf(option.recordId)}</bdi>
                      </span>
                    </span>
                  </label>
                ))}
              </fieldset>
            ))}
            {same.length > 0 && (
              <p className="muted">The same in each: {same.map((f) => f.label).join(', ')}.</p>
            )}
            <p className="merge-kept__title">Kept whatever you choose:</p>
            <ul className="merge-kept">
              {preview.kept.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        )}
        {error && (
          <p role="alert" className="notice notice--error">
            {error}
          </p>
        )}
        <div className="merge-dialog__actions">
          <button type="submit" className="button button--danger" aria-disabled={!preview || pending}>
            {pending ? 'Merging…' : `Merge into ${preview ? nameOf(order[0]!) : 'one'}`}
          </button>
          <button type="button" className="button button--quiet" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
