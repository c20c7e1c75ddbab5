import { useCallback, useId, useState } from 'react'
import { navigate, pathTo } from '../../app/router.ts'
import { searchCrm } from '../crm-search/search-api.ts'
import type { RecordChoice } from '../deals/deals-api.ts'
import { RecordPicker } from '../deals/RecordPicker.tsx'
import type { MergeEntity } from './duplicates-api.ts'
import { MergeDialog } from './MergeDialog.tsx'

interface Props {
  entity: MergeEntity
  recordId: string
  name: string
  onSessionExpired: () => void
}

/**
 * "Merge with…" on a contact's or company's page: find the other record by name, then the
 * merge dialog. Afterwards the page of the record that stayed opens.
 */
export function MergeWith({ entity, recordId, name, onSessionExpired }: Props) {
  const id = useId()
  const [picking, setPicking] = useState(false)
  const [other, setOther] = useState<RecordChoice | null>(null)

  const search = useCallback(
    async (q: string, signal?: AbortSignal): Promise<RecordChoice[]> => {
      const list = await searchCrm(q, [entity], 7, signal)
      return (list.groups[0]?.items ?? [])
        .filter((hit) => hit.id !== recordId)
        .map((hit) => ({ id: hit.id, name: hit.title.text, detail: hit.details[0]?.text ?? '' }))
    },
    [entity, recordId],
  )

  return (
    <section className="record-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="section-title">
        Duplicates
      </h2>
      {picking ? (
        <>
          <RecordPicker
            label={`The ${entity} to merge with ${name}`}
            value={other}
            onChange={setOther}
            search={search}
          />
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setPicking(false)
              setOther(null)
            }}
          >
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={() => setPicking(true)}>
          Merge with…
        </button>
      )}
      {other && (
        <MergeDialog
          entity={entity}
          ids={[recordId, other.id]}
          onSessionExpired={onSessionExpired}
          onCancel={() => setOther(null)}
          onMerged={(result) => {
            const to =
              entity === 'contact'
                ? pathTo('contact', { contactId: result.primaryId })
                : pathTo('company', { companyId: result.primaryId })
            // The same page stays mounted for the same record: load it afresh.
            if (result.primaryId === recordId) location.assign(to)
            else navigate(to)
          }}
        />
      )}
    </section>
  )
}
