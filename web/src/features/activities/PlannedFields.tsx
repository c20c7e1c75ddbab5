import type { FieldsProps } from './composer-draft.ts'
import { ReminderPicker } from './ReminderPicker.tsx'
import type { CrmMembers } from './useCrmMembers.ts'

/** Who a call, meeting or task is assigned to, and when to remind them. */
export function PlannedFields({
  kind,
  draft,
  set,
  errors,
  id,
  members,
}: FieldsProps & { members: CrmMembers }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-assignee`}>Assigned to</label>
        <select
          id={`${id}-assignee`}
          value={draft.assignee ?? members.me}
          aria-invalid={errors.assigneeUserId ? true : undefined}
          onChange={(e) => set('assignee', e.target.value)}
        >
          <option value="">Nobody</option>
          {members.assignable.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.userId === members.me ? `${m.name} (me)` : m.name}
            </option>
          ))}
        </select>
        {errors.assigneeUserId && <p className="field-error">{errors.assigneeUserId}</p>}
      </div>
      <ReminderPicker
        value={draft.reminder}
        onChange={(r) => set('reminder', r)}
        error={errors.remindAt}
        relativeTo={kind === 'meeting' ? 'start' : 'due time'}
      />
    </>
  )
}
