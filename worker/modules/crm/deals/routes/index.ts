import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { createDealRoute } from './create-deal.ts'
import { createPipelineRoute } from './create-pipeline.ts'
import { createStageRoute } from './create-stage.ts'
import { createStageAutomationRoute } from './create-stage-automation.ts'
import { deleteDealRoute } from './delete-deal.ts'
import { deletePipelineRoute } from './delete-pipeline.ts'
import { deleteStageRoute } from './delete-stage.ts'
import { deleteStageAutomationRoute } from './delete-stage-automation.ts'
import { getBoardRoute } from './get-board.ts'
import { getDealRoute } from './get-deal.ts'
import { listDealsRoute } from './list-deals.ts'
import { listPipelinesRoute } from './list-pipelines.ts'
import { listStageAutomationsRoute } from './list-stage-automations.ts'
import { moveDealRoute } from './move-deal.ts'
import { reorderStagesRoute } from './reorder-stages.ts'
import { updateDealRoute } from './update-deal.ts'
import { updatePipelineRoute } from './update-pipeline.ts'
import { updateStageRoute } from './update-stage.ts'
import { updateStageAutomationRoute } from './update-stage-automation.ts'

/** Pipelines, stages and their automations (settings), deals and the board. */
export const dealRoutes = createRouter<AppEnv>().openapiRoutes([
  listPipelinesRoute,
  createPipelineRoute,
  updatePipelineRoute,
  deletePipelineRoute,
  getBoardRoute,
  createStageRoute,
  reorderStagesRoute,
  updateStageRoute,
  deleteStageRoute,
  listStageAutomationsRoute,
  createStageAutomationRoute,
  updateStageAutomationRoute,
  deleteStageAutomationRoute,
  listDealsRoute,
  createDealRoute,
  getDealRoute,
  updateDealRoute,
  deleteDealRoute,
  moveDealRoute,
] as const)
