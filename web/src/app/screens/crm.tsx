import { lazy } from 'react'
import type { Screens } from './types.ts'

const ContactsPage = lazy(() =>
  import('../../features/contacts/ContactsPage.tsx').then((m) => ({ default: m.ContactsPage })),
)
const NewContactPage = lazy(() =>
  import('../../features/contacts/NewContactPage.tsx').then((m) => ({ default: m.NewContactPage })),
)
const ContactDetailPage = lazy(() =>
  import('../../features/contacts/ContactDetailPage.tsx').then((m) => ({ default: m.ContactDetailPage })),
)
const DealsBoardPage = lazy(() =>
  import('../../features/deals/DealsBoardPage.tsx').then((m) => ({ default: m.DealsBoardPage })),
)
const DealDetailPage = lazy(() =>
  import('../../features/deals/DealDetailPage.tsx').then((m) => ({ default: m.DealDetailPage })),
)
const PipelinesPage = lazy(() =>
  import('../../features/pipelines/PipelinesPage.tsx').then((m) => ({ default: m.PipelinesPage })),
)
const CompaniesPage = lazy(() =>
  import('../../features/companies/CompaniesPage.tsx').then((m) => ({ default: m.CompaniesPage })),
)
const NewCompanyPage = lazy(() =>
  import('../../features/companies/NewCompanyPage.tsx').then((m) => ({ default: m.NewCompanyPage })),
)
const CompanyDetailPage = lazy(() =>
  import('../../features/companies/CompanyDetailPage.tsx').then((m) => ({ default: m.CompanyDetailPage })),
)
const CrmFieldsPage = lazy(() =>
  import('../../features/crm-fields/CrmFieldsPage.tsx').then((m) => ({ default: m.CrmFieldsPage })),
)
const ReportsPage = lazy(() =>
  import('../../features/crm-reports/ReportsPage.tsx').then((m) => ({ default: m.ReportsPage })),
)
const ActivitiesPage = lazy(() =>
  import('../../features/activities/ActivitiesPage.tsx').then((m) => ({ default: m.ActivitiesPage })),
)
const ActivityTemplatesPage = lazy(() =>
  import('../../features/activities/TemplatesPage.tsx').then((m) => ({ default: m.TemplatesPage })),
)
const ScoringSettingsPage = lazy(() =>
  import('../../features/scoring/ScoringSettingsPage.tsx').then((m) => ({ default: m.ScoringSettingsPage })),
)
const ImportsPage = lazy(() =>
  import('../../features/crm-import/ImportsPage.tsx').then((m) => ({ default: m.ImportsPage })),
)
const ImportPage = lazy(() =>
  import('../../features/crm-import/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
)
const SearchPage = lazy(() =>
  import('../../features/crm-search/SearchPage.tsx').then((m) => ({ default: m.SearchPage })),
)
const DuplicatesPage = lazy(() =>
  import('../../features/duplicates/DuplicatesPage.tsx').then((m) => ({ default: m.DuplicatesPage })),
)

/** Contacts, companies, deals and what works on them: activities, imports, search, reports. */
export const CRM_SCREENS: Screens = {
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
}
