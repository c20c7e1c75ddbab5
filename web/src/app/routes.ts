import type { Permission } from '../../../worker/modules/auth/permissions.ts'

/**
 * Every screen of the dashboard, in one table: its path under /app, its title, who may open
 * it, and its place in the main navigation. Paths may have `:params`.
 * - `public`: only when signed out (sign-in, sign-up); signed-in users are sent to the home screen.
 * - `open`: either way (e-mail links: verify, reset, accept an invitation).
 * - `member`: signed in; a signed-out visitor is sent to sign in and brought back.
 */
export interface RouteDef {
  name: string
  path: string
  title: string
  access: 'public' | 'open' | 'member'
  nav?: { label: string; permission?: Permission; group?: 'main' | 'settings' | 'admin' }
  /** Patterns a param must match, so two routes with a param in the same place do not collide. */
  match?: Record<string, RegExp>
}

export const ROUTES = [
  { name: 'login', path: '/login', title: 'Sign in', access: 'public' },
  { name: 'signup', path: '/signup', title: 'Create your account', access: 'public' },
  { name: 'forgot-password', path: '/forgot-password', title: 'Reset your password', access: 'public' },
  { name: 'reset-password', path: '/reset-password', title: 'Choose a new password', access: 'open' },
  { name: 'verify-email', path: '/verify-email', title: 'Confirm your e-mail address', access: 'open' },
  {
    name: 'leads',
    path: '/leads',
    title: 'Leads',
    access: 'member',
    nav: { label: 'Leads', permission: 'leads.read' },
  },
  { name: 'lead', path: '/leads/:leadId', title: 'Lead', access: 'member', match: { leadId: /^lead_/ } },
  {
    name: 'analytics',
    path: '/analytics',
    title: 'Analytics',
    access: 'member',
    nav: { label: 'Analytics', permission: 'analytics.read' },
  },
  {
    name: 'contacts',
    path: '/contacts',
    title: 'Contacts',
    access: 'member',
    nav: { label: 'Contacts', permission: 'crm.read' },
  },
  { name: 'contact-new', path: '/contacts/new', title: 'New contact', access: 'member' },
  {
    name: 'contact',
    path: '/contacts/:contactId',
    title: 'Contact',
    access: 'member',
    match: { contactId: /^con_/ },
  },
  {
    name: 'companies',
    path: '/companies',
    title: 'Companies',
    access: 'member',
    nav: { label: 'Companies', permission: 'crm.read' },
  },
  { name: 'company-new', path: '/companies/new', title: 'New company', access: 'member' },
  {
    name: 'company',
    path: '/companies/:companyId',
    title: 'Company',
    access: 'member',
    match: { companyId: /^cmp_/ },
  },
  {
    name: 'deals',
    path: '/deals',
    title: 'Deals',
    access: 'member',
    nav: { label: 'Deals', permission: 'crm.read' },
  },
  { name: 'deal', path: '/deals/:dealId', title: 'Deal', access: 'member', match: { dealId: /^deal_/ } },
  {
    name: 'pipelines',
    path: '/settings/pipelines',
    title: 'Pipelines',
    access: 'member',
    nav: { label: 'Pipelines', permission: 'crm.manage', group: 'settings' },
  },
  {
    name: 'activities',
    path: '/activities',
    title: 'Activities',
    access: 'member',
    nav: { label: 'Activities', permission: 'crm.read' },
  },
  {
    name: 'activity-templates',
    path: '/settings/activity-templates',
    title: 'Activity templates',
    access: 'member',
    nav: { label: 'Activity templates', permission: 'crm.manage', group: 'settings' },
  },
  {
    name: 'sites',
    path: '/sites',
    title: 'Sites',
    access: 'member',
    nav: { label: 'Sites', permission: 'sites.read' },
  },
  { name: 'builder', path: '/sites/:siteId', title: 'Site builder', access: 'member' },
  { name: 'lead-forms', path: '/sites/:siteId/forms', title: 'Lead forms', access: 'member' },
  {
    name: 'lead-form',
    path: '/sites/:siteId/forms/:formId',
    title: 'Lead form',
    access: 'member',
    match: { formId: /^lfm_/ },
  },
  {
    name: 'brands',
    path: '/brands',
    title: 'Brands & branches',
    access: 'member',
    nav: { label: 'Brands & branches', permission: 'sites.read' },
  },
  { name: 'brand', path: '/brands/:brandId', title: 'Brand', access: 'member' },
  { name: 'branch', path: '/branches/:branchId', title: 'Branch', access: 'member' },
  {
    name: 'qr-codes',
    path: '/qr',
    title: 'QR codes',
    access: 'member',
    nav: { label: 'QR codes', permission: 'qr.read' },
  },
  { name: 'qr-code-new', path: '/qr/new', title: 'New QR code', access: 'member' },
  { name: 'qr-analytics', path: '/qr/analytics', title: 'QR code analytics', access: 'member' },
  { name: 'qr-bulk', path: '/qr/bulk', title: 'Print codes in bulk', access: 'member' },
  {
    name: 'qr-code-analytics',
    path: '/qr/:qrCodeId/analytics',
    title: 'QR code analytics',
    access: 'member',
    match: { qrCodeId: /^qrc_/ },
  },
  // Under /qr/ beside the sign-in approvals (qr_…), told apart by the id's prefix.
  {
    name: 'qr-code',
    path: '/qr/:qrCodeId',
    title: 'QR code',
    access: 'member',
    match: { qrCodeId: /^qrc_/ },
  },
  {
    name: 'qr-approve',
    path: '/qr/:loginId',
    title: 'Approve sign-in',
    access: 'member',
    match: { loginId: /^qr_/ },
  },
  // The guided first run; reached after sign-up and from the shell's reminder, not the navigation.
  { name: 'welcome', path: '/welcome', title: 'Set up your page', access: 'member' },
  {
    name: 'api-keys',
    path: '/settings/api-keys',
    title: 'API keys',
    access: 'member',
    nav: { label: 'API keys', permission: 'api_keys.manage', group: 'settings' },
  },
  {
    name: 'domains',
    path: '/settings/domains',
    title: 'Domains',
    access: 'member',
    nav: { label: 'Domains', permission: 'domains.manage', group: 'settings' },
  },
  {
    name: 'audit-log',
    path: '/settings/audit',
    title: 'Audit log',
    access: 'member',
    nav: { label: 'Audit log', permission: 'audit.read', group: 'settings' },
  },
  {
    name: 'notifications',
    path: '/settings/notifications',
    title: 'Notifications',
    access: 'member',
    nav: { label: 'Notifications', permission: 'leads.read', group: 'settings' },
  },
  {
    name: 'lead-sources',
    path: '/lead-sources',
    title: 'Lead sources',
    access: 'member',
    nav: { label: 'Lead sources', permission: 'leads.read', group: 'settings' },
  },
  { name: 'lead-source-new', path: '/lead-sources/new', title: 'Connect a lead source', access: 'member' },
  {
    name: 'lead-source',
    path: '/lead-sources/:sourceId',
    title: 'Lead source',
    access: 'member',
    match: { sourceId: /^lsrc_/ },
  },
  {
    name: 'webhooks',
    path: '/webhooks',
    title: 'Webhooks',
    access: 'member',
    nav: { label: 'Webhooks', permission: 'webhooks.manage', group: 'settings' },
  },
  {
    name: 'webhook',
    path: '/webhooks/:endpointId',
    title: 'Webhook endpoint',
    access: 'member',
    match: { endpointId: /^whe_/ },
  },
  {
    name: 'security',
    path: '/settings/security',
    title: 'Security',
    access: 'member',
    nav: { label: 'Security', group: 'settings' },
  },
  {
    name: 'team',
    path: '/settings/team',
    title: 'Team',
    access: 'member',
    nav: { label: 'Team', permission: 'members.read', group: 'settings' },
  },
  {
    name: 'privacy',
    path: '/settings/privacy',
    title: 'Data & privacy',
    access: 'member',
    nav: { label: 'Data & privacy', group: 'settings' },
  },
  // The admin group is shown only to platform staff (see AppShell); the API enforces it.
  {
    name: 'admin-tenants',
    path: '/admin/tenants',
    title: 'All organisations',
    access: 'member',
    nav: { label: 'Platform admin', group: 'admin' },
  },
  {
    name: 'admin-dead-letters',
    path: '/admin/dead-letters',
    title: 'Dead letters',
    access: 'member',
    nav: { label: 'Dead letters', group: 'admin' },
  },
  // Lead routing and response targets.
  {
    name: 'routing',
    path: '/settings/routing',
    title: 'Lead routing',
    access: 'member',
    nav: { label: 'Lead routing', permission: 'routing.manage', group: 'settings' },
  },
  {
    name: 'availability',
    path: '/settings/availability',
    title: 'Availability',
    access: 'member',
    nav: { label: 'Availability', permission: 'leads.write', group: 'settings' },
  },
  {
    name: 'branch-lead-settings',
    path: '/branches/:branchId/lead-settings',
    title: 'Lead handling',
    access: 'member',
  },
  {
    name: 'crm-reports',
    path: '/reports',
    title: 'Reports',
    access: 'member',
    nav: { label: 'Reports', permission: 'crm.read' },
  },
  {
    name: 'response-times',
    path: '/reports/response-times',
    title: 'Response times',
    access: 'member',
    nav: { label: 'Response times', permission: 'analytics.read' },
  },
  {
    name: 'crm-fields',
    path: '/settings/crm-fields',
    title: 'Custom fields',
    access: 'member',
    nav: { label: 'Custom fields', permission: 'crm.manage', group: 'settings' },
  },
  {
    name: 'scoring-settings',
    path: '/settings/scoring',
    title: 'Lead scoring',
    access: 'member',
    nav: { label: 'Lead scoring', permission: 'crm.manage', group: 'settings' },
  },
  // CRM imports: the wizard and history, then one import's progress and report.
  { name: 'crm-imports', path: '/crm/imports', title: 'Import contacts and companies', access: 'member' },
  {
    name: 'crm-import',
    path: '/crm/imports/:crmImportId',
    title: 'Import',
    access: 'member',
    match: { crmImportId: /^imp_/ },
  },
  // CRM search results (the box itself is in the shell's header) and duplicates to review.
  { name: 'crm-search', path: '/crm/search', title: 'Search', access: 'member' },
  {
    name: 'crm-duplicates',
    path: '/crm/duplicates',
    title: 'Duplicates',
    access: 'member',
    nav: { label: 'Duplicates', permission: 'crm.delete' },
  },
  // Analytics beyond the overview: funnels, attribution (and one lead's touches), e-mailed reports.
  { name: 'analytics-funnels', path: '/analytics/funnels', title: 'Funnels', access: 'member' },
  {
    name: 'analytics-funnel',
    path: '/analytics/funnels/:funnelId',
    title: 'Funnel',
    access: 'member',
    match: { funnelId: /^fnl_/ },
  },
  { name: 'analytics-attribution', path: '/analytics/attribution', title: 'Attribution', access: 'member' },
  {
    name: 'analytics-lead-touches',
    path: '/analytics/attribution/leads/:leadId',
    title: 'How this lead found you',
    access: 'member',
    match: { leadId: /^lead_/ },
  },
  { name: 'analytics-reports', path: '/analytics/reports', title: 'Analytics reports', access: 'member' },
  { name: 'accept-invitation', path: '/invitations/accept', title: 'Accept an invitation', access: 'open' },
] as const satisfies readonly RouteDef[]

export type RouteName = (typeof ROUTES)[number]['name'] | 'home' | 'not-found'

export const HOME_ROUTE = 'leads' satisfies RouteName
