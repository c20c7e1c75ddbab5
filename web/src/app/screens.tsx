import { lazy, type ReactNode, useLayoutEffect, useRef } from 'react'
import type { Session } from '../api/auth.ts'
import { ForgotPasswordPage } from '../features/account/ForgotPasswordPage.tsx'
import { ResetPasswordPage } from '../features/account/ResetPasswordPage.tsx'
import { SecurityPage } from '../features/account/SecurityPage.tsx'
import { SignUpPage } from '../features/account/SignUpPage.tsx'
import { VerifyEmailPage } from '../features/account/VerifyEmailPage.tsx'
import { AdminTenantsPage } from '../features/admin/AdminTenantsPage.tsx'
import { ApiKeysPage } from '../features/api-keys/ApiKeysPage.tsx'
import { AuditLogPage } from '../features/audit/AuditLogPage.tsx'
import { LoginPage } from '../features/auth/LoginPage.tsx'
import { BranchPage } from '../features/brands/BranchPage.tsx'
import { BrandPage } from '../features/brands/BrandPage.tsx'
import { BrandsPage } from '../features/brands/BrandsPage.tsx'
import { DomainsPage } from '../features/domains/DomainsPage.tsx'
import { LeadSourcePage } from '../features/lead-sources/LeadSourcePage.tsx'
import { LeadSourcesPage } from '../features/lead-sources/LeadSourcesPage.tsx'
import { NewLeadSourcePage } from '../features/lead-sources/NewLeadSourcePage.tsx'
import { LeadDetailPage } from '../features/leads/LeadDetailPage.tsx'
import { LeadsPage } from '../features/leads/LeadsPage.tsx'
import { NotificationsPage } from '../features/notifications/NotificationsPage.tsx'
import { PrivacyPage } from '../features/privacy/PrivacyPage.tsx'
import { QrApprovePage } from '../features/qr-login/QrApprovePage.tsx'
import { SitesPage } from '../features/sites/SitesPage.tsx'
import { AcceptInvitationPage } from '../features/team/AcceptInvitationPage.tsx'
import { TeamPage } from '../features/team/TeamPage.tsx'
import type { RouteName } from './routes.ts'

/** What a navigation focuses: the new screen's heading, or its loading state until the heading is there. */
export const NAVIGATION_FOCUS = 'main h1, main [data-screen-loading]'

/**
 * Said while a lazy screen's code arrives (the Suspense fallback around every screen).
 * If it has the focus when the screen replaces it, the screen's heading takes it.
 */
export function ScreenLoading() {
  const ref = useRef<HTMLParagraphElement>(null)
  useLayoutEffect(() => {
    const node = ref.current
    return () => {
      if (node && document.activeElement === node) {
        queueMicrotask(() => document.querySelector<HTMLElement>('main h1')?.focus())
      }
    }
  }, [])
  return (
    <p ref={ref} role="status" className="muted" tabIndex={-1} data-screen-loading="">
      Loading…
    </p>
  )
}

// Screens few people open first, each in its own chunk fetched the first time its route is
// shown, so the first download stays small.
const BuilderPage = lazy(() =>
  import('../features/builder/BuilderPage.tsx').then((m) => ({ default: m.BuilderPage })),
)
const FormsPage = lazy(() =>
  import('../features/forms/FormsPage.tsx').then((m) => ({ default: m.FormsPage })),
)
const FormEditorPage = lazy(() =>
  import('../features/forms/FormEditorPage.tsx').then((m) => ({ default: m.FormEditorPage })),
)
const WelcomePage = lazy(() =>
  import('../features/onboarding/WelcomePage.tsx').then((m) => ({ default: m.WelcomePage })),
)
const QrCodesPage = lazy(() =>
  import('../features/qr/QrCodesPage.tsx').then((m) => ({ default: m.QrCodesPage })),
)
const QrEditorPage = lazy(() =>
  import('../features/qr/QrEditorPage.tsx').then((m) => ({ default: m.QrEditorPage })),
)
const QrAnalyticsPage = lazy(() =>
  import('../features/qr/analytics/QrAnalyticsPage.tsx').then((m) => ({ default: m.QrAnalyticsPage })),
)
const CodeAnalyticsPage = lazy(() =>
  import('../features/qr/analytics/CodeAnalyticsPage.tsx').then((m) => ({ default: m.CodeAnalyticsPage })),
)
const AnalyticsPage = lazy(() =>
  import('../features/analytics/AnalyticsPage.tsx').then((m) => ({ default: m.AnalyticsPage })),
)
const QrBulkPage = lazy(() =>
  import('../features/qr/bulk/QrBulkPage.tsx').then((m) => ({ default: m.QrBulkPage })),
)
const WebhooksPage = lazy(() =>
  import('../features/webhooks/WebhooksPage.tsx').then((m) => ({ default: m.WebhooksPage })),
)
const WebhookPage = lazy(() =>
  import('../features/webhooks/WebhookPage.tsx').then((m) => ({ default: m.WebhookPage })),
)
const AdminDeadLettersPage = lazy(() =>
  import('../features/admin/AdminDeadLettersPage.tsx').then((m) => ({ default: m.AdminDeadLettersPage })),
)

const RoutingPage = lazy(() =>
  import('../features/routing/RoutingPage.tsx').then((m) => ({ default: m.RoutingPage })),
)
const AvailabilityPage = lazy(() =>
  import('../features/routing/AvailabilityPage.tsx').then((m) => ({ default: m.AvailabilityPage })),
)
const LeadSettingsPage = lazy(() =>
  import('../features/routing/LeadSettingsPage.tsx').then((m) => ({ default: m.LeadSettingsPage })),
)
const ContactsPage = lazy(() =>
  import('../features/contacts/ContactsPage.tsx').then((m) => ({ default: m.ContactsPage })),
)
const NewContactPage = lazy(() =>
  import('../features/contacts/NewContactPage.tsx').then((m) => ({ default: m.NewContactPage })),
)
const ContactDetailPage = lazy(() =>
  import('../features/contacts/ContactDetailPage.tsx').then((m) => ({ default: m.ContactDetailPage })),
)
const DealsBoardPage = lazy(() =>
  import('../features/deals/DealsBoardPage.tsx').then((m) => ({ default: m.DealsBoardPage })),
)
const DealDetailPage = lazy(() =>
  import('../features/deals/DealDetailPage.tsx').then((m) => ({ default: m.DealDetailPage })),
)
const PipelinesPage = lazy(() =>
  import('../features/pipelines/PipelinesPage.tsx').then((m) => ({ default: m.PipelinesPage })),
)
const CompaniesPage = lazy(() =>
  import('../features/companies/CompaniesPage.tsx').then((m) => ({ default: m.CompaniesPage })),
)
const NewCompanyPage = lazy(() =>
  import('../features/companies/NewCompanyPage.tsx').then((m) => ({ default: m.NewCompanyPage })),
)
const CompanyDetailPage = lazy(() =>
  import('../features/companies/CompanyDetailPage.tsx').then((m) => ({ default: m.CompanyDetailPage })),
)
const CrmFieldsPage = lazy(() =>
  import('../features/crm-fields/CrmFieldsPage.tsx').then((m) => ({ default: m.CrmFieldsPage })),
)
const ResponseTimesPage = lazy(() =>
  import('../features/routing/ResponseTimesPage.tsx').then((m) => ({ default: m.ResponseTimesPage })),
)
const ReportsPage = lazy(() =>
  import('../features/crm-reports/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })),
)
const ActivitiesPage = lazy(() =>
  import('../features/activities/ActivitiesPage.tsx').then((m) => ({ default: m.ActivitiesPage })),
)
const ActivityTemplatesPage = lazy(() =>
  import('../features/activities/TemplatesPage.tsx').then((m) => ({ default: m.TemplatesPage })),
)
const ScoringSettingsPage = lazy(() =>
  import('../features/scoring/ScoringSettingsPage.tsx').then((m) => ({ default: m.ScoringSettingsPage })),
)

const ImportsPage = lazy(() =>
  import('../features/crm-import/ImportsPage.tsx').then((m) => ({ default: m.ImportsPage })),
)
const ImportPage = lazy(() =>
  import('../features/crm-import/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
)
const SearchPage = lazy(() =>
  import('../features/crm-search/SearchPage.tsx').then((m) => ({ default: m.SearchPage })),
)
const DuplicatesPage = lazy(() =>
  import('../features/duplicates/DuplicatesPage.tsx').then((m) => ({ default: m.DuplicatesPage })),
)

const FunnelsPage = lazy(() =>
  import('../features/analytics/funnels/FunnelsPage.tsx').then((m) => ({ default: m.FunnelsPage })),
)
const AttributionPage = lazy(() =>
  import('../features/analytics/attribution/AttributionPage.tsx').then((m) => ({
    default: m.AttributionPage,
  })),
)
const LeadTouchesPage = lazy(() =>
  import('../features/analytics/attribution/LeadTouchesPage.tsx').then((m) => ({
    default: m.LeadTouchesPage,
  })),
)
const AnalyticsReportsPage = lazy(() =>
  import('../features/analytics/reports/AnalyticsReportsPage.tsx').then((m) => ({
    default: m.AnalyticsReportsPage,
  })),
)

export interface ScreenProps {
  session: Session | null
  params: Record<string, string>
  /** A new session (sign-in, sign-up, tenant switch, MFA change): the app re-renders with it. */
  onSession: (session: Session) => void
  /** The server says the session is gone. */
  onSignedOut: () => void
}

/** What each route of routes.ts renders. Member screens get a session; public ones may not. */
export const SCREENS: Partial<Record<RouteName, (props: ScreenProps) => ReactNode>> = {
  login: ({ onSession }) => <LoginPage onSignedIn={onSession} />,
  leads: ({ session, onSignedOut }) =>
    session && <LeadsPage session={session} onSessionExpired={onSignedOut} />,
  lead: ({ params, session, onSignedOut }) =>
    session && (
      <LeadDetailPage
        key={params.leadId}
        leadId={params.leadId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  contacts: ({ session, onSignedOut }) =>
    session && <ContactsPage session={session} onSessionExpired={onSignedOut} />,
  'contact-new': ({ onSignedOut }) => <NewContactPage onSessionExpired={onSignedOut} />,
  contact: ({ params, session, onSignedOut }) =>
    session && (
      <ContactDetailPage
        key={params.contactId}
        contactId={params.contactId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  companies: ({ session, onSignedOut }) =>
    session && <CompaniesPage session={session} onSessionExpired={onSignedOut} />,
  'company-new': ({ onSignedOut }) => <NewCompanyPage onSessionExpired={onSignedOut} />,
  company: ({ params, session, onSignedOut }) =>
    session && (
      <CompanyDetailPage
        key={params.companyId}
        companyId={params.companyId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  'crm-fields': ({ onSignedOut }) => <CrmFieldsPage onSessionExpired={onSignedOut} />,
  sites: ({ onSignedOut }) => <SitesPage onSessionExpired={onSignedOut} />,
  deals: ({ session, onSignedOut }) =>
    session && <DealsBoardPage session={session} onSessionExpired={onSignedOut} />,
  deal: ({ params, session, onSignedOut }) =>
    session && (
      <DealDetailPage
        key={params.dealId}
        dealId={params.dealId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  pipelines: ({ onSignedOut }) => <PipelinesPage onSessionExpired={onSignedOut} />,
  'lead-sources': ({ session, onSignedOut }) =>
    session && <LeadSourcesPage session={session} onSessionExpired={onSignedOut} />,
  'lead-source-new': ({ session, onSignedOut }) =>
    session && <NewLeadSourcePage session={session} onSessionExpired={onSignedOut} />,
  'lead-source': ({ params, session, onSignedOut }) =>
    session && (
      <LeadSourcePage
        key={params.sourceId}
        sourceId={params.sourceId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  'lead-forms': ({ params, session, onSignedOut }) =>
    session && (
      <FormsPage
        key={params.siteId}
        siteId={params.siteId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  'lead-form': ({ params, session, onSignedOut }) =>
    session && (
      <FormEditorPage
        key={params.formId}
        siteId={params.siteId ?? ''}
        formId={params.formId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
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
  signup: ({ onSession }) => <SignUpPage onSignedIn={onSession} />,
  'forgot-password': () => <ForgotPasswordPage />,
  'reset-password': ({ session, onSignedOut }) => (
    <ResetPasswordPage session={session} onSignedOut={onSignedOut} />
  ),
  'verify-email': ({ session, onSession }) => <VerifyEmailPage session={session} onSession={onSession} />,
  notifications: ({ session, onSignedOut }) =>
    session && <NotificationsPage session={session} onSessionExpired={onSignedOut} />,
  security: ({ session, onSession, onSignedOut }) =>
    session && <SecurityPage session={session} onSession={onSession} onSessionExpired={onSignedOut} />,
  'api-keys': ({ session, onSignedOut }) =>
    session && <ApiKeysPage session={session} onSessionExpired={onSignedOut} />,
  'audit-log': ({ onSignedOut }) => <AuditLogPage onSessionExpired={onSignedOut} />,
  domains: ({ onSignedOut }) => <DomainsPage onSessionExpired={onSignedOut} />,
  'qr-codes': ({ session, onSignedOut }) =>
    session && <QrCodesPage session={session} onSessionExpired={onSignedOut} />,
  'qr-code-new': ({ session, onSignedOut }) =>
    session && <QrEditorPage qrCodeId={null} session={session} onSessionExpired={onSignedOut} />,
  'qr-code': ({ params, session, onSignedOut }) =>
    session && (
      <QrEditorPage
        key={params.qrCodeId}
        qrCodeId={params.qrCodeId ?? ''}
        session={session}
        onSessionExpired={onSignedOut}
      />
    ),
  'qr-approve': ({ params, session }) =>
    session && <QrApprovePage loginId={params.loginId ?? ''} session={session} />,
  team: ({ session, onSession, onSignedOut }) =>
    session && <TeamPage session={session} onSession={onSession} onSessionExpired={onSignedOut} />,
  'accept-invitation': ({ session, onSession }) => (
    <AcceptInvitationPage session={session} onSession={onSession} />
  ),
  privacy: ({ session, onSignedOut }) =>
    session && <PrivacyPage session={session} onSignedOut={onSignedOut} />,
  'admin-tenants': ({ session, onSignedOut }) =>
    session && <AdminTenantsPage session={session} onSessionExpired={onSignedOut} />,
  'admin-dead-letters': ({ session, onSignedOut }) =>
    session && <AdminDeadLettersPage onSessionExpired={onSignedOut} />,
  analytics: ({ onSignedOut }) => <AnalyticsPage onSessionExpired={onSignedOut} />,
  'qr-analytics': ({ onSignedOut }) => <QrAnalyticsPage onSessionExpired={onSignedOut} />,
  'qr-code-analytics': ({ params, onSignedOut }) => (
    <CodeAnalyticsPage
      key={params.qrCodeId}
      qrCodeId={params.qrCodeId ?? ''}
      onSessionExpired={onSignedOut}
    />
  ),
  'qr-bulk': ({ session, onSignedOut }) =>
    session && <QrBulkPage session={session} onSessionExpired={onSignedOut} />,
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
  welcome: ({ session, onSignedOut }) =>
    session && <WelcomePage session={session} onSessionExpired={onSignedOut} />,
  routing: ({ onSignedOut }) => <RoutingPage onSessionExpired={onSignedOut} />,
  availability: ({ session, onSignedOut }) =>
    session && <AvailabilityPage session={session} onSessionExpired={onSignedOut} />,
  'branch-lead-settings': ({ params, onSignedOut }) => (
    <LeadSettingsPage key={params.branchId} branchId={params.branchId ?? ''} onSessionExpired={onSignedOut} />
  ),
  'response-times': ({ onSignedOut }) => <ResponseTimesPage onSessionExpired={onSignedOut} />,
  'crm-reports': ({ onSignedOut }) => <ReportsPage onSessionExpired={onSignedOut} />,
  'crm-imports': ({ session, onSignedOut }) =>
    session && <ImportsPage session={session} onSessionExpired={onSignedOut} />,
  'crm-import': ({ params, onSignedOut }) => (
    <ImportPage
      key={params.crmImportId}
      crmImportId={params.crmImportId ?? ''}
      onSessionExpired={onSignedOut}
    />
  ),
  activities: ({ session, onSignedOut }) =>
    session && <ActivitiesPage session={session} onSessionExpired={onSignedOut} />,
  'activity-templates': ({ session, onSignedOut }) =>
    session && <ActivityTemplatesPage session={session} onSessionExpired={onSignedOut} />,
  'scoring-settings': ({ session, onSignedOut }) =>
    session && <ScoringSettingsPage session={session} onSessionExpired={onSignedOut} />,
  'crm-search': ({ onSignedOut }) => <SearchPage onSessionExpired={onSignedOut} />,
  'crm-duplicates': ({ session, onSignedOut }) =>
    session && <DuplicatesPage session={session} onSessionExpired={onSignedOut} />,
  'analytics-funnels': ({ session, onSignedOut }) =>
    session && <FunnelsPage funnelId={null} session={session} onSessionExpired={onSignedOut} />,
  // The same screen as the list, so choosing another funnel keeps the page (and its notices).
  'analytics-funnel': ({ params, session, onSignedOut }) =>
    session && (
      <FunnelsPage funnelId={params.funnelId ?? null} session={session} onSessionExpired={onSignedOut} />
    ),
  'analytics-attribution': ({ onSignedOut }) => <AttributionPage onSessionExpired={onSignedOut} />,
  'analytics-lead-touches': ({ params, onSignedOut }) => (
    <LeadTouchesPage key={params.leadId} leadId={params.leadId ?? ''} onSessionExpired={onSignedOut} />
  ),
  'analytics-reports': ({ session, onSignedOut }) =>
    session && <AnalyticsReportsPage session={session} onSessionExpired={onSignedOut} />,
}
