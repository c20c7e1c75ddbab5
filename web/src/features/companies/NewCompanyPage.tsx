import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { CompanyForm } from './CompanyForm.tsx'
import { createCompany } from './companies-api.ts'
import { companyBodyOf, emptyCompanyDraft } from './company-draft.ts'
import { useCompanyChoices } from './useCompanyChoices.ts'

/** A new company by hand; once saved, its page opens. */
export function NewCompanyPage({ onSessionExpired }: { onSessionExpired: () => void }) {
  const choices = useCompanyChoices(onSessionExpired)
  return (
    <>
      <p>
        <a href={pathTo('companies')} onClick={handleLinkClick}>
          Back to companies
        </a>
      </p>
      <h1 tabIndex={-1}>New company</h1>
      {choices.fieldsError && (
        <p role="alert" className="notice notice--error">
          Could not load the custom fields. {choices.fieldsError}
        </p>
      )}
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
    </>
  )
}
