import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { useAction } from '../../app/components/useAction.ts'
import { useResource } from '../../app/useResource.ts'
import {
  archiveCrmField,
  type CrmEntity,
  type CrmField,
  listAllCrmFields,
  updateCrmField,
} from './crm-fields-api.ts'
import { FieldDialog } from './FieldDialog.tsx'
import { TYPE_LABELS } from './field-format.ts'

const ENTITY_NOUN: Record<CrmEntity, string> = { contact: 'contact', company: 'company', deal: 'deal' }

/** One entity's fields: add, edit, move up or down (buttons, so the keyboard can reorder), archive. */
export function FieldsPanel({
  entity,
  title,
  onSessionExpired,
}: {
  entity: CrmEntity
  title: string
  onSessionExpired: () => void
}) {
  const captionId = useId()
  const fetchFields = useCallback((signal?: AbortSignal) => listAllCrmFields(entity, signal), [entity])
  const fields = useResource(fetchFields, onSessionExpired)
  const action = useAction(onSessionExpired)
  const [dialog, setDialog] = useState<CrmField | 'new' | null>(null)
  const buttons = useRef(new Map<string, HTMLButtonElement | null>())
  // The button pressed to move a row, focused again once the row is drawn in its new place
  // (moving a row in the page takes the focus away from what is inside it).
  const [refocus, setRefocus] = useState<string | null>(null)

  useEffect(() => {
    if (!refocus) return
    buttons.current.get(refocus)?.focus()
    setRefocus(null)
  }, [refocus])

  if (!fields.data)
    return fields.error ? (
      <LoadError onRetry={fields.reload}>Could not load the fields. {fields.error}</LoadError>
    ) : (
      <p className="muted">Loading fields…</p>
    )

  const live = fields.data.filter((f) => !f.archivedAt).sort((a, b) => a.position - b.position)
  const archived = fields.data.filter((f) => f.archivedAt)

  // Applied in place rather than fetched again: a reload still in flight could land after a
  // move made meanwhile and put the old order back. New fields come last; edits keep their place.
  function onSaved(saved: CrmField) {
    fields.setData((list) => {
      const rest = (list ?? []).filter((f) => f.id !== saved.id)
      return [...rest, saved]
    })
  }

  const move = (field: CrmField, by: -1 | 1) =>
    action.act(async () => {
      const index = live.findIndex((f) => f.id === field.id)
      const target = index + by
      if (target < 0 || target >= live.length)
        return `“${field.label}” is already ${by < 0 ? 'first' : 'last'}.`
      await updateCrmField(field.id, { position: target })
      const order = live.filter((f) => f.id !== field.id)
      order.splice(target, 0, field)
      fields.setData([...order.map((f, position) => ({ ...f, position })), ...archived])
      setRefocus(`${field.id}:${by}`)
      return `Moved “${field.label}” to place ${target + 1} of ${live.length}.`
    })

  const archive = (field: CrmField) =>
    action.act(async () => {
      await archiveCrmField(field.id)
      const archivedAt = new Date().toISOString()
      fields.setData((list) => (list ?? []).map((f) => (f.id === field.id ? { ...f, archivedAt } : f)))
      return `Archived “${field.label}”.`
    })

  return (
    <>
      <div className="section-header">
        <h2 className="section-title">{title}</h2>
        <button type="button" className="button button--primary" onClick={() => setDialog('new')}>
          Add field
        </button>
      </div>
      <p role="status" className={action.error ? 'notice notice--error' : 'visually-hidden'}>
        {action.error || action.status}
      </p>
      {live.length === 0 ? (
        <p className="empty-state">No custom fields for {title.toLowerCase()} yet.</p>
      ) : (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
          <table className="data-table crm-fields-table">
            <caption id={captionId}>{title}: fields in form order</caption>
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Type</th>
                <th scope="col">Required</th>
                <th scope="col">Options</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {live.map((f, index) => (
                <tr key={f.id}>
                  <th scope="row">
                    <bdi>{f.label}</bdi>
                    <code className="cell-code muted">{f.key}</code>
                  </th>
                  <td>{TYPE_LABELS[f.type]}</td>
                  <td>{f.required ? 'Yes' : 'No'}</td>
                  <td className="cell-wrap">{f.options.length ? <bdi>{f.options.join(', ')}</bdi> : '—'}</td>
                  <td>
                    <div className="crm-fields-table__actions">
                      <button type="button" className="button" onClick={() => setDialog(f)}>
                        Edit<span className="visually-hidden"> {f.label}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        ref={(el) => {
                          buttons.current.set(`${f.id}:-1`, el)
                        }}
                        aria-disabled={index === 0}
                        onClick={() => move(f, -1)}
                      >
                        Move up<span className="visually-hidden"> {f.label}</span>
                      </button>
                      <button
                        type="button"
                        className="button button--quiet"
                        ref={(el) => {
                          buttons.current.set(`${f.id}:1`, el)
                        }}
                        aria-disabled={index === live.length - 1}
                        onClick={() => move(f, 1)}
                      >
                        Move down<span className="visually-hidden"> {f.label}</span>
                      </button>
                      <ConfirmButton
                        question={`Archive “${f.label}”?`}
                        detail="It leaves forms, filters and imports. Values already stored stay on the records, and its key stays taken."
                        confirmLabel="Archive field"
                        onConfirm={() => archive(f)}
                      >
                        Archive<span className="visually-hidden"> {f.label}</span>
                      </ConfirmButton>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {archived.length > 0 && (
        <details className="crm-fields-archived">
          <summary>Archived fields ({archived.length})</summary>
          <ul>
            {archived.map((f) => (
              <li key={f.id}>
                <bdi>{f.label}</bdi> <code className="muted">{f.key}</code> · {TYPE_LABELS[f.type]}
              </li>
            ))}
          </ul>
        </details>
      )}
      {dialog && (
        <FieldDialog
          entity={entity}
          entityLabel={ENTITY_NOUN[entity]}
          field={dialog === 'new' ? null : dialog}
          onSaved={onSaved}
          onClose={() => setDialog(null)}
          onSessionExpired={onSessionExpired}
        />
      )}
    </>
  )
}
