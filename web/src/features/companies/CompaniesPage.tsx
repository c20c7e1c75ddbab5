import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { usePages } from '../../app/usePages.ts'
import { DEFAULT_SORT } from '../contacts/contact-format.ts'
import { type ContactListState, searchOfState, stateFromSearch } from '../contacts/contact-list-state.ts'
import type { CrmFilter, CrmSort } from '../contacts/contacts-api.ts'
import { ExportButton } from '../crm-bulk/ExportButton.tsx'
import type { CrmView } from '../crm-views/crm-views-api.ts'
import { FilterBuilder } from '../crm-views/FilterBuilder.tsx'
import { filterFieldsFor } from '../crm-views/filter-fields.ts'
import { ListToolbar } from '../crm-views/ListToolbar.tsx'
import { SavedViews } from '../crm-views/SavedViews.tsx'
import { CompaniesTable } from './CompaniesTable.tsx'
import { type CompanyQuery, listCompanies } from './companies-api.ts'
import { COMPANY_SORT_FIELDS } from './company-sort.ts'
import { useCompanyChoices } from './useCompanyChoices.ts'

/** Companies: search, filters on any field (custom ones too), saved views, sort, pages by cursor. */
export function CompaniesPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  // The list's state lives in the address, as on the contacts list, so a link shows the same rows.
  const [state, setState] = useState<ContactListState>(() => stateFromSearch(location.search))
  const choices = useCompanyChoices(onSessionExpired)
  const query = useMemo<CompanyQuery>(
    () => ({ filter: state.filter, sort: state.sort }),
    [state.filter, state.sort],
  )
  const pages = usePages(query, listCompanies, onSessionExpired)
  const tableRef = useRef<HTMLElement>(null)
  const canWrite = session.permissions.includes('crm.write')
  const canExport = session.permissions.includes('crm.export')
  const canImport = session.permissions.includes('crm.import')

  useEffect(() => {
    navigate(location.pathname + searchOfState(state), { replace: true })
  }, [state])

  const change = useCallback(
    (next: Partial<ContactListState>) => setState((s) => ({ ...s, viewId: null, ...next })),
    [],
  )
  const onSearch = useCallback(
    (q: string) => change({ filter: { ...state.filter, q: q || undefined }, viewId: state.viewId }),
    [change, state.filter, state.viewId],
  )
  const fields = useMemo(
    () =>
      filterFieldsFor('company', choices.defs, { ownerUserId: choices.owners, branchId: choices.branches }),
    [choices.defs, choices.owners, choices.branches],
  )
  const sortFields = useMemo(
    () => [
      ...COMPANY_SORT_FIELDS,
      ...choices.defs
        .filter((d) => d.type !== 'multi_select')
        .map((d) => ({ value: `custom.${d.key}`, label: d.label })),
    ],
    [choices.defs],
  )

  function applyView(view: CrmView | null) {
    change(
      view
        ? { filter: { ...view.filter, q: state.filter.q }, sort: view.sort ?? DEFAULT_SORT, viewId: view.id }
        : { filter: { match: 'all', conditions: [], q: state.filter.q }, sort: DEFAULT_SORT, viewId: null },
    )
  }

  async function loadMore() {
    if (!(await pages.loadMore())) tableRef.current?.focus()
  }

  const loading = pages.phase === 'loading'
  const failed = pages.phase === 'failed'
  const filtered = state.filter.conditions.length > 0 || !!state.filter.q

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Companies</h1>
        <div className="button-row">
          {canImport && (
            <a className="button" href={pathTo('crm-imports')} onClick={handleLinkClick}>
              Import
            </a>
          )}
          {canExport && (
            <ExportButton entity="company" filter={state.filter} onSessionExpired={onSessionExpired} />
          )}
          {canWrite && (
            <a className="button button--primary" href={pathTo('company-new')} onClick={handleLinkClick}>
              New company
            </a>
          )}
        </div>
      </div>
      <ListToolbar
        q={state.filter.q ?? ''}
        onSearch={onSearch}
        sort={state.sort}
        sortFields={sortFields}
        onSort={(sort: CrmSort) => change({ sort, viewId: state.viewId })}
        noun="companies"
        placeholder="Name or domain"
      />
      <SavedViews
        entity="company"
        filter={withoutQ(state.filter)}
        sort={state.sort}
        currentId={state.viewId}
        onApply={applyView}
        onSessionExpired={onSessionExpired}
      />
      <details className="filter-disclosure" open={state.filter.conditions.length > 0}>
        <summary>
          Filters{state.filter.conditions.length > 0 ? ` (${state.filter.conditions.length})` : ''}
        </summary>
        <FilterBuilder
          entity="company"
          fields={fields}
          value={state.filter}
          onChange={(filter) => change({ filter })}
        />
      </details>

      <p role="status" className="visually-hidden">
        {loading ? '' : `${pages.items.length} companies shown${pages.nextCursor ? ', more available' : ''}.`}
      </p>
      {loading && pages.items.length === 0 && <p className="muted">Loading companies…</p>}
      {failed && <LoadError onRetry={pages.retry}>Could not load companies. {pages.error}</LoadError>}
      {!loading && !failed && pages.items.length === 0 && (
        <div className="empty-state">
          <p>{filtered ? 'No companies match.' : 'No companies yet.'}</p>
          {!filtered && (
            <p className="muted">Add the businesses your contacts work for, by hand or by import.</p>
          )}
        </div>
      )}
      {pages.items.length > 0 && (
        <CompaniesTable
          ref={tableRef}
          companies={pages.items}
          caption="Companies"
          ownerName={choices.ownerName}
        />
      )}
      {pages.nextCursor !== null && !failed && !loading && (
        <LoadMore loading={pages.phase === 'loading-more'} onLoadMore={loadMore} />
      )}
      {pages.error && !failed && (
        <p role="alert" className="notice notice--error">
          Could not load more companies. {pages.error}
        </p>
      )}
    </>
  )
}

const withoutQ = ({ q: _q, ...filter }: CrmFilter): CrmFilter => filter
