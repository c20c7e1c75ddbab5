import { lazy } from 'react'
import { AdminTenantsPage } from '../../features/admin/AdminTenantsPage.tsx'
import { ApiKeysPage } from '../../features/api-keys/ApiKeysPage.tsx'
import { AuditLogPage } from '../../features/audit/AuditLogPage.tsx'
import { BranchPage } from '../../features/brands/BranchPage.tsx'
import { BrandPage } from '../../features/brands/BrandPage.tsx'
import { BrandsPage } from '../../features/brands/BrandsPage.tsx'
import { DomainsPage } from '../../features/domains/DomainsPage.tsx'
import { SitesPage } from '../../features/sites/SitesPage.tsx'
import type { Screens } from './types.ts'

const BuilderPage = lazy(() =>
  import('../../features/builder/BuilderPage.tsx').then((m) => ({ default: m.BuilderPage })),
)
const WebhooksPage = lazy(() =>
  import('../../features/webhooks/WebhooksPage.tsx').then((m) => ({ default: m.WebhooksPage })),
)
const WebhookPage = lazy(() =>
  import('../../features/webhooks/WebhookPage.tsx').then((m) => ({ default: m.WebhookPage })),
)
const AdminDeadLettersPage = lazy(() =>
  import('../../features/admin/AdminDeadLettersPage.tsx').then((m) => ({
    default: m.AdminDeadLettersPage,
  })),
)

/** Sites and their builder, brands and branches, and the organisation's settings and admin. */
export const SETTINGS_SCREENS: Screens = {
  sites: ({ onSignedOut }) => <SitesPage onSessionExpired={onSignedOut} />,
  builder: ({ params, session, onSignedOut }) =>
    session && (
      <BuilderPage
        key={params.siteId}
        siteId={params.siteId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  brands: ({ session, onSignedOut }) =>
    session && <BrandsPage session={session} onSessionExpired={onSignedOut} />,
  brand: ({ params, session, onSignedOut }) =>
    session && (
      <BrandPage
        key={params.brandId}
        brandId={params.brandId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  branch: ({ params, session, onSignedOut }) =>
    session && (
      <BranchPage
        key={params.branchId}
        branchId={params.branchId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  'api-keys': ({ session, onSignedOut }) =>
    session && <ApiKeysPage session={session} onSessionExpired={onSignedOut} />,
  'audit-log': ({ onSignedOut }) => <AuditLogPage onSessionExpired={onSignedOut} />,
  domains: ({ onSignedOut }) => <DomainsPage onSessionExpired={onSignedOut} />,
  webhooks: ({ session, onSignedOut }) =>
    session && <WebhooksPage session={session} onSessionExpired={onSignedOut} />,
  webhook: ({ params, session, onSignedOut }) =>
    session && (
      <WebhookPage
        key={params.endpointId}
        endpointId={params.endpointId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  'admin-tenants': ({ session, onSignedOut }) =>
    session && <AdminTenantsPage session={session} onSessionExpired={onSignedOut} />,
  'admin-dead-letters': ({ session, onSignedOut }) =>
    session && <AdminDeadLettersPage onSessionExpired={onSignedOut} />,
}
