import { useCallback, useState } from 'react'
import { getSession, type Session } from '../../api/auth.ts'
import { isUnauthorized } from '../../api/client.ts'
import { ActionOutcome, LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { messageOf } from '../../app/useSession.ts'
import { InvitationsTable } from './InvitationsTable.tsx'
import { InviteForm } from './InviteForm.tsx'
import { type MemberChange, MembersTable } from './MembersTable.tsx'
import {
  type Branch,
  type Invitation,
  listBranches,
  listInvitations,
  listMembers,
  type Member,
  removeMember,
  revokeInvitation,
  updateMember,
} from './team-api.ts'

interface Team {
  members: Member[]
  branches: Branch[]
  invitations: Invitation[]
}

/** Members with their roles and branches; for admins also the invite form and pending invitations. */
export function TeamPage({
  session,
  onSession,
  onSessionExpired,
}: {
  session: Session
  /** The signed-in member's own access changed: the app re-renders with it. */
  onSession: (session: Session) => void
  /** The session is gone, or the member just left the organisation. */
  onSessionExpired: () => void
}) {
  const canManage = session.permissions.includes('members.manage')
  const fetchTeam = useCallback(
    (signal?: AbortSignal): Promise<Team> =>
      Promise.all([
        listMembers(signal),
        listBranches(signal),
        canManage ? listInvitations(signal) : Promise.resolve({ data: [] }),
      ]).then(([members, branches, invitations]) => ({
        members: members.data,
        branches: branches.data,
        invitations: invitations.data,
      })),
    [canManage],
  )
  const { data: team, setData: setTeam, error: loadError, reload } = useResource(fetchTeam, onSessionExpired)
  const [actionError, setActionError] = useState('')
  const [status, setStatus] = useState('')

  const patch = (change: (team: Team) => Team) => setTeam((prev) => (prev ? change(prev) : prev))

  async function onUpdate(member: Member, change: MemberChange): Promise<string | null> {
    setActionError('')
    try {
      const updated = await updateMember(member.id, change)
      patch((t) => ({ ...t, members: t.members.map((m) => (m.id === updated.id ? updated : m)) }))
      setStatus(`Access of ${member.user.name} saved.`)
      if (member.user.id === session.user.id) getSession().then(onSession, () => undefined)
      return null
    } catch (error) {
      if (isUnauthorized(error)) onSessionExpired()
      return messageOf(error)
    }
  }

  async function onRemove(member: Member): Promise<boolean> {
    setActionError('')
    const self = member.user.id === session.user.id
    try {
      await removeMember(member.id)
      if (self) {
        onSessionExpired()
        return true
      }
      patch((t) => ({ ...t, members: t.members.filter((m) => m.id !== member.id) }))
      setStatus(`${member.user.name} was removed.`)
      return true
    } catch (error) {
      if (isUnauthorized(error)) onSessionExpired()
      else
        setActionError(
          `${self ? 'Could not leave' : `Could not remove ${member.user.name}`}. ${messageOf(error)}`,
        )
      return false
    }
  }

  function onInvited(invitation: Invitation) {
    patch((t) => ({ ...t, invitations: [...t.invitations, invitation] }))
    setStatus(`Invitation sent to ${invitation.email}.`)
  }

  async function onRevoke(invitation: Invitation): Promise<boolean> {
    setActionError('')
    try {
      await revokeInvitation(invitation.id)
      patch((t) => ({ ...t, invitations: t.invitations.filter((i) => i.id !== invitation.id) }))
      setStatus(`Invitation of ${invitation.email} revoked.`)
      return true
    } catch (error) {
      if (isUnauthorized(error)) onSessionExpired()
      else setActionError(`Could not revoke the invitation of ${invitation.email}. ${messageOf(error)}`)
      return false
    }
  }

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Team</h1>
      </div>
      <p className="muted">
        Who can use {session.tenant.name}, with which role, and for which branches. Managers, agents and
        viewers can be limited to some branches; they then see only those branches' leads and sites.
      </p>
      <ActionOutcome status={status} error={actionError} />
      {loadError && <LoadError onRetry={reload}>Could not load the team. {loadError}</LoadError>}
      {team === null && !loadError && <p className="muted">Loading the team…</p>}

      {team && (
        <>
          <h2 className="section-title">Members</h2>
          <MembersTable
            members={team.members}
            branches={team.branches}
            session={session}
            onUpdate={onUpdate}
            onRemove={onRemove}
          />

          {canManage &&
            (session.user.emailVerified ? (
              <InviteForm
                myRole={session.role}
                branches={team.branches}
                onInvited={onInvited}
                onUnauthorized={onSessionExpired}
              />
            ) : (
              <p className="notice">Confirm your e-mail address before inviting others.</p>
            ))}

          {canManage && (
            <>
              <h2 className="section-title">Pending invitations</h2>
              {team.invitations.length === 0 ? (
                <p className="muted">No invitations waiting for an answer.</p>
              ) : (
                <InvitationsTable
                  invitations={team.invitations}
                  branches={team.branches}
                  onRevoke={onRevoke}
                />
              )}
            </>
          )}
        </>
      )}
    </>
  )
}
