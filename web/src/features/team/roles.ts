import type { Session } from '../../api/auth.ts'

export type Role = Session['role']

/** Highest first; mirrors ROLE_RANK in the worker's permissions.ts, which has the last word. */
export const ROLE_ORDER: readonly Role[] = ['owner', 'admin', 'manager', 'agent', 'viewer']

export const ROLE_LABELS: Record<Role, { label: string; hint: string }> = {
  owner: { label: 'Owner', hint: 'Everything, including billing, exports and deleting the organisation' },
  admin: { label: 'Admin', hint: 'Everything but billing, exports and deleting the organisation' },
  manager: { label: 'Manager', hint: 'Leads, sites and publishing; sees the team' },
  agent: { label: 'Agent', hint: 'Works on leads; reads sites' },
  viewer: { label: 'Viewer', hint: 'Reads leads and sites' },
}

const rank = (role: Role) => ROLE_ORDER.length - ROLE_ORDER.indexOf(role)

/** Roles this member may hand out: none above their own. */
export const assignableRoles = (mine: Role): Role[] => ROLE_ORDER.filter((r) => rank(r) <= rank(mine))

/** Whether `mine` may change or remove someone who is `theirs`; only owners touch owners. */
export const mayManage = (mine: Role, theirs: Role): boolean =>
  rank(theirs) <= rank(mine) && (theirs !== 'owner' || mine === 'owner')

/** Only these roles can be limited to branches; owners and admins always see every branch. */
export const canBeScoped = (role: Role): boolean =>
  role === 'manager' || role === 'agent' || role === 'viewer'
