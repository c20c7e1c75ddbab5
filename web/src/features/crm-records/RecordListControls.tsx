import type { CrmFilter, CrmSort } from '../contacts/contacts-api.ts'
import { FilterBuilder } from '../crm-views/FilterBuilder.tsx'
import { ListToolbar } from '../crm-views/ListToolbar.tsx'
import { SavedViews } from '../crm-views/SavedViews.tsx'
import type { RecordList } from './useRecordList.ts'

interface Props {
  list: RecordList
  /** What the list holds, plural: "contacts", "companies". */
  noun: string
  /** What the search box matches. */
  placeholder: string
  onSessionExpired: () => void
}

/** Search and sort, the member's saved views, and the filters (open while any is set). */
export function RecordListControls({ list, noun, placeholder, onSessionExpired }: Props) {
  const { entity, state, change } = list
  const conditions = state.filter.conditions.length
  return (
    <>
      <ListToolbar
        q={state.filter.q ?? ''}
        onSearch={list.onSearch}
        sort={state.sort}
        sortFields={list.sortFields}
        onSort={(sort: CrmSort) => change({ sort, viewId: state.viewId })}
        noun={noun}
        placeholder={placeholder}
      />
      <SavedViews
        entity={entity}
        filter={withoutQ(state.filter)}
        sort={state.sort}
        currentId={state.viewId}
        onApply={list.applyView}
        onSessionExpired={onSessionExpired}
      />
      <details className="filter-disclosure" open={conditions > 0}>
        <summary>Filters{conditions > 0 ? ` (${conditions})` : ''}</summary>
        <FilterBuilder
          entity={entity}
          fields={list.fields}
          value={state.filter}
          onChange={(filter) => change({ filter })}
        />
      </details>
    </>
  )
}

// A saved view keeps filters and sort; the search stays the member's own.
const withoutQ = ({ q: _q, ...filter }: CrmFilter): CrmFilter => filter
