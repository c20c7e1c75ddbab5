import { type FormEvent, useCallback, useEffect, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { messageOf } from '../../app/useSession.ts'
import {
  type CrmEntity,
  type CrmFilter,
  type CrmSort,
  type CrmView,
  createView,
  deleteView,
  listViews,
  updateView,
} from './crm-views-api.ts'

interface Props {
  entity: CrmEntity
  /** What the list shows now: what "Save" keeps. */
  filter: CrmFilter
  sort: CrmSort | null
  /** The view chosen (null: back to everything); the list takes its filter and sort. */
  onApply: (view: CrmView | null) => void
  /** The id of the view the list shows, if it came from one. */
  currentId: string | null
  onSessionExpired: () => void
}

/**
 * The member's own saved views of a list: pick one to apply its filter and sort, save what is
 * shown as a new view, update or delete the chosen one. Nobody else sees them.
 */
export function SavedViews({ entity, filter, sort, onApply, currentId, onSessionExpired }: Props) {
  const id = useId()
  const [views, setViews] = useState<CrmView[]>([])
  const [naming, setNaming] = useState(false)
  const [name, setName] = useState('')
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')
  const current = views.find((v) => v.id === currentId) ?? null

  const fail = useCallback(
    (cause: unknown) => {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(messageOf(cause))
    },
    [onSessionExpired],
  )

  useEffect(() => {
    const controller = new AbortController()
    listViews(entity, controller.signal).then(setViews, (cause: unknown) => {
      if (!controller.signal.aborted) fail(cause)
    })
    return () => controller.abort()
  }, [entity, fail])

  async function run(action: () => Promise<string>): Promise<boolean> {
    setError('')
    try {
      setStatus(await action())
      return true
    } catch (cause) {
      fail(cause)
      return false
    }
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const done = await run(async () => {
      const view = await createView({ entity, name: name.trim(), filter, sort })
      setViews((list) => [...list, view].sort((a, b) => a.name.localeCompare(b.name)))
      onApply(view)
      return `Saved the view “${view.name}”.`
    })
    if (done) {
      setNaming(false)
      setName('')
    }
  }

  const update = (view: CrmView) =>
    run(async () => {
      const saved = await updateView(view.id, { filter, sort })
      setViews((list) => list.map((v) => (v.id === saved.id ? saved : v)))
      return `Updated the view “${saved.name}”.`
    })

  const remove = (view: CrmView) =>
    run(async () => {
      await deleteView(view.id)
      setViews((list) => list.filter((v) => v.id !== view.id))
      onApply(null)
      return `Deleted the view “${view.name}”.`
    })

  return (
    <div className="saved-views">
      <div className="field">
        <label htmlFor={`${id}-view`}>Saved view</label>
        <select
          id={`${id}-view`}
          value={current?.id ?? ''}
          onChange={(e) => onApply(views.find((v) => v.id === e.target.value) ?? null)}
        >
          <option value="">None (all records)</option>
          {views.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </select>
      </div>
      {naming ? (
        <form className="saved-views__name" onSubmit={save}>
          <div className="field">
            <label htmlFor={`${id}-name`}>Name for this view</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={80}
              required
              // biome-ignore lint/a11y/noAutofocus: the field was just opened by the person's own click
              autoFocus
              onChange={(e) => setName(e.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary">
            Save view
          </button>
          <button type="button" className="button button--quiet" onClick={() => setNaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setNaming(true)}>
            Save as a view…
          </button>
          {current && (
            <>
              <button type="button" className="button" onClick={() => update(current)}>
                Update “{current.name}”
              </button>
              <ConfirmButton
                question={`Delete the view “${current.name}”?`}
                confirmLabel="Delete view"
                onConfirm={() => remove(current)}
              >
                Delete view
              </ConfirmButton>
            </>
          )}
        </div>
      )}
      <p role="status" className="visually-hidden">
        {status}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </div>
  )
}
