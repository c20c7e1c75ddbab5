import { useId } from 'react'
import { ConfirmButton } from '../../app/components/Confirm.tsx'
import { branchNames } from './BranchPicker.tsx'
import { ROLE_LABELS } from './roles.ts'
import type { Branch, Invitation } from './team-api.ts'

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const when = (iso: string) => formatter.format(new Date(iso))

export function InvitationsTable({
  invitations,
  branches,
  onRevoke,
}: {
  invitations: readonly Invitation[]
  branches: readonly Branch[]
  onRevoke: (invitation: Invitation) => Promise<boolean>
}) {
  const captionId = useId()
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>Invitations not yet accepted, oldest first</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Branches</th>
            <th scope="col">Invited by</th>
            <th scope="col">Expires</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <InvitationRow
              key={invitation.id}
              invitation={invitation}
              branches={branches}
              onRevoke={onRevoke}
            />
          ))}
        </tbody>
      </table>
    </section>
  )
}

function InvitationRow({
  invitation,
  branches,
  onRevoke,
}: {
  invitation: Invitation
  branches: readonly Branch[]
  onRevoke: (invitation: Invitation) => Promise<boolean>
}) {
  return (
    <tr>
      <th scope="row" className="cell-wrap">
        {invitation.email}
      </th>
      <td>{ROLE_LABELS[invitation.role].label}</td>
      <td className="cell-wrap">{branchNames(invitation.branchIds, branches)}</td>
      <td>{invitation.invitedBy.name}</td>
      <td className="nowrap">
        {invitation.status === 'expired' ? (
          <span className="badge badge--muted">Expired</span>
        ) : (
          <time dateTime={invitation.expiresAt}>{when(invitation.expiresAt)}</time>
        )}
      </td>
      <td>
        <ConfirmButton
          question={`Revoke the invitation of ${invitation.email}?`}
          detail="The link in their e-mail stops working."
          confirmLabel="Revoke invitation"
          onConfirm={() => onRevoke(invitation)}
        >
          Revoke<span className="visually-hidden"> the invitation of {invitation.email}</span>
        </ConfirmButton>
      </td>
    </tr>
  )
}
