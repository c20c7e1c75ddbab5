import type { RecordChoices } from '../crm-records/useRecordChoices.ts'
import { formatDateTime } from './contact-format.ts'
import type { Contact } from './contacts-api.ts'

const yesNo = (on: boolean) => (on ? 'Yes' : 'No')

function customText(value: Contact['customFields'][string] | undefined): string {
  if (value === null || value === undefined) return ''
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** A contact's details as a definition list; custom fields in their defined order. */
export function ContactFacts({ contact, choices }: { contact: Contact; choices: RecordChoices }) {
  const consents = [
    `E-mail: ${yesNo(contact.consentEmail)}`,
    `WhatsApp: ${yesNo(contact.consentWhatsapp)}`,
    `SMS: ${yesNo(contact.consentSms)}`,
  ].join(' · ')
  const rows: [string, string][] = [
    ['E-mail', [contact.email, ...contact.otherEmails].filter(Boolean).join(', ')],
    ['Phone', [contact.phone, ...contact.otherPhones].filter(Boolean).join(', ')],
    ['Job title', contact.jobTitle ?? ''],
    ['Owner', contact.ownerUserId ? choices.ownerName(contact.ownerUserId) : 'Nobody'],
    ['Branch', choices.branchName(contact.branchId)],
    ['Tags', contact.tags.join(', ')],
    ['Source', contact.source ?? ''],
    [
      'Consent',
      contact.consentUpdatedAt
        ? `${consents} (changed ${formatDateTime(contact.consentUpdatedAt)})`
        : consents,
    ],
    ...choices.defs.map((d): [string, string] => [d.label, customText(contact.customFields[d.key])]),
    ['Created', formatDateTime(contact.createdAt)],
    ['Last activity', formatDateTime(contact.lastActivityAt)],
  ]
  return (
    <dl className="record-facts">
      {rows.map(([label, value]) => (
        <div key={label} className="record-facts__row">
          <dt>{label}</dt>
          <dd>{value ? <bdi>{value}</bdi> : <span className="muted">—</span>}</dd>
        </div>
      ))}
    </dl>
  )
}
