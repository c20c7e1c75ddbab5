import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { BuilderWorkspace } from './BuilderWorkspace.tsx'
import { useSiteDraft } from './useSiteDraft.ts'

/** The no-code builder for one branch site. */
export function BuilderPage({
  siteId,
  session,
  onSessionExpired,
}: {
  siteId: string
  session: Session
  onSessionExpired: () => void
}) {
  const draft = useSiteDraft(siteId, onSessionExpired)
  if (draft.loadError && !draft.detail) {
    return (
      <>
        <h1 tabIndex={-1}>Site builder</h1>
        <LoadError onRetry={() => void draft.reload({ content: true })}>
          Could not open this site. {draft.loadError}
        </LoadError>
      </>
    )
  }
  if (!draft.detail || !draft.content) {
    return (
      <>
        <h1 tabIndex={-1}>Site builder</h1>
        <p className="muted" aria-busy="true">
          Loading the site…
        </p>
      </>
    )
  }
  return (
    <BuilderWorkspace
      detail={draft.detail}
      content={draft.content}
      draft={draft}
      canEdit={session.permissions.includes('sites.edit')}
      canPublish={session.permissions.includes('sites.publish')}
      onUnauthorized={onSessionExpired}
    />
  )
}
