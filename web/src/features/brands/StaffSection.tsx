import { useCallback, useRef, useState } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { listMembers, type Member } from '../team/team-api.ts'
import { type Branch, listStaff, removeStaff, type StaffMember } from './brands-api.ts'
import { StaffForm } from './StaffForm.tsx'

/** The branch's team: each person's card with its public address, and add, edit and remove. */
export function StaffSection({ branch, onUnauthorized }: { branch: Branch; onUnauthorized: () => void }) {
  const load = useCallback(
    (signal?: AbortSignal) =>
      Promise.all([
        listStaff(branch.id, signal),
        // Linking a card to an account needs the member list; without it the choice is hidden.
        listMembers(signal)
          .then((r) => r.data as Member[] | null)
          .catch(() => null),
      ]).then(([staff, members]) => ({ staff, members })),
    [branch.id],
  )
  const { data, setData, error, reload } = useResource(load, onUnauthorized)
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const [status, setStatus] = useState('')
  const [actionError, setActionError] = useState('')
  const addRef = useRef<HTMLButtonElement>(null)

  function saved(person: StaffMember) {
    setData((d) => {
      if (!d) return d
      const exists = d.staff.some((s) => s.id === person.id)
      return {
        ...d,
        staff: exists ? d.staff.map((s) => (s.id === person.id ? person : s)) : [...d.staff, person],
      }
    })
    setStatus(`${person.name} saved. Their card is at ${person.path}.`)
    setEditing(null)
    addRef.current?.focus()
  }

  async function remove(person: StaffMember) {
    setActionError('')
    try {
      await removeStaff(person.id)
      setData((d) => d && { ...d, staff: d.staff.filter((s) => s.id !== person.id) })
      setStatus(`${person.name} removed.`)
      return true
    } catch (cause) {
      setActionError(`Could not remove ${person.name}. ${messageOf(cause)}`)
      return false
    }
  }

  return (
    <section className="staff-section" aria-labelledby="staff-title">
      <h2 id="staff-title" className="section-title">
        Team
      </h2>
      <p className="muted">
        Each person gets a personal card with their own contact buttons, vCard and lead form.
      </p>
      <ActionOutcome status={status} error={actionError} />
      {error && <LoadError onRetry={reload}>Could not load the team. {error}</LoadError>}
      {data?.staff.length === 0 && <p className="muted">Nobody listed yet.</p>}
      <ul className="plain-list staff-list">
        {data?.staff.map((person) =>
          editing === person.id ? (
            <li key={person.id}>
              <StaffForm
                branchId={branch.id}
                person={person}
                members={data.members}
                onSaved={saved}
                onCancel={() => setEditing(null)}
                onUnauthorized={onUnauthorized}
              />
            </li>
          ) : (
            <li key={person.id} className="staff-card">
              {person.photo ? (
                <img src={person.photo.url} alt="" />
              ) : (
                <span className="staff-card__initial" aria-hidden="true">
                  {person.name.slice(0, 1)}
                </span>
              )}
              <div>
                <p className="staff-card__name">
                  {person.name}
                  {!person.published && <span className="badge badge--muted"> Hidden</span>}
                </p>
                {person.title && <p className="muted">{person.title}</p>}
                <p>
                  <a href={person.path} target="_blank" rel="noreferrer">
                    {person.path}
                    <span className="visually-hidden"> (card of {person.name}, opens in a new tab)</span>
                  </a>
                </p>
              </div>
              <div className="row-actions">
                <button type="button" className="button" onClick={() => setEditing(person.id)}>
                  Edit<span className="visually-hidden"> {person.name}</span>
                </button>
                <ConfirmButton
                  question={`Remove ${person.name}?`}
                  detail="Their card and its links stop working."
                  confirmLabel="Remove"
                  onConfirm={() => remove(person)}
                >
                  Remove<span className="visually-hidden"> {person.name}</span>
                </ConfirmButton>
              </div>
            </li>
          ),
        )}
      </ul>
      {data && editing === 'new' ? (
        <StaffForm
          branchId={branch.id}
          person={null}
          members={data.members}
          onSaved={saved}
          onCancel={() => setEditing(null)}
          onUnauthorized={onUnauthorized}
        />
      ) : (
        <button
          type="button"
          ref={addRef}
          className="button"
          onClick={() => setEditing('new')}
          disabled={!data}
        >
          Add a person
        </button>
      )}
    </section>
  )
}
