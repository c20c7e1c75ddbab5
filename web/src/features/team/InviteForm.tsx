import { type FormEvent, useId, useState } from 'react'
import { isUnauthorized } from '../../api/client.ts'
import { TextField } from '../../app/components/TextField.tsx'
import { type FormErrors, formErrorsOf, noErrors } from '../account/form-errors.ts'
import { BranchPicker } from './BranchPicker.tsx'
import { assignableRoles, canBeScoped, ROLE_LABELS, ROLE_ORDER, type Role } from './roles.ts'
import { type Branch, createInvitation, type Invitation } from './team-api.ts'

type Field = 'email' | 'branchIds'

/** Invites by e-mail; the link goes to the invitee only, never back to this page. */
export function InviteForm({
  myRole,
  branches,
  onInvited,
  onUnauthorized,
}: {
  myRole: Role
  branches: readonly Branch[]
  onInvited: (invitation: Invitation) => void
  onUnauthorized: () => void
}) {
  const id = useId()
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<Role>('agent')
  const [branchIds, setBranchIds] = useState<string[] | null>(null)
  const [pending, setPending] = useState(false)
  const [errors, setErrors] = useState<FormErrors<Field>>(noErrors)
  const roles = assignableRoles(myRole)

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const scope = canBeScoped(role) ? branchIds : null
    if (scope !== null && scope.length === 0) {
      const message = 'Choose at least one branch, or Every branch.'
      setErrors({ form: message, fields: { branchIds: message } })
      return
    }
    setPending(true)
    setErrors(noErrors())
    try {
      const invitation = await createInvitation({ email: email.trim(), role, branchIds: scope })
      setEmail('')
      setBranchIds(null)
      onInvited(invitation)
    } catch (error) {
      if (isUnauthorized(error)) return onUnauthorized()
      setErrors(formErrorsOf(error, ['email', 'branchIds'] as const))
    } finally {
      setPending(false)
    }
  }

  return (
    <form className="form" onSubmit={submit} aria-busy={pending} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Invite someone</h2>
      <div id={`${id}-form-error`} role="alert" className="form-error">
        {errors.form}
      </div>
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.fields.email}
      />
      <div className="field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(ROLE_ORDER.find((r) => r === e.target.value) ?? role)}
          aria-describedby={`${id}-role-hint`}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r].label}
            </option>
          ))}
        </select>
        <p id={`${id}-role-hint`} className="field-hint muted">
          {ROLE_LABELS[role].hint}
        </p>
      </div>
      {canBeScoped(role) && (
        <BranchPicker
          branches={branches}
          value={branchIds}
          onChange={setBranchIds}
          error={errors.fields.branchIds}
        />
      )}
      <p className="muted field-hint">
        The link in the e-mail works once, for 7 days. Each pending invitation uses a seat.
      </p>
      <button type="submit" className="button button--primary" aria-disabled={pending}>
        Send invitation
      </button>
    </form>
  )
}
