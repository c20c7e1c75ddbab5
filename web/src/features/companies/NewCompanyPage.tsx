import { navigate, pathTo } from '../../app/router.ts'
import { NewRecordScreen } from '../crm-records/NewRecordScreen.tsx'
import { useRecordChoices } from '../crm-records/useRecordChoices.ts'
import { CompanyForm } from './CompanyForm.tsx'
import { createCompany } from './companies-api.ts'
import { companyBodyOf, emptyCompanyDraft } from './company-draft.ts'

/** A new company by hand; once saved, its page opens. */
export function NewCompanyPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const choices = useRecordChoices('company', onSessionExpired)
  return (
    <NewRecordScreen
      title="New company"
      back={{ to: 'companies', label: 'Back to companies' }}
      fieldsError={choices.fieldsError}
    >
      <CompanyForm
        mode="new"
        initial={emptyCompanyDraft()}
        choices={choices}
        submitLabel="Create company"
        onSessionExpired={onSessionExpired}
        onSubmit={async (draft) => {
          const keys = choices.defs.map((d) => d.key)
          const company = await createCompany(
            companyBodyOf(draft, 'new', keys) as Parameters<typeof createCompany>[0],
          )
          navigate(pathTo('company', { companyId: company.id }))
        }}
        onCancel={() => navigate(pathTo('companies'))}
      />
    </NewRecordScreen>
  )
}
