import type { AuditAction } from '../../../../worker/modules/audit/audit.actions.ts'
import type { AuditEvent } from './audit-api.ts'

type Category = AuditAction extends `${infer C}.${string}` ? C : never

/** Every category of action; a Record, so a new category must be named here. */
export const CATEGORIES: Record<Category, string> = {
  auth: 'Sign-in and sessions',
  mfa: 'Two-step verification',
  member: 'Members and invitations',
  api_key: 'API keys',
  audit: 'Audit log',
  data: 'Data exports',
  tenant: 'Organisation',
  admin: 'Vitrine support',
  billing: 'Billing',
  site: 'Sites',
  domain: 'Custom domains',
  brand: 'Brands',
  branch: 'Branches',
  staff: 'Staff cards',
  media: 'Media library',
  qr_code: 'QR codes',
}

const ACTIONS: Partial<Record<AuditAction, string>> = {
  'auth.signed_up': 'Signed up',
  'auth.email_verified': 'Verified their e-mail address',
  'auth.signed_in': 'Signed in',
  'auth.sign_in_failed': 'Failed to sign in',
  'auth.locked': 'Account locked after failed sign-ins',
  'auth.signed_out': 'Signed out',
  'auth.signed_out_everywhere': 'Signed out everywhere',
  'auth.session_revoked': 'Ended a session',
  'auth.tenant_switched': 'Switched organisation',
  'auth.password_reset_requested': 'Asked to reset their password',
  'auth.password_reset': 'Reset their password',
  'auth.password_changed': 'Changed their password',
  'auth.qr_approved': 'Approved a QR sign-in',
  'auth.qr_denied': 'Refused a QR sign-in',
  'mfa.totp_enabled': 'Turned on an authenticator app',
  'mfa.totp_disabled': 'Turned off the authenticator app',
  'mfa.recovery_codes_generated': 'Made new recovery codes',
  'mfa.recovery_code_used': 'Used a recovery code',
  'mfa.passkey_added': 'Added a passkey',
  'mfa.passkey_removed': 'Removed a passkey',
  'member.invited': 'Invited a member',
  'member.invitation_revoked': 'Withdrew an invitation',
  'member.joined': 'Joined the organisation',
  'member.role_changed': 'Changed a role',
  'member.branches_changed': 'Changed branch access',
  'member.removed': 'Removed a member',
  'api_key.created': 'Created an API key',
  'api_key.revoked': 'Revoked an API key',
  'audit.exported': 'Downloaded the audit log',
  'data.export_requested': 'Requested a data export',
  'data.export_downloaded': 'Downloaded a data export',
  'tenant.deletion_scheduled': 'Scheduled the organisation’s deletion',
  'tenant.deletion_cancelled': 'Cancelled the organisation’s deletion',
  'tenant.purged': 'Organisation’s data erased',
  'tenant.suspended': 'Organisation suspended',
  'tenant.reactivated': 'Organisation reactivated',
  'admin.impersonation_started': 'Vitrine support started acting as a member',
  'billing.changed': 'Changed the plan',
  'site.published': 'Published a site',
  'domain.added': 'Connected a custom domain',
  'domain.activated': 'Custom domain went live',
  'domain.removed': 'Removed a custom domain',
  'brand.created': 'Created a brand',
  'brand.updated': 'Changed a brand',
  'branch.created': 'Added a branch',
  'branch.updated': 'Changed a branch',
  'branch.archived': 'Archived a branch',
  'staff.created': 'Added a staff member',
  'staff.updated': 'Changed a staff member',
  'staff.removed': 'Removed a staff member',
  'media.uploaded': 'Uploaded a file',
  'media.deleted': 'Deleted a file',
  'qr_code.created': 'Created a QR code',
  'qr_code.updated': 'Changed a QR code',
  'qr_code.archived': 'Deleted a QR code',
  'qr_code.batch_created': 'Generated QR codes in bulk',
}

export const actionLabel = (action: string): string => ACTIONS[action as AuditAction] ?? action

const formatter = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
export const formatWhen = (iso: string) => formatter.format(new Date(iso))

/** "203.0.113.7 · Lisbon, PT"; the browser string is shown apart, shortened. */
export function originOf(event: AuditEvent): string {
  return [event.ip, event.location].filter(Boolean).join(' · ')
}
