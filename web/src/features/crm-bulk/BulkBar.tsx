import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { ConfirmPrompt, useConfirmStep } from '../../app/components/Confirm.tsx'
import { messageOf } from '../../app/useSession.ts'
import { type BulkKind, BulkValue } from './BulkValue.tsx'
import { type BulkEntity, type BulkRequest, bulkChange, type CrmFilter, countOf } from './crm-bulk-api.ts'
import { offerUndo } from './UndoToast.tsx'
import { useBulkChoices } from './useBulkChoices.ts'

interface Props {
  entity: BulkEntity
  selectedIds: readonly string[]
  /** The list's current filter: the bar can apply to everything it matches instead. */
  filter: CrmFilter
  onDone: () => void
  onSessionExpired?: () => void
}

const split = (text: string) =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)

const filters = (filter: CrmFilter) => filter.conditions.length > 0 || !!filter.q?.trim()

/**
 * Bulk changes for a contacts or companies list: tag, untag, owner, lifecycle stage, branch, a
 * custom field, or delete (after a confirmation), for the selected records or every record the
 * filter matches. Each change can be undone for ten minutes from the toast it leaves.
 */
export function BulkBar({ entity, selectedIds, filter, onDone, onSessionExpired = () => undefined }: Props) {
  const id = useId()
  const choices = useBulkChoices(entity, onSessionExpired)
  const [scope, setScope] = useState<'selected' | 'filter'>('selected')
  const [kind, setKind] = useState<BulkKind>('')
  const [value, setValue] = useState('')
  const [fieldKey, setFieldKey] = useState('')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState('')
  const target =
    scope === 'selected' ? countOf(entity, selectedIds.length) : `every ${entity} matching the filters`

  function request(): { body: BulkRequest; done: string } | string {
    const where = scope === 'selected' ? { ids: [...selectedIds] } : { filter }
    const base = { entity, ...where }
    const field = choices.fields.find((f) => f.key === fieldKey)
    switch (kind) {
      case 'tag':
      case 'untag': {
        const tags = split(value)
        if (tags.length === 0) return 'Write at least one tag.'
        const verb = kind === 'tag' ? 'Tagged' : 'Removed the tags from'
        return { body: { ...base, action: kind, tags }, done: `${verb} ${target}.` }
      }
      case 'owner':
        if (!value) return 'Choose the new owner.'
        return {
          body: { ...base, action: 'update', patch: { ownerUserId: value === 'none' ? null : value } },
          done: `Changed the owner of ${target}.`,
        }
      case 'lifecycle':
        if (!value) return 'Choose the lifecycle stage.'
        return {
          body: { ...base, action: 'update', patch: { lifecycleStage: value as 'lead' } },
          done: `Moved ${target} to a new stage.`,
        }
      case 'branch':
        if (!value) return 'Choose the branch.'
        return {
          body: { ...base, action: 'update', patch: { branchId: value === 'none' ? null : value } },
          done: `Moved ${target} to another branch.`,
        }
      case 'custom': {
        if (!field) return 'Choose the custom field.'
        const next = value.trim() === '' ? null : field.type === 'multi_select' ? split(value) : value
        return {
          body: { ...base, action: 'update', patch: { customFields: { [field.key]: next } } },
          done: `Set ${field.label} on ${target}.`,
        }
      }
      case 'delete':
        return { body: { ...base, action: 'delete' }, done: `Deleted ${target}.` }
      default:
        return 'Choose what to change.'
    }
  }

  async function apply(): Promise<boolean> {
    const built = request()
    if (typeof built === 'string') {
      setError(built)
      return false
    }
    setPending(true)
    setError('')
    try {
      const result = await bulkChange(built.body)
      const message =
        scope === 'filter' ? built.done.replace(target, countOf(entity, result.count)) : built.done
      offerUndo({
        crmUndoId: result.crmUndoId,
        message,
        expiresAt: result.expiresAt,
        onUndone: onDone,
        onUnauthorized: onSessionExpired,
      })
      setKind('')
      setValue('')
      onDone()
      return true
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(`Nothing was changed. ${messageOf(cause)}`)
      return false
    } finally {
      setPending(false)
    }
  }

  const remove = useConfirmStep(apply)

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    if (kind === 'delete') remove.open()
    else void apply()
  }

  return (
    <section className="bulk-bar crm-bulk" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="bulk-bar__title">
        {countOf(entity, selectedIds.length)} selected
      </h2>
      <form onSubmit={submit} aria-busy={pending}>
        {filters(filter) && (
          <fieldset className="crm-bulk__scope">
            <legend>Change</legend>
            <label>
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'selected'}
                onChange={() => setScope('selected')}
              />{' '}
              the {countOf(entity, selectedIds.length)} selected
            </label>
            <label>
              <input
                type="radio"
                name={`${id}-scope`}
                checked={scope === 'filter'}
                onChange={() => setScope('filter')}
              />{' '}
              every {entity} matching the filters (up to 5,000)
            </label>
          </fieldset>
        )}
        <div className="bulk-bar__actions">
          <div className="field">
            <label htmlFor={`${id}-kind`}>Action</label>
            <select
              id={`${id}-kind`}
              value={kind}
              onChange={(e) => {
                setKind(e.target.value as BulkKind)
                setValue('')
                setError('')
              }}
            >
              <option value="">Choose…</option>
              <option value="tag">Add tags</option>
              <option value="untag">Remove tags</option>
              <option value="owner">Change owner</option>
              {entity === 'contact' && <option value="lifecycle">Set lifecycle stage</option>}
              <option value="branch">Move to a branch</option>
              {choices.fields.length > 0 && <option value="custom">Set a custom field</option>}
              {choices.canDelete && <option value="delete">Delete</option>}
            </select>
          </div>
          <BulkValue
            id={id}
            kind={kind}
            value={value}
            onValue={setValue}
            fieldKey={fieldKey}
            onFieldKey={setFieldKey}
            owners={choices.owners}
            branches={choices.branches}
            fields={choices.fields}
            wholeOrganisation={choices.wholeOrganisation}
          />
          {remove.confirming ? (
            <ConfirmPrompt
              step={remove}
              question={`Delete ${target}?`}
              detail={`They leave every list at once. You can undo this for 10 minutes; after that they are removed for good.`}
              confirmLabel={`Delete ${target}`}
            />
          ) : (
            <button
              ref={remove.triggerRef}
              type="submit"
              className={kind === 'delete' ? 'button button--danger' : 'button button--primary'}
              aria-disabled={pending}
            >
              {pending ? 'Applying…' : kind === 'delete' ? 'Delete…' : 'Apply'}
            </button>
          )}
        </div>
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </form>
    </section>
  )
}
