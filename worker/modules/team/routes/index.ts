import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { acceptInvitation } from './accept-invitation.ts'
import { createInvitation } from './create-invitation.ts'
import { deleteMember } from './delete-member.ts'
import { listInvitations } from './list-invitations.ts'
import { listMembers } from './list-members.ts'
import { lookupInvitation } from './lookup-invitation.ts'
import { revokeInvitation } from './revoke-invitation.ts'
import { updateMember } from './update-member.ts'

export const teamRoutes = createRouter<AppEnv>().openapiRoutes([
  listMembers,
  updateMember,
  deleteMember,
  lookupInvitation,
  acceptInvitation,
  listInvitations,
  createInvitation,
  revokeInvitation,
] as const)
