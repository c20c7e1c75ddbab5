import { useCallback, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { BackLink } from '../../app/components/BackLink.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { useResource } from '../../app/useResource.ts'
import { ActivitySection } from '../crm-records/ActivitySection.tsx'
import { DetailsSection } from '../crm-records/DetailsSection.tsx'
import { RecordSideActions } from '../crm-records/RecordSideActions.tsx'
import { useDetailsEditor } from '../crm-records/useDetailsEditor.ts'
import { useRecordChoices } from '../crm-records/useRecordChoices.ts'
import { DeletedNotice, type DeletedRecord } from '../crm-views/DeleteRecord.tsx'
import { RecordDeals } from '../deals/RecordDeals.tsx'
import { CompanyFacts } from './CompanyFacts.tsx'
import { CompanyForm } from './CompanyForm.tsx'
import { CompanyPeople } from './CompanyPeople.tsx'
import { CompanyTree } from './CompanyTree.tsx'
import { deleteCompany, getCompany, updateCompany } from './companies-api.ts'
import { companyBodyOf, companyDraftOf } from './company-draft.ts'

interface Props {
  companyId: string
  session: Session
  onSessionExpired: () => void
}

/** One company: details (edited in a form), its group, people, activity, deals and files. */
export function CompanyDetailPage({ companyId, session, onSessionExpired }: Props) {
  const fetchCompany = useCallback((signal?: AbortSignal) => getCompany(companyId, signal), [companyId])
  const company = useResource(fetchCompany, onSessionExpired)
  const choices = useRecordChoices('company', onSessionExpired)
  const [deleted, setDeleted] = useState<DeletedRecord | null>(null)
  const details = useDetailsEditor()
  const canWrite = session.permissions.includes('crm.write')
  const canDelete = session.permissions.includes('crm.delete')
  const c = company.data

  if (!c)
    return (
      <>
        <BackLink to="companies">Back to companies</BackLink>
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
      <BackLink to="companies">Back to companies</BackLink>
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
            <DetailsSection
              canEdit={canWrite && !details.editing}
              onEdit={details.start}
              saved={details.saved}
            >
              {details.editing ? (
                <CompanyForm
                  mode="edit"
                  initial={companyDraftOf(c)}
                  choices={choices}
                  companyId={c.id}
                  submitLabel="Save changes"
                  onSessionExpired={onSessionExpired}
                  onCancel={details.cancel}
                  onSubmit={async (draft) => {
                    const body = companyBodyOf(
                      draft,
                      'edit',
                      choices.defs.map((d) => d.key),
                    )
                    await updateCompany(c.id, body as Parameters<typeof updateCompany>[1])
                    // The group around it may have changed too: read the whole detail again.
                    company.reload()
                    details.done()
                  }}
                />
              ) : (
                <CompanyFacts company={c} choices={choices} />
              )}
            </DetailsSection>
            <CompanyTree company={c} />
            <CompanyPeople companyId={c.id} onSessionExpired={onSessionExpired} />
            <ActivitySection
              about={{ companyId: c.id }}
              canWrite={canWrite}
              onLogged={company.reload}
              onSessionExpired={onSessionExpired}
            />
          </div>
          <div className="record-side">
            <RecordDeals companyId={c.id} />
            <RecordSideActions
              entity="company"
              record={c}
              canWrite={canWrite}
              canDelete={canDelete}
              remove={() => deleteCompany(c.id)}
              onDeleted={setDeleted}
              onSessionExpired={onSessionExpired}
            />
          </div>
        </div>
      )}
    </>
  )
}
