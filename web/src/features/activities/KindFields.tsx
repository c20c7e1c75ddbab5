import { TextField } from '../../app/components/TextField.tsx'
import { OUTCOME_LABELS } from './activity-format.ts'
import type { FieldsProps, Outcome } from './composer-draft.ts'

/**
 * The fields only some kinds have: a subject (all but notes), a call's outcome and minutes, a
 * meeting's start and end, and the due time of a task or a call's follow-up.
 */
export function KindFields({ kind, draft, set, errors, id }: FieldsProps) {
  return (
    <>
      {kind !== 'note' && (
        <TextField
          label={kind === 'task' ? 'What to do' : 'Subject'}
          value={draft.subject}
          maxLength={200}
          required={kind === 'task'}
          error={errors.subject}
          onChange={(e) => set('subject', e.target.value)}
        />
      )}
      {kind === 'call' && <CallFields draft={draft} set={set} errors={errors} id={id} />}
      {kind === 'meeting' && <MeetingFields draft={draft} set={set} errors={errors} />}
      {(kind === 'task' || kind === 'call') && (
        <TextField
          label={kind === 'call' ? 'Follow up by' : 'Due'}
          hint={kind === 'call' ? 'Leave empty when nothing is left to do' : undefined}
          type="datetime-local"
          value={draft.due}
          error={errors.dueAt}
          onChange={(e) => set('due', e.target.value)}
        />
      )}
    </>
  )
}

function CallFields({ draft, set, errors, id }: Omit<FieldsProps, 'kind'>) {
  return (
    <div className="activity-composer__row">
      <div className="field">
        <label htmlFor={`${id}-outcome`}>Outcome</label>
        <select
          id={`${id}-outcome`}
          value={draft.outcome}
          onChange={(e) => set('outcome', e.target.value as Outcome | '')}
        >
          <option value="">Not said</option>
          {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Minutes"
        type="number"
        inputMode="numeric"
        min={0}
        value={draft.duration}
        error={errors.durationMinutes}
        onChange={(e) => set('duration', e.target.value)}
      />
    </div>
  )
}

function MeetingFields({ draft, set, errors }: Omit<FieldsProps, 'kind' | 'id'>) {
  return (
    <>
      <TextField
        label="Starts"
        type="datetime-local"
        required
        value={draft.starts}
        error={errors.startsAt}
        onChange={(e) => set('starts', e.target.value)}
      />
      <TextField
        label="Ends"
        type="datetime-local"
        value={draft.ends}
        error={errors.endsAt}
        onChange={(e) => set('ends', e.target.value)}
      />
    </>
  )
}
