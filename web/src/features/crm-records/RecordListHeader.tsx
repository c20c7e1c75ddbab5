import type { Session } from '../../api/auth.ts'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import type { CrmFilter } from '../contacts/contacts-api.ts'
import { ExportButton } from '../crm-bulk/ExportButton.tsx'

interface Props {
  title: string
  entity: 'contact' | 'company'
  session: Session
  /** What the list shows now: what an export writes. */
  filter: CrmFilter
  /** The page that adds one by hand, and its button's words. */
  newRoute: 'contact-new' | 'company-new'
  newLabel: string
  onSessionExpired: () => void
}

/** A record list's title and what the member may do with the list: import, export, add one. */
export function RecordListHeader({
  title,
  entity,
  session,
  filter,
  newRoute,
  newLabel,
  onSessionExpired,
}: Props) {
  const can = (permission: Session['permissions'][number]) => session.permissions.includes(permission)
  return (
    <div className="page-header">
      <h1 tabIndex={-1}>{title}</h1>
      <div className="button-row">
        {can('crm.import') && (
          <a className="button" href={pathTo('crm-imports')} onClick={handleLinkClick}>
            Import
          </a>
        )}
        {can('crm.export') && (
          <ExportButton entity={entity} filter={filter} onSessionExpired={onSessionExpired} />
        )}
        {can('crm.write') && (
          <a className="button button--primary" href={pathTo(newRoute)} onClick={handleLinkClick}>
            {newLabel}
          </a>
        )}
      </div>
    </div>
  )
}
