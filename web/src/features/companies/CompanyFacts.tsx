import { formatDateTime } from '../contacts/contact-format.ts'
import type { RecordChoices } from '../crm-records/useRecordChoices.ts'
import type { Company } from './companies-api.ts'

function customText(value: Company['customFields'][string] | undefined): string {
  if (value === null || value === undefined) return ''
  return Array.isArray(value) ? value.join(', ') : String(value)
}

/** A company's details as a definition list; custom fields in their defined order. */
export function CompanyFacts({ company, choices }: { company: Company; choices: RecordChoices }) {
  const rows: [string, string, 'ltr' | 'auto'][] = [
    ['Domain', company.domain ?? '', 'ltr'],
    ['Website', company.website ?? '', 'ltr'],
    ['Industry', company.industry ?? '', 'auto'],
    ['Employees', company.employees === null ? '' : company.employees.toLocaleString(), 'auto'],
    ['Phone', company.phone ?? '', 'ltr'],
    ['City', company.city ?? '', 'auto'],
    ['Country', company.country ?? '', 'auto'],
    ['Owner', company.ownerUserId ? choices.ownerName(company.ownerUserId) : 'Nobody', 'auto'],
    ['Branch', choices.branchName(company.branchId), 'auto'],
    ['Tags', company.tags.join(', '), 'auto'],
    ...choices.defs.map((d): [string, string, 'auto'] => [
      d.label,
      customText(company.customFields[d.key]),
      'auto',
    ]),
    ['Created', formatDateTime(company.createdAt), 'auto'],
    ['Last changed', formatDateTime(company.updatedAt), 'auto'],
  ]
  return (
    <dl className="record-facts">
      {rows.map(([label, value, dir]) => (
        <div key={label} className="record-facts__row">
          <dt>{label}</dt>
          <dd>
            {!value ? (
              <span className="muted">—</span>
            ) : label === 'Website' && /^https?:\/\//.test(value) ? (
              <a href={value} rel="noopener noreferrer nofollow" target="_blank" dir="ltr">
                {value}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <bdi dir={dir}>{value}</bdi>
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
