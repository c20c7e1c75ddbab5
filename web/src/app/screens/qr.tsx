import { lazy } from 'react'
import type { Screens } from './types.ts'

const QrCodesPage = lazy(() =>
  import('../../features/qr/QrCodesPage.tsx').then((m) => ({ default: m.QrCodesPage })),
)
const QrEditorPage = lazy(() =>
  import('../../features/qr/QrEditorPage.tsx').then((m) => ({ default: m.QrEditorPage })),
)
const QrAnalyticsPage = lazy(() =>
  import('../../features/qr/analytics/QrAnalyticsPage.tsx').then((m) => ({ default: m.QrAnalyticsPage })),
)
const CodeAnalyticsPage = lazy(() =>
  import('../../features/qr/analytics/CodeAnalyticsPage.tsx').then((m) => ({
    default: m.CodeAnalyticsPage,
  })),
)
const QrBulkPage = lazy(() =>
  import('../../features/qr/bulk/QrBulkPage.tsx').then((m) => ({ default: m.QrBulkPage })),
)

/** QR codes: the list, the editor, bulk creation and their scan analytics. */
export const QR_SCREENS: Screens = {
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
}
