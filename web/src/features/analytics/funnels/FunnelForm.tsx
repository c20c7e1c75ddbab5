import { useState } from 'react'
import { TextField } from '../../../app/components/TextField.tsx'
import { EditorForm } from '../EditorForm.tsx'
import { draftOf, type FunnelDraft, inputOf } from './funnel-draft.ts'
import type { Funnel, FunnelInput } from './funnels-api.ts'
import { StepsEditor } from './StepsEditor.tsx'

/**
 * A new funnel (the suggested one when it is the first) or changes to one. A refusal is shown
 * at the top and beside each field it names (`name`, `steps`, `steps.2.label`…).
 */
export function FunnelForm({
  funnel,
  isFirst,
  onSubmit,
  onCancel,
  onSessionExpired,
}: {
  funnel: Funnel | null
  isFirst: boolean
  onSubmit: (input: FunnelInput) => Promise<void>
  onCancel: () => void
  onSessionExpired: () => void
}) {
  const [draft, setDraft] = useState<FunnelDraft>(() => draftOf(funnel, isFirst))

  return (
    <EditorForm
      className="an-funnel-form"
      title={funnel ? `Edit “${funnel.name}”` : isFirst ? 'Your first funnel' : 'New funnel'}
      intro={
        !funnel &&
        isFirst && (
          <p className="muted">
            We suggest the journey most branches watch first. Change, add or remove steps as you like.
          </p>
        )
      }
      submitLabel={funnel ? 'Save the funnel' : 'Create the funnel'}
      onSubmit={() => onSubmit(inputOf(draft))}
      onCancel={onCancel}
      onSessionExpired={onSessionExpired}
    >
      {(messageAt) => (
        <>
          <TextField
            label="Name"
            value={draft.name}
            maxLength={80}
            dir="auto"
            required
            error={messageAt('name')}
            onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
          />
          {messageAt('steps') && <p className="field-error">{messageAt('steps')}</p>}
          <StepsEditor
            steps={draft.steps}
            onChange={(steps) => setDraft((d) => ({ ...d, steps }))}
            errorAt={(index, field) => messageAt(`steps.${index}.${field}`)}
          />
        </>
      )}
    </EditorForm>
  )
}
