import { useCallback, useId, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, pathTo } from '../../app/router.ts'
import { useResource } from '../../app/useResource.ts'
import { ActivityComposer } from '../activities/ActivityComposer.tsx'
import { Timeline } from '../activities/Timeline.tsx'
import { AttachmentsPanel } from '../attachments/AttachmentsPanel.tsx'
import { DeletedNotice, type DeletedRecord, DeleteRecord } from '../crm-views/DeleteRecord.tsx'
import { RecordDeals } from '../deals/RecordDeals.tsx'
import { MergeWith } from '../duplicates/MergeWith.tsx'
import { CompanyFacts } from './CompanyFacts.tsx'
import { CompanyForm } from './CompanyForm.tsx'
import { CompanyPeople } from './CompanyPeople.tsx'
import { CompanyTree } from './CompanyTree.tsx'
import { deleteCompany, getCompany, updateCompany } from './companies-api.ts'
import { companyBodyOf, companyDraftOf } from './company-draft.ts'
import { useCompanyChoices } from './useCompanyChoices.ts'

interface Props {
  companyId: string
  session: Session
  onSessionExpired: () => void
}

/** One company: details (edited in a form), its group, people, activity, deals and files. */
export function CompanyDetailPage({ companyId, session, onSessionExpired }: Props) {
  const fetchCompany = useCallback((signal?: AbortSignal) => getCompany(companyId, signal), [companyId])
  const company = useResource(fetchCompany, onSessionExpired)
  const choices = useCompanyChoices(onSessionExpired)
  const [editing, setEditing] = useState(false)
  const [deleted, setDeleted] = useState<DeletedRecord | null>(null)
  const [saved, setSaved] = useState('')
  const detailsId = useId()
  const activityId = useId()
  const canWrite = session.permissions.includes('crm.write')
  const canDelete = session.permissions.includes('crm.delete')
  const c = company.data

  if (!c)
    return (
      <>
        <BackLink />
        {company.error ? (
          <LoadError onRetry={company.reload}>Could not load this company. {company.error}</LoadError>
        ) : (
          <p role="status" className="muted" data-screen-loading="">
            Loading company…
          </p>
        )}
      </>
    )

  return (
    <>
      <BackLink />
      <div className="page-header">
        <h1 tabIndex={-1}>
          <bdi>{c.name}</bdi>
        </h1>
      </div>
      <p className="muted record-subtitle">
        {[c.industry, c.domain, c.parent ? `part of ${c.parent.name}` : null].filter(Boolean).join(' · ')}
      </p>
      {deleted ? (
        <DeletedNotice
          kind="company"
          name={c.name}
          deleted={deleted}
          onRestored={() => {
            setDeleted(null)
            company.reload()
          }}
          onSessionExpired={onSessionExpired}
        />
      ) : (
        <div className="record-layout">
          <div className="record-main">
            <section className="record-panel" aria-labelledby={detailsId}>
              <div className="section-header">
                <h2 id={detailsId} className="section-title">
                  Details
                </h2>
                {canWrite && !editing && (
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setSaved('')
                      setEditing(true)
                    }}
                  >
                    Edit details
                  </button>
                )}
              </div>
              <p role="status" className="visually-hidden">
                {saved}
              </p>
              {editing ? (
                <CompanyForm
                  mode="edit"
                  initial={companyDraftOf(c)}
                  choices={choices}
                  companyId={c.id}
                  submitLabel="Save changes"
                  onSessionExpired={onSessionExpired}
                  onCancel={() => setEditing(false)}
                  onSubmit={async (draft) => {
                    const body = companyBodyOf(
                      draft,
                      'edit',
                      choices.defs.map((d) => d.key),
                    )
                    await updateCompany(c.id, body as Parameters<typeof updateCompany>[1])
                    // The group around it may have changed too: read the whole detail again.
                    company.reload()
                    setEditing(false)
                    setSaved('Saved.')
                  }}
                />
              ) : (
                <CompanyFacts company={c} choices={choices} />
              )}
            </section>
            <CompanyTree company={c} />
            <CompanyPeople companyId={c.id} onSessionExpired={onSessionExpired} />
            <section className="record-panel" aria-labelledby={activityId}>
              <h2 id={activityId} className="section-title">
                Activity
              </h2>
              {canWrite && (
                <ActivityComposer
                  companyId={c.id}
                  onLogged={company.reload}
                  onSessionExpired={onSessionExpired}
                />
              )}
              <Timeline companyId={c.id} onSessionExpired={onSessionExpired} />
            </section>
          </div>
          <div className="record-side">
            <RecordDeals companyId={c.id} />
            <AttachmentsPanel
              entity="company"
              entityId={c.id}
              canWrite={canWrite}
              onSessionExpired={onSessionExpired}
            />
            {canDelete && (
              <MergeWith entity="company" recordId={c.id} name={c.name} onSessionExpired={onSessionExpired} />
            )}
            {canDelete && (
              <DeleteRecord
                kind="company"
                name={c.name}
                remove={() => deleteCompany(c.id)}
                onDeleted={setDeleted}
                onSessionExpired={onSessionExpired}
              />
            )}
          </div>
        </div>
      )}
    </>
  )
}

function BackLink() {
  return (
    <p>
      <a href={pathTo('companies')} onClick={handleLinkClick}>
        Back to companies
      </a>
    </p>
  )
}
