import { useCallback, useMemo, useRef, useState } from 'react'
import type { Session } from '../../api/auth.ts'
import { usePages } from '../../app/usePages.ts'
import { BulkBar } from '../crm-bulk/BulkBar.tsx'
import { RecordListControls } from '../crm-records/RecordListControls.tsx'
import { RecordListHeader } from '../crm-records/RecordListHeader.tsx'
import { RecordListResults } from '../crm-records/RecordListResults.tsx'
import { useRecordChoices } from '../crm-records/useRecordChoices.ts'
import { useRecordList } from '../crm-records/useRecordList.ts'
import { ContactsTable } from './ContactsTable.tsx'
import { SORT_FIELDS } from './contact-format.ts'
import { type ContactQuery, listContacts } from './contacts-api.ts'

/** Contacts: search, filters on any field, saved views, sort, pages by cursor, bulk actions. */
export function ContactsPage({
  session,
  onSessionExpired,
}: {
  session: Session
  onSessionExpired: () => void
}) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set())
  const clearSelection = useCallback(() => setSelected(new Set()), [])
  const choices = useRecordChoices('contact', onSessionExpired)
  const list = useRecordList({
    entity: 'contact',
    choices,
    sortFields: SORT_FIELDS,
    onChange: clearSelection,
  })
  const { filter, sort } = list.state
  const query = useMemo<ContactQuery>(() => ({ filter, sort }), [filter, sort])
  const pages = usePages(query, listContacts, onSessionExpired)
  const tableRef = useRef<HTMLElement>(null)
  const canWrite = session.permissions.includes('crm.write')

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

  const shownSelected = pages.items.map((c) => c.id).filter((id) => selected.has(id))

  return (
    <>
      <RecordListHeader
        title="Contacts"
        entity="contact"
        session={session}
        filter={filter}
        newRoute="contact-new"
        newLabel="New contact"
        onSessionExpired={onSessionExpired}
      />
      <RecordListControls
        list={list}
        noun="contacts"
        placeholder="Name, e-mail or phone"
        onSessionExpired={onSessionExpired}
      />

      <RecordListResults
        pages={pages}
        noun="contacts"
        filtered={list.filtered}
        emptyHint="Leads from your microsites become contacts here; you can also add or import them."
        onLoadMore={loadMore}
        above={
          canWrite &&
          shownSelected.length > 0 && (
            <BulkBar
              entity="contact"
              selectedIds={shownSelected}
              filter={filter}
              onDone={() => {
                setSelected(new Set())
                pages.retry()
              }}
              onSessionExpired={onSessionExpired}
            />
          )
        }
      >
        <ContactsTable
          ref={tableRef}
          contacts={pages.items}
          caption="Contacts"
          selected={canWrite ? selected : null}
          onSelect={select}
          ownerName={choices.ownerName}
        />
      </RecordListResults>
    </>
  )
}
