import { type FormEvent, useEffect, useId, useState } from 'react'
import { ApiProblem, isUnauthorized } from '../../api/client.ts'
import { messageOf } from '../../app/useSession.ts'
import { STATUS_LABELS, STATUSES } from './lead-format.ts'
import { type Lead, type LeadChanges, updateLead } from './leads-api.ts'
import type { People } from './usePeople.ts'

interface Props {
  lead: Lead
  people: People
  onChanged: (lead: Lead) => void
  onSessionExpired: () => void
}

/**
 * Status and owner. With leads.assign: any member who works the lead's branch, or nobody.
 * Without it, an unassigned lead can be claimed.
 */
export function LeadControls({ lead, people, onChanged, onSessionExpired }: Props) {
  const id = useId()
  const [status, setStatus] = useState(lead.status)
  const [owner, setOwner] = useState(lead.ownerUserId ?? '')
  const [pending, setPending] = useState(false)
  const [outcome, setOutcome] = useState('')
  const [error, setError] = useState('')
  // Someone else's change (arriving live) resets the choices to the lead as it now is.
  useEffect(() => {
    setStatus(lead.status)
    setOwner(lead.ownerUserId ?? '')
  }, [lead.status, lead.ownerUserId])
  const candidates = people.assignable.filter(
    (p) => p.branchIds === null || p.branchIds.includes(lead.branchId),
  )

  async function save(changes: LeadChanges, done: string) {
    if (pending) return
    setPending(true)
    setError('')
    setOutcome('')
    try {
      const updated = await updateLead(lead.id, changes)
      setOutcome(done)
      onChanged(updated)
    } catch (cause) {
      if (isUnauthorized(cause)) return onSessionExpired()
      const field = cause instanceof ApiProblem ? cause.fieldError('ownerUserId') : undefined
      setError(field ?? messageOf(cause))
    } finally {
      setPending(false)
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const changes: LeadChanges = {}
    if (status !== lead.status) changes.status = status
    if (people.canAssign && owner !== (lead.ownerUserId ?? '')) changes.ownerUserId = owner || null
    if (Object.keys(changes).length === 0) return setOutcome('Nothing to change.')
    void save(changes, 'Saved.')
  }

  const claimable = !people.canAssign && lead.ownerUserId === null
  return (
    <form className="form lead-controls" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`} className="lead-card__title">
        Work this lead
      </h2>
      <div className="lead-controls__fields">
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(e) => setStatus(e.target.value as Lead['status'])}
          >
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {people.canAssign && (
          <div className="field">
            <label htmlFor={`${id}-owner`}>Owner</label>
            <select id={`${id}-owner`} value={owner} onChange={(e) => setOwner(e.target.value)}>
              <option value="">Unassigned</option>
              {candidates.map((p) => (
                <option key={p.userId} value={p.userId}>
                  {p.userId === people.me ? `${p.name} (you)` : p.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          Save changes
        </button>
        {claimable && (
          <button
            type="button"
            className="button"
            aria-disabled={pending || undefined}
            onClick={() => save({ ownerUserId: people.me }, 'The lead is yours.')}
          >
            Claim this lead
          </button>
        )}
      </div>
      <p role="status" className="lead-controls__outcome">
        {outcome}
      </p>
      {error && (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      )}
    </form>
  )
}
