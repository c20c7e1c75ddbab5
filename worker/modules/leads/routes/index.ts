import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { bulkUpdateLeads } from './bulk-update-leads.ts'
import { exportLeads } from './export-leads.ts'
import { getLead } from './get-lead.ts'
import { listLeads } from './list-leads.ts'
import { updateLead } from './update-lead.ts'

// The export before `/leads/{leadId}`, so `export.csv` is never read as a lead id.
export const leadRoutes = createRouter<AppEnv>().openapiRoutes([
  listLeads,
  exportLeads,
  bulkUpdateLeads,
  getLead,
  updateLead,
] as const)
