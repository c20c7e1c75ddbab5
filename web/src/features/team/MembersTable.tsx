import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { ConfirmPrompt, useConfirmStep } from '../../app/components/Confirm.tsx'
import { BranchPicker, branchNames } from './BranchPicker.tsx'
import { assignableRoles, canBeScoped, mayManage, ROLE_LABELS, ROLE_ORDER, type Role } from './roles.ts'
import type { Branch, Member } from './team-api.ts'

export interface MemberChange {
  role: Role
  branchIds: string[] | null
}

interface Props {
  members: readonly Member[]
  branches: readonly Branch[]
  session: Session
  /** Resolves to an error message, or null when saved. */
  onUpdate: (member: Member, change: MemberChange) => Promise<string | null>
  onRemove: (member: Member) => Promise<boolean>
}

export function MembersTable({ members, branches, session, onUpdate, onRemove }: Props) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>Members, in the order they joined</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Branches</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              branches={branches}
              session={session}
              onUpdate={onUpdate}
              onRemove={onRemove}
            />
          ))}
        </tbody>
      </table>
    </section>
  )
}

function MemberRow({
  member,
  branches,
  session,
  onUpdate,
  onRemove,
}: Omit<Props, 'members'> & { member: Member }) {
  const [editing, setEditing] = useState(false)
  const removal = useConfirmStep(() => onRemove(member))
  const editRef = useRef<HTMLButtonElement>(null)
  const wasEditing = useRef(editing)
  const self = member.user.id === session.user.id
  const manageable = session.permissions.includes('members.manage') && mayManage(session.role, member.role)

  // Back on "Change access" when the editor closes; the removal prompt keeps its own focus.
  useEffect(() => {
    if (!editing && wasEditing.current) editRef.current?.focus()
    wasEditing.current = editing
  }, [editing])

  function askToRemove() {
    setEditing(false)
    removal.open()
  }

  const who = member.user.name
  return (
    <>
      <tr>
        <th scope="row">
          {who}
          {self && <span className="muted"> (you)</span>}
        </th>
        <td className="cell-wrap">
          {member.user.email}
          <ul className="plain-list member-flags">
            {!member.user.emailVerified && (
              <li>
                <span className="badge badge--muted">Address not confirmed</span>
              </li>
            )}
            {member.user.mfa && (
              <li>
                <span className="badge">Two-step on</span>
              </li>
            )}
          </ul>
        </td>
        <td>{ROLE_LABELS[member.role].label}</td>
        <td className="cell-wrap">{branchNames(member.branchIds, branches)}</td>
        <td>
          {removal.confirming ? (
            <ConfirmPrompt
              step={removal}
              question={self ? 'Leave this organisation?' : `Remove ${who}?`}
              detail={
                self
                  ? `You will lose access to ${session.tenant.name} at once.`
                  : `${who} loses access at once and is signed out here.`
              }
              confirmLabel={self ? 'Leave' : `Remove ${who}`}
            />
          ) : (
            <div className="row-actions">
              {manageable && (
                <button
                  type="button"
                  ref={editRef}
                  className="button"
                  onClick={() => setEditing(!editing)}
                  aria-expanded={editing}
                >
                  Change access<span className="visually-hidden"> of {who}</span>
                </button>
              )}
              {(manageable || self) && (
                <button type="button" ref={removal.triggerRef} className="button" onClick={askToRemove}>
                  {self ? 'Leave' : 'Remove'}
                  {!self && <span className="visually-hidden"> {who}</span>}
                </button>
              )}
            </div>
          )}
        </td>
      </tr>
      {editing && (
        <tr className="row-editor">
          <td colSpan={5}>
            <MemberEditor
              member={member}
              branches={branches}
              roles={assignableRoles(session.role)}
              onSave={async (change) => {
                const error = await onUpdate(member, change)
                if (!error) setEditing(false)
                return error
              }}
              onCancel={() => setEditing(false)}
            />
          </td>
        </tr>
      )}
    </>
  )
}

function MemberEditor({
  member,
  branches,
  roles,
  onSave,
  onCancel,
}: {
  member: Member
  branches: readonly Branch[]
  roles: Role[]
  onSave: (change: MemberChange) => Promise<string | null>
  onCancel: () => void
}) {
  const id = useId()
  const [role, setRole] = useState<Role>(member.role)
  const [branchIds, setBranchIds] = useState<string[] | null>(member.branchIds)
  const [error, setError] = useState('')
  const [pending, setPending] = useState(false)
  const selectRef = useRef<HTMLSelectElement>(null)

  useEffect(() => selectRef.current?.focus(), [])

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const scope = canBeScoped(role) ? branchIds : null
    if (scope !== null && scope.length === 0) {
      setError('Choose at least one branch, or Every branch.')
      return
    }
    setPending(true)
    setError('')
    setError((await onSave({ role, branchIds: scope })) ?? '')
    setPending(false)
  }

  return (
    <form
      className="member-editor"
      onSubmit={submit}
      aria-busy={pending}
      aria-label={`Access of ${member.user.name}`}
    >
      <div id={`${id}-error`} role="alert" className="form-error">
        {error}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          ref={selectRef}
          value={role}
          onChange={(e) => setRole(ROLE_ORDER.find((r) => r === e.target.value) ?? role)}
          aria-describedby={`${id}-role-hint`}
        >
          {(roles.includes(member.role) ? roles : [member.role, ...roles]).map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r].label}
            </option>
          ))}
        </select>
        <p id={`${id}-role-hint`} className="field-hint muted">
          {ROLE_LABELS[role].hint}
        </p>
      </div>
      {canBeScoped(role) ? (
        <BranchPicker branches={branches} value={branchIds} onChange={setBranchIds} />
      ) : (
        <p className="muted">Owners and admins always see every branch.</p>
      )}
      <div className="row-actions">
        <button type="submit" className="button button--primary" aria-disabled={pending}>
          Save
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
