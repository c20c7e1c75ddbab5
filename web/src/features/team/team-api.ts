import type { BranchList } from '../../../../worker/modules/brands/brands.schemas.ts'
import type {
  AcceptInvitationInput,
  CreateInvitationInput,
  Invitation,
  InvitationList,
  InvitationPreview,
  Member,
  MemberList,
  UpdateMemberBody,
} from '../../../../worker/modules/team/team.schemas.ts'
import type { Session } from '../../api/auth.ts'
import { apiRequest } from '../../api/client.ts'

export type { Invitation, InvitationPreview, Member }
export type Branch = BranchList['data'][number]

export const listMembers = (signal?: AbortSignal) => apiRequest<MemberList>('/api/v1/members', { signal })

export const updateMember = (memberId: string, body: UpdateMemberBody) =>
  apiRequest<Member>(`/api/v1/members/${encodeURIComponent(memberId)}`, { method: 'PATCH', body })

export const removeMember = (memberId: string) =>
  apiRequest<void>(`/api/v1/members/${encodeURIComponent(memberId)}`, { method: 'DELETE' })

export const listBranches = (signal?: AbortSignal) => apiRequest<BranchList>('/api/v1/branches', { signal })

export const listInvitations = (signal?: AbortSignal) =>
  apiRequest<InvitationList>('/api/v1/invitations', { signal })

export const createInvitation = (body: CreateInvitationInput) =>
  apiRequest<Invitation>('/api/v1/invitations', { method: 'POST', body })

export const revokeInvitation = (invitationId: string) =>
  apiRequest<void>(`/api/v1/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' })

export const lookupInvitation = (token: string, signal?: AbortSignal) =>
  apiRequest<InvitationPreview>(`/api/v1/invitations/lookup?token=${encodeURIComponent(token)}`, { signal })

export const acceptInvitation = (body: AcceptInvitationInput) =>
  apiRequest<Session>('/api/v1/invitations/accept', { method: 'POST', body })
