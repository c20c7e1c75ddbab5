import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { LoadMore } from '../../app/components/LoadMore.tsx'
import { LoadError } from '../../app/components/Notices.tsx'
import { handleLinkClick, navigate, pathTo } from '../../app/router.ts'
import { usePages } from '../../app/usePages.ts'
import { BulkBar } from '../crm-bulk/BulkBar.tsx'
import { ExportButton } from '../crm-bulk/ExportButton.tsx'
import type { CrmView } from '../crm-views/crm-views-api.ts'
import { FilterBuilder } from '../crm-views/FilterBuilder.tsx'
import { filterFieldsFor } from '../crm-views/filter-fields.ts'
import { ListToolbar } from '../crm-views/ListToolbar.tsx'
import { SavedViews } from '../crm-views/SavedViews.tsx'
import { ContactsTable } from './ContactsTable.tsx'
import { DEFAULT_SORT, SORT_FIELDS } from './contact-format.ts'
import { type ContactListState, searchOfState, stateFromSearch } from './contact-list-state.ts'
import { type ContactQuery, type CrmFilter, type CrmSort, listContacts } from './contacts-api.ts'
import { useContactChoices } from './useContactChoices.ts'

/** Contacts: search, filters on any field, saved views, sort, pages by cursor, bulk actions. */
export function ContactsPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const [state, setState] = useState<ContactListState>(() => stateFromSearch(location.search))
  const choices = useContactChoices(onSessionExpired)
  const query = useMemo<ContactQuery>(
    () => ({ filter: state.filter, sort: state.sort }),
    [state.filter, state.sort],
  )
  const pages = usePages(query, listContacts, onSessionExpired)
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const tableRef = useRef<HTMLElement>(null)
  const canWrite = session.permissions.includes('crm.write')
  const canExport = session.permissions.includes('crm.export')
  const canImport = session.permissions.includes('crm.import')

  useEffect(() => {
    navigate(location.pathname + searchOfState(state), { replace: true })
  }, [state])

  const change = useCallback((next: Partial<ContactListState>) => {
    setState((s) => ({ ...s, viewId: null, ...next }))
    setSelected(new Set())
  }, [])
  const onSearch = useCallback(
    (q: string) => change({ filter: { ...state.filter, q: q || undefined }, viewId: state.viewId }),
    [change, state.filter, state.viewId],
  )

  const fields = useMemo(
    () =>
      filterFieldsFor('contact', choices.defs, { ownerUserId: choices.owners, branchId: choices.branches }),
    [choices.defs, choices.owners, choices.branches],
  )
  const sortFields = useMemo(
    () => [
      ...SORT_FIELDS,
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

  function select(ids: readonly string[], on: boolean) {
    setSelected((prev) => {
      const next = new Set(prev)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })
  }

  async function loadMore() {
    if (!(await pages.loadMore())) tableRef.current?.focus()
  }

  const loading = pages.phase === 'loading'
  const failed = pages.phase === 'failed'
  const shownSelected = pages.items.map((c) => c.id).filter((id) => selected.has(id))
  const filtered = state.filter.conditions.length > 0 || !!state.filter.q

  return (
    <>
      <div className="page-header">
        <h1 tabIndex={-1}>Contacts</h1>
        <div className="button-row">
          {canImport && (
            <a className="button" href={pathTo('crm-imports')} onClick={handleLinkClick}>
              Import
            </a>
          )}
          {canExport && (
            <ExportButton entity="contact" filter={state.filter} onSessionExpired={onSessionExpired} />
          )}
          {canWrite && (
            <a className="button button--primary" href={pathTo('contact-new')} onClick={handleLinkClick}>
              New contact
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
        noun="contacts"
        placeholder="Name, e-mail or phone"
      />
      <SavedViews
        entity="contact"
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
          entity="contact"
          fields={fields}
          value={state.filter}
          onChange={(filter) => change({ filter })}
        />
      </details>

      <p role="status" className="visually-hidden">
        {loading ? '' : `${pages.items.length} contacts shown${pages.nextCursor ? ', more available' : ''}.`}
      </p>
      {canWrite && shownSelected.length > 0 && (
        <BulkBar
          entity="contact"
          selectedIds={shownSelected}
          filter={state.filter}
          onDone={() => {
            setSelected(new Set())
            pages.retry()
          }}
          onSessionExpired={onSessionExpired}
        />
      )}
      {loading && pages.items.length === 0 && <p className="muted">Loading contacts…</p>}
      {failed && <LoadError onRetry={pages.retry}>Could not load contacts. {pages.error}</LoadError>}
      {!loading && !failed && pages.items.length === 0 && (
        <div className="empty-state">
          <p>{filtered ? 'No contacts match.' : 'No contacts yet.'}</p>
          {!filtered && (
            <p className="muted">
              Leads from your microsites become contacts here; you can also add or import them.
            </p>
          )}
        </div>
      )}
      {pages.items.length > 0 && (
        <ContactsTable
          ref={tableRef}
          contacts={pages.items}
          caption="Contacts"
          selected={canWrite ? selected : null}
          onSelect={select}
          ownerName={choices.ownerName}
        />
      )}
      {pages.nextCursor !== null && !failed && !loading && (
        <LoadMore loading={pages.phase === 'loading-more'} onLoadMore={loadMore} />
      )}
      {pages.error && !failed && (
        <p role="alert" className="notice notice--error">
          Could not load more contacts. {pages.error}
        </p>
      )}
    </>
  )
}

const withoutQ = ({ q: _q, ...filter }: CrmFilter): CrmFilter => filter
