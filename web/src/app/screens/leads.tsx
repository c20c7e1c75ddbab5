import { lazy } from 'react'
import { LeadSourcePage } from '../../features/lead-sources/LeadSourcePage.tsx'
import { LeadSourcesPage } from '../../features/lead-sources/LeadSourcesPage.tsx'
import { NewLeadSourcePage } from '../../features/lead-sources/NewLeadSourcePage.tsx'
import { LeadDetailPage } from '../../features/leads/LeadDetailPage.tsx'
import { LeadsPage } from '../../features/leads/LeadsPage.tsx'
import type { Screens } from './types.ts'

const FormsPage = lazy(() =>
  import('../../features/forms/FormsPage.tsx').then((m) => ({ default: m.FormsPage })),
)
const FormEditorPage = lazy(() =>
  import('../../features/forms/FormEditorPage.tsx').then((m) => ({ default: m.FormEditorPage })),
)
const RoutingPage = lazy(() =>
  import('../../features/routing/RoutingPage.tsx').then((m) => ({ default: m.RoutingPage })),
)
const AvailabilityPage = lazy(() =>
  import('../../features/routing/AvailabilityPage.tsx').then((m) => ({ default: m.AvailabilityPage })),
)
const LeadSettingsPage = lazy(() =>
  import('../../features/routing/LeadSettingsPage.tsx').then((m) => ({ default: m.LeadSettingsPage })),
)
const ResponseTimesPage = lazy(() =>
  import('../../features/routing/ResponseTimesPage.tsx').then((m) => ({ default: m.ResponseTimesPage })),
)

/** Leads, where they come from (sources and forms) and who gets them (routing). */
export const LEAD_SCREENS: Screens = {
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
  routing: ({ onSignedOut }) => <RoutingPage onSessionExpired={onSignedOut} />,
  availability: ({ session, onSignedOut }) =>
    session && <AvailabilityPage session={session} onSessionExpired={onSignedOut} />,
  'branch-lead-settings': ({ params, onSignedOut }) => (
    <LeadSettingsPage key={params.branchId} branchId={params.branchId ?? ''} onSessionExpired={onSignedOut} />
  ),
  'response-times': ({ onSignedOut }) => <ResponseTimesPage onSessionExpired={onSignedOut} />,
}
