/**
 * The one place that says who may do what: a catalogue of `resource.action` permissions and
 * the role matrix. Middleware asks `can(role, permission)`; nothing else decides.
 */
export const ROLES = ['owner', 'admin', 'manager', 'agent', 'viewer'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  'leads.read',
  'leads.write',
  'sites.read',
  'sites.publish',
  'tenant.manage',
] as const
export type Permission = (typeof PERMISSIONS)[number]

const MATRIX: Record<Role, readonly Permission[]> = {
  owner: PERMISSIONS,
  admin: PERMISSIONS,
  manager: ['leads.read', 'leads.write', 'sites.read', 'sites.publish'],
  agent: ['leads.read', 'leads.write', 'sites.read'],
  viewer: ['leads.read', 'sites.read'],
}

export function can(role: Role, permission: Permission): boolean {
  return MATRIX[role].includes(permission)
}
