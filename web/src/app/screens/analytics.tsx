import { lazy } from 'react'
import type { Screens } from './types.ts'

const AnalyticsPage = lazy(() =>
  import('../../features/analytics/AnalyticsPage.tsx').then((m) => ({ default: m.AnalyticsPage })),
)
const FunnelsPage = lazy(() =>
  import('../../features/analytics/funnels/FunnelsPage.tsx').then((m) => ({ default: m.FunnelsPage })),
)
const AttributionPage = lazy(() =>
  import('../../features/analytics/attribution/AttributionPage.tsx').then((m) => ({
    default: m.AttributionPage,
  })),
)
const LeadTouchesPage = lazy(() =>
  import('../../features/analytics/attribution/LeadTouchesPage.tsx').then((m) => ({
    default: m.LeadTouchesPage,
  })),
)
const AnalyticsReportsPage = lazy(() =>
  import('../../features/analytics/reports/AnalyticsReportsPage.tsx').then((m) => ({
    default: m.AnalyticsReportsPage,
  })),
)

/** Site analytics: the overview, funnels, attribution and saved reports. */
export const ANALYTICS_SCREENS: Screens = {
  analytics: ({ onSignedOut }) => <AnalyticsPage onSessionExpired={onSignedOut} />,
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
