import { useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { SelectionBar } from '../../app/components/SelectionBar.tsx'
import { messageOf } from '../../app/useSession.ts'
import { bulkActivities } from './activities-api.ts'
import type { CrmMembers } from './useCrmMembers.ts'

const word = (n: number) => `${n} activit${n === 1 ? 'y' : 'ies'}`

/** Completes or reassigns the selected tasks in one request (all of them or none). */
export function TaskBulkBar({
  activityIds,
  members,
  onDone,
  onClear,
  onSessionExpired,
}: {
  activityIds: string[]
  members: CrmMembers
  onDone: (notice: string, action: 'complete' | 'reassign') => void
  onClear: () => void
  onSessionExpired: () => void
}) {
  const id = useId()
  const [assignee, setAssignee] = useState('')
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const count = activityIds.length

  async function run(action: 'complete' | 'reassign') {
    if (pending) return
    if (action === 'reassign' && !assignee) {
      setError('Choose who to give them to.')
      return
    }
    setError('')
    setPending(true)
    try {
      const result = await bulkActivities({
        activityIds,
        action,
        ...(action === 'reassign' ? { assigneeUserId: assignee } : {}),
      })
      onDone(
        action === 'complete'
          ? `Completed ${word(result.updated)}.`
          : `Gave ${word(result.updated)} to ${members.nameOf(assignee)}.`,
        action,
      )
    } catch (cause) {
      if (isUnauthorized(cause)) onSessionExpired()
      else setError(`Nothing was changed. ${messageOf(cause)}`)
    } finally {
      setPending(false)
    }
  }

  return (
    <SelectionBar title={`${word(count)} selected`} error={error} onClear={onClear}>
      <button
        type="button"
        className="button button--primary"
        aria-disabled={pending}
        onClick={() => void run('complete')}
      >
        Complete selected
      </button>
      <div className="field bulk-bar__field">
        <label htmlFor={`${id}-assignee`}>Give to</label>
        <select id={`${id}-assignee`} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
          <option value="">Choose a member</option>
          {members.assignable.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" aria-disabled={pending} onClick={() => void run('reassign')}>
        Reassign
      </button>
    </SelectionBar>
  )
}
