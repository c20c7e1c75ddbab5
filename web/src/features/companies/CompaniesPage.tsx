import { useMemo, useRef } from 'react'
import type { Session } from '../../api/auth.ts'
import { usePages } from '../../app/usePages.ts'
import { RecordListControls } from '../crm-records/RecordListControls.tsx'
import { RecordListHeader } from '../crm-records/RecordListHeader.tsx'
import { RecordListResults } from '../crm-records/RecordListResults.tsx'
import { useRecordChoices } from '../crm-records/useRecordChoices.ts'
import { useRecordList } from '../crm-records/useRecordList.ts'
import { CompaniesTable } from './CompaniesTable.tsx'
import { type CompanyQuery, listCompanies } from './companies-api.ts'
import { COMPANY_SORT_FIELDS } from './company-sort.ts'

/** Companies: search, filters on any field (custom ones too), saved views, sort, pages by cursor. */
export function CompaniesPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const choices = useRecordChoices('company', onSessionExpired)
  const list = useRecordList({ entity: 'company', choices, sortFields: COMPANY_SORT_FIELDS })
  const { filter, sort } = list.state
  const query = useMemo<CompanyQuery>(() => ({ filter, sort }), [filter, sort])
  const pages = usePages(query, listCompanies, onSessionExpired)
  const tableRef = useRef<HTMLElement>(null)

  async function loadMore() {
    if (!(await pages.loadMore())) tableRef.current?.focus()
  }

  return (
    <>
      <RecordListHeader
        title="Companies"
        entity="company"
        session={session}
        filter={filter}
        newRoute="company-new"
        newLabel="New company"
        onSessionExpired={onSessionExpired}
      />
      <RecordListControls
        list={list}
        noun="companies"
        placeholder="Name or domain"
        onSessionExpired={onSessionExpired}
      />

      <RecordListResults
        pages={pages}
        noun="companies"
        filtered={list.filtered}
        emptyHint="Add the businesses your contacts work for, by hand or by import."
        onLoadMore={loadMore}
      >
        <CompaniesTable
          ref={tableRef}
          companies={pages.items}
          caption="Companies"
          ownerName={choices.ownerName}
        />
      </RecordListResults>
    </>
  )
}
