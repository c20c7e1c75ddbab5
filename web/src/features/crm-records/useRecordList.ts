import { useCallback, useEffect, useMemo, useState } from 'react'
import { navigate } from '../../app/router.ts'
import { DEFAULT_SORT } from '../contacts/contact-format.ts'
import type { CrmEntity, CrmView } from '../crm-views/crm-views-api.ts'
import { type CustomDef, filterFieldsFor } from '../crm-views/filter-fields.ts'
import { type RecordListState, searchOfState, stateFromSearch } from './list-state.ts'
import type { RecordChoices } from './useRecordChoices.ts'

interface Options {
  entity: CrmEntity
  choices: RecordChoices
  /** The built-in orders; custom fields (but multi-selects) are offered after them. */
  sortFields: readonly { value: string; label: string }[]
  /** Told on every change of filter, search, sort or view, e.g. to clear a selection; keep it stable. */
  onChange?: () => void
}

/**
 * A contacts or companies list's filter, search, sort and saved view, kept in the address so a
 * link shows the same rows; any change but a search or sort leaves the saved view.
 */
export function useRecordList({ entity, choices, sortFields: builtInSorts, onChange }: Options) {
  const [state, setState] = useState<RecordListState>(() => stateFromSearch(location.search))

  useEffect(() => {
    navigate(location.pathname + searchOfState(state), { replace: true })
  }, [state])

  const change = useCallback(
    (next: Partial<RecordListState>) => {
      setState((s) => ({ ...s, viewId: null, ...next }))
      onChange?.()
    },
    [onChange],
  )
  const onSearch = useCallback(
    (q: string) => change({ filter: { ...state.filter, q: q || undefined }, viewId: state.viewId }),
    [change, state.filter, state.viewId],
  )
  const fields = useMemo(
    () => filterFieldsFor(entity, choices.defs, { ownerUserId: choices.owners, branchId: choices.branches }),
    [entity, choices.defs, choices.owners, choices.branches],
  )
  const sortFields = useMemo(
    () => [...builtInSorts, ...customSorts(choices.defs)],
    [builtInSorts, choices.defs],
  )

  function applyView(view: CrmView | null) {
    change(
      view
        ? { filter: { ...view.filter, q: state.filter.q }, sort: view.sort ?? DEFAULT_SORT, viewId: view.id }
        : { filter: { match: 'all', conditions: [], q: state.filter.q }, sort: DEFAULT_SORT, viewId: null },
    )
  }

  const filtered = state.filter.conditions.length > 0 || !!state.filter.q
  return { entity, state, change, onSearch, applyView, fields, sortFields, filtered }
}

export type RecordList = ReturnType<typeof useRecordList>

const customSorts = (defs: readonly CustomDef[]) =>
  defs.filter((d) => d.type !== 'multi_select').map((d) => ({ value: `custom.${d.key}`, label: d.label }))
