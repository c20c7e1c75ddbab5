import { navigate, pathTo } from '../../app/router.ts'
import { NewRecordScreen } from '../crm-records/NewRecordScreen.tsx'
import { useRecordChoices } from '../crm-records/useRecordChoices.ts'
import { ContactForm } from './ContactForm.tsx'
import { bodyOf, emptyDraft } from './contact-draft.ts'
import { createContact } from './contacts-api.ts'

/** A new contact by hand; once saved, its page opens. */
export function NewContactPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const choices = useRecordChoices('contact', onSessionExpired)
  return (
    <NewRecordScreen
      title="New contact"
      back={{ to: 'contacts', label: 'Back to contacts' }}
      fieldsError={choices.fieldsError}
    >
      <ContactForm
        mode="new"
        initial={emptyDraft()}
        choices={choices}
        submitLabel="Create contact"
        onSessionExpired={onSessionExpired}
        onSubmit={async (draft) => {
          const keys = choices.defs.map((d) => d.key)
          const contact = await createContact(bodyOf(draft, 'new', keys))
          navigate(pathTo('contact', { contactId: contact.id }))
        }}
        onCancel={() => navigate(pathTo('contacts'))}
      />
    </NewRecordScreen>
  )
}
