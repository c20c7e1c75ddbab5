import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { ContactForm } from './ContactForm.tsx'
import { bodyOf, emptyDraft } from './contact-draft.ts'
import { createContact } from './contacts-api.ts'
import { useContactChoices } from './useContactChoices.ts'

/** A new contact by hand; once saved, its page opens. */
export function NewContactPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const choices = useContactChoices(onSessionExpired)
  return (
    <>
      <p>
        <a href={pathTo('contacts')} onClick={handleLinkClick}>
          Back to contacts
        </a>
      </p>
      <h1 tabIndex={-1}>New contact</h1>
      {choices.fieldsError && (
        <p role="alert" className="notice notice--error">
          Could not load the custom fields. {choices.fieldsError}
        </p>
      )}
      <ContactForm
        mode="new"
        initial={emptyDraft()}
        choices={choices}
        submitLabel="Create contact"
        onSessionExpired={onSessionExpired}
        onSubmit={async (draft) => {
          const contact = await createContact(
            bodyOf(
              draft,
              'new',
              choices.defs.map((d) => d.key),
            ),
          )
          navigate(pathTo('contact', { contactId: contact.id }))
        }}
        onCancel={() => navigate(pathTo('contacts'))}
      />
    </>
  )
}
