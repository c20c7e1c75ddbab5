import { useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { ConfirmPrompt, useConfirmStep } from '../../app/components/Confirm.tsx'
import { SelectionBar } from '../../app/components/SelectionBar.tsx'
import { messageOf } from '../../app/useSession.ts'
import { STATUS_LABELS, STATUSES } from './lead-format.ts'
import { bulkUpdateLeads, type Lead, type LeadChanges } from './leads-api.ts'
import type { People } from './usePeople.ts'

interface Props {
  leadIds: readonly string[]
  people: People
  /** After a change went through: the change, and what to tell the viewer. */
  onDone: (set: LeadChanges, notice: string) => void
  onClear: () => void
  onSessionExpired: () => void
}

const leadsWord = (n: number) => `${n} lead${n === 1 ? '' : 's'}`

/** Assign or set the status of the selected leads, each after a confirmation. */
export function BulkBar({ leadIds, people, onDone, onClear, onSessionExpired }: Props) {
  const id = useId()
  const [owner, setOwner] = useState('')
  const [status, setStatus] = useState<'' | Lead['status']>('')
  const [error, setError] = useState('')
  const count = leadIds.length
  const ownerName = owner === 'none' ? null : owner ? people.nameOf(owner) : ''

  async function apply(set: LeadChanges, done: string): Promise<boolean> {
    setError('')
    try {
      const result = await bulkUpdateLeads({ leadIds: [...leadIds], set })
      const unchanged = result.matched - result.updated
      onDone(set, `${done}${unchanged > 0 ? ` ${leadsWord(unchanged)} already were.` : ''}`)
      return true
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(`Nothing was changed. ${messageOf(cause)}`)
      return false
    }
  }

  const assign = useConfirmStep(() =>
    apply(
      { ownerUserId: owner === 'none' ? null : owner },
      ownerName === null
        ? `Unassigned ${leadsWord(count)}.`
        : `Assigned ${leadsWord(count)} to ${ownerName}.`,
    ),
  )
  const setStatusStep = useConfirmStep(() =>
    status
      ? apply({ status }, `Set ${leadsWord(count)} to ${STATUS_LABELS[status]}.`)
      : Promise.resolve(true),
  )
  const others = people.canAssign ? people.assignable.filter((p) => p.userId !== people.me) : []

  return (
    <SelectionBar title={`${leadsWord(count)} selected`} error={error} onClear={onClear}>
      <div className="field">
        <label htmlFor={`${id}-owner`}>Assign to</label>
        <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)}>
          <option value="">Choose…</option>
          <option value={people.me}>Me</option>
          {people.canAssign && <option value="none">Nobody (unassign)</option>}
          {others.map((p) => (
            <option key={p.userId} value={p.userId}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      {assign.confirming ? (
        <ConfirmPrompt
          step={assign}
          question={
            ownerName === null
              ? `Unassign ${leadsWord(count)}?`
              : `Assign ${leadsWord(count)} to ${ownerName}?`
          }
          confirmLabel={ownerName === null ? 'Unassign' : 'Assign'}
        />
      ) : (
        <button
          type="button"
          ref={assign.triggerRef}
          className="button"
          disabled={!owner}
          onClick={assign.open}
        >
          Assign…
        </button>
      )}
      <div className="field">
        <label htmlFor={`${id}-status`}>Set status</label>
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as '' | Lead['status'])}
        >
          <option value="">Choose…</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {setStatusStep.confirming && status ? (
        <ConfirmPrompt
          step={setStatusStep}
          question={`Set ${leadsWord(count)} to ${STATUS_LABELS[status]}?`}
          confirmLabel="Set status"
        />
      ) : (
        <button
          type="button"
          ref={setStatusStep.triggerRef}
          className="button"
          disabled={!status}
          onClick={setStatusStep.open}
        >
          Set status…
        </button>
      )}
    </SelectionBar>
  )
}
