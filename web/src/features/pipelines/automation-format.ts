import type { StageAutomation } from './pipelines-api.ts'

const NOTIFY_LABELS: Record<string, string> = {
  owner: "the deal's owner",
  branch_managers: "the branch's managers",
  members: 'chosen members',
}

/** What an automation does, in one sentence. */
export function describeAutomation(a: StageAutomation, nameOf: (userId: string | null) => string): string {
  const c = a.config as Record<string, unknown>
  switch (a.action) {
    case 'create_task': {
      const who = typeof c.assigneeUserId === 'string' ? nameOf(c.assigneeUserId) : "the deal's owner"
      const what = typeof c.subject === 'string' ? `“${c.subject}”` : 'a task from a template'
      return `Create ${what} for ${who}, due ${Number(c.dueInHours ?? 24)} hours later`
    }
    case 'notify':
      return `Notify ${NOTIFY_LABELS[String(c.notify)] ?? 'members'} in the dashboard and by e-mail`
    case 'send_template':
      return `E-mail the contact “${String(c.emailSubject ?? '')}” (only with their consent)`
  }
}
