import { useEffect, useId, useRef, useState } from 'react'
import { ChoiceSelect } from '../../app/components/ChoiceSelect.tsx'
import { TextField } from '../../app/components/TextField.tsx'
import type { RecordChoices } from '../crm-records/useRecordChoices.ts'
import { DealLinkFields, ValueFields } from './DealFields.tsx'
import { createDeal, type Deal, type Pipeline, type RecordChoice } from './deals-api.ts'
import { useDealDraft } from './useDealDraft.ts'

interface Props {
  pipeline: Pipeline
  stageId?: string
  contact?: RecordChoice | null
  company?: RecordChoice | null
  choices: RecordChoices
  onCreated: (deal: Deal) => void
  onClose: () => void
  onSessionExpired: () => void
}

/**
 * "New deal" in a modal dialog: the browser keeps focus inside it, Escape closes it and focus
 * returns to the button that opened it.
 */
export function NewDealDialog(props: Props) {
  const { pipeline, choices, onCreated, onClose, onSessionExpired } = props
  const id = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const [stageId, setStageId] = useState(props.stageId ?? pipeline.stages[0]?.id ?? '')
  const form = useDealDraft(
    () => ({
      name: '',
      amount: '',
      currency: 'USD',
      closeDate: '',
      contact: props.contact ?? null,
      company: props.company ?? null,
      ownerUserId: '',
      branchId: '',
      closeReason: '',
      customFields: {},
    }),
    onSessionExpired,
  )
  const { draft, set, fieldError } = form
  const stage = pipeline.stages.find((s) => s.id === stageId)

  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])

  async function send(amountMinor: number) {
    const { ownerUserId, branchId, closeReason, customFields } = draft
    const deal = await createDeal({
      pipelineId: pipeline.id,
      stageId,
      name: draft.name,
      amountMinor,
      currency: draft.currency,
      expectedCloseDate: draft.closeDate || null,
      contactId: draft.contact?.id ?? null,
      companyId: draft.company?.id ?? null,
      ...(ownerUserId ? { ownerUserId } : {}),
      ...(branchId ? { branchId } : {}),
      ...(closeReason && stage?.kind !== 'open' ? { closeReason } : {}),
      ...(Object.keys(customFields).length ? { customFields } : {}),
    })
    onCreated(deal)
    ref.current?.close()
  }

  return (
    <dialog ref={ref} className="deal-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form className="form" onSubmit={(event) => form.submit(event, send)} noValidate>
        <h2 id={`${id}-title`}>New deal</h2>
        {form.message && (
          <p role="alert" className="notice notice--error">
            {form.message}
          </p>
        )}
        <TextField
          label="Name"
          value={draft.name}
          required
          maxLength={200}
          error={fieldError('name')}
          onChange={(e) => set('name', e.currentTarget.value)}
        />
        <ChoiceSelect
          label="Stage"
          value={stageId}
          onChange={setStageId}
          options={pipeline.stages.map((s) => ({ value: s.id, label: s.name }))}
        />
        {stage && stage.kind !== 'open' && (
          <TextField
            label={stage.kind === 'lost' ? 'Why was it lost?' : 'Why was it won? (optional)'}
            value={draft.closeReason}
            required={stage.kind === 'lost'}
            maxLength={500}
            error={fieldError('closeReason')}
            onChange={(e) => set('closeReason', e.currentTarget.value)}
          />
        )}
        <ValueFields form={form} />
        <DealLinkFields form={form} mode="new" choices={choices} />
        <div className="deal-dialog__actions">
          <button type="submit" className="button button--primary" aria-disabled={form.saving}>
            {form.saving ? 'Creating…' : 'Create deal'}
          </button>
          <button type="button" className="button button--quiet" onClick={() => ref.current?.close()}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  )
}
