import { useCallback, useRef, useState } from 'react'
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
import { ScoreBadge } from '../scoring/ScoreBadge.tsx'
import { ContactCompanies } from './ContactCompanies.tsx'
import { ContactFacts } from './ContactFacts.tsx'
import { ContactForm } from './ContactForm.tsx'
import { bodyOf, draftOf } from './contact-draft.ts'
import { LIFECYCLE_LABELS } from './contact-format.ts'
import { type Contact, deleteContact, getContact, updateContact } from './contacts-api.ts'

interface Props {
  contactId: string
  session: Session
  onSessionExpired: () => void
}

/** One contact: details (edited in a form), companies, activity, deals, files, score reasons. */
export function ContactDetailPage({ contactId, session, onSessionExpired }: Props) {
  const fetchContact = useCallback((signal?: AbortSignal) => getContact(contactId, signal), [contactId])
  const contact = useResource(fetchContact, onSessionExpired)
  const choices = useRecordChoices('contact', onSessionExpired)
  const [deleted, setDeleted] = useState<DeletedRecord | null>(null)
  const detailsRef = useRef<HTMLHeadingElement>(null)
  const details = useDetailsEditor(detailsRef)
  const canWrite = session.permissions.includes('crm.write')
  const canDelete = session.permissions.includes('crm.delete')
  const c = contact.data

  if (!c)
    return (
      <>
        <BackLink to="contacts">Back to contacts</BackLink>
        {contact.error ? (
          <>
            <h1 tabIndex={-1}>Contact</h1>
            <LoadError onRetry={contact.reload}>Could not load this contact. {contact.error}</LoadError>
          </>
        ) : (
          <p role="status" className="muted" data-screen-loading="">
            Loading contact…
          </p>
        )}
      </>
    )

  function save(next: Contact) {
    contact.setData(next)
    details.done()
  }

  return (
    <>
      <BackLink to="contacts">Back to contacts</BackLink>
      <div className="page-header">
        <h1 tabIndex={-1}>
          <bdi>{c.name}</bdi>
        </h1>
        <ScoreBadge score={c.score} reasons={c.scoreReasons} scoredAt={c.scoredAt} />
      </div>
      <p className="muted record-subtitle">
        {LIFECYCLE_LABELS[c.lifecycleStage]}
        {c.jobTitle ? ` · ${c.jobTitle}` : ''}
        {c.primaryCompany ? ` · ${c.primaryCompany.name}` : ''}
      </p>
      {deleted ? (
        <DeletedNotice
          kind="contact"
          name={c.name}
          deleted={deleted}
          onRestored={() => {
            setDeleted(null)
            contact.reload()
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
              headingRef={detailsRef}
            >
              {details.editing ? (
                <ContactForm
                  mode="edit"
                  initial={draftOf(c)}
                  choices={choices}
                  submitLabel="Save changes"
                  onSessionExpired={onSessionExpired}
                  onCancel={details.cancel}
                  onSubmit={async (draft) =>
                    save(
                      await updateContact(
                        c.id,
                        bodyOf(
                          draft,
                          'edit',
                          choices.defs.map((d) => d.key),
                        ),
                      ),
                    )
                  }
                />
              ) : (
                <ContactFacts contact={c} choices={choices} />
              )}
            </DetailsSection>
            <ContactCompanies
              contactId={c.id}
              canWrite={canWrite}
              onChanged={contact.reload}
              onSessionExpired={onSessionExpired}
            />
            <ActivitySection
              about={{ contactId: c.id }}
              canWrite={canWrite}
              onLogged={contact.reload}
              onSessionExpired={onSessionExpired}
            />
          </div>
          <div className="record-side">
            <RecordDeals
              contactId={c.id}
              name={c.name}
              canWrite={canWrite}
              onSessionExpired={onSessionExpired}
            />
            <RecordSideActions
              entity="contact"
              record={c}
              canWrite={canWrite}
              canDelete={canDelete}
              remove={() => deleteContact(c.id)}
              onDeleted={setDeleted}
              onSessionExpired={onSessionExpired}
            />
          </div>
        </div>
      )}
    </>
  )
}
