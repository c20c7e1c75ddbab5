import { useCallback, useEffect, useId, useRef, useState } from 'react'
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
import { ScoreBadge } from '../scoring/ScoreBadge.tsx'
import { ContactCompanies } from './ContactCompanies.tsx'
import { ContactFacts } from './ContactFacts.tsx'
import { ContactForm } from './ContactForm.tsx'
import { bodyOf, draftOf } from './contact-draft.ts'
import { LIFECYCLE_LABELS } from './contact-format.ts'
import { type Contact, deleteContact, getContact, updateContact } from './contacts-api.ts'
import { useContactChoices } from './useContactChoices.ts'

interface Props {
  contactId: string
  session: Session
  onSessionExpired: () => void
}

/** One contact: details (edited in a form), companies, activity, deals, files, score reasons. */
export function ContactDetailPage({ contactId, session, onSessionExpired }: Props) {
  const fetchContact = useCallback((signal?: AbortSignal) => getContact(contactId, signal), [contactId])
  const contact = useResource(fetchContact, onSessionExpired)
  const choices = useContactChoices(onSessionExpired)
  const [editing, setEditing] = useState(false)
  const [deleted, setDeleted] = useState<DeletedRecord | null>(null)
  const [saved, setSaved] = useState('')
  const detailsId = useId()
  const detailsRef = useRef<HTMLHeadingElement>(null)
  const activityId = useId()
  const canWrite = session.permissions.includes('crm.write')
  const canDelete = session.permissions.includes('crm.delete')
  const c = contact.data

  // After saving or cancelling, focus returns to the section the form was in.
  const wasEditing = useRef(false)
  useEffect(() => {
    if (wasEditing.current && !editing) detailsRef.current?.focus()
    wasEditing.current = editing
  }, [editing])

  if (!c)
    return (
      <>
        <BackLink />
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
    setEditing(false)
    setSaved('Saved.')
  }

  return (
    <>
      <BackLink />
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
            <section className="record-panel" aria-labelledby={detailsId}>
              <div className="section-header">
                <h2 id={detailsId} ref={detailsRef} tabIndex={-1} className="section-title">
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
                <ContactForm
                  mode="edit"
                  initial={draftOf(c)}
                  choices={choices}
                  submitLabel="Save changes"
                  onSessionExpired={onSessionExpired}
                  onCancel={() => setEditing(false)}
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
            </section>
            <ContactCompanies
              contactId={c.id}
              canWrite={canWrite}
              onChanged={contact.reload}
              onSessionExpired={onSessionExpired}
            />
            <section className="record-panel" aria-labelledby={activityId}>
              <h2 id={activityId} className="section-title">
                Activity
              </h2>
              {canWrite && (
                <ActivityComposer
                  contactId={c.id}
                  onLogged={contact.reload}
                  onSessionExpired={onSessionExpired}
                />
              )}
              <Timeline contactId={c.id} onSessionExpired={onSessionExpired} />
            </section>
          </div>
          <div className="record-side">
            <RecordDeals
              contactId={c.id}
              name={c.name}
              canWrite={canWrite}
              onSessionExpired={onSessionExpired}
            />
            <AttachmentsPanel
              entity="contact"
              entityId={c.id}
              canWrite={canWrite}
              onSessionExpired={onSessionExpired}
            />
            {canDelete && (
              <MergeWith entity="contact" recordId={c.id} name={c.name} onSessionExpired={onSessionExpired} />
            )}
            {canDelete && (
              <DeleteRecord
                kind="contact"
                name={c.name}
                remove={() => deleteContact(c.id)}
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
      <a href={pathTo('contacts')} onClick={handleLinkClick}>
        Back to contacts
      </a>
    </p>
  )
}
