import type { AppEnv } from '../../../../env.ts'
import { createRouter } from '../../../../lib/router.ts'
import { addSuggestedRulesRoute } from './add-suggested-rules.ts'
import { createScoringRuleRoute } from './create-scoring-rule.ts'
import { deleteScoringRuleRoute } from './delete-scoring-rule.ts'
import { getContactScoreRoute } from './get-contact-score.ts'
import { getRecomputeRoute } from './get-recompute.ts'
import { listScoringRulesRoute } from './list-scoring-rules.ts'
import { startRecomputeRoute } from './start-recompute.ts'
import { updateScoringRuleRoute } from './update-scoring-rule.ts'

export const scoringRoutes = createRouter<AppEnv>().openapiRoutes([
  listScoringRulesRoute,
  createScoringRuleRoute,
  addSuggestedRulesRoute,
  updateScoringRuleRoute,
  deleteScoringRuleRoute,
  startRecomputeRoute,
  getRecomputeRoute,
  getContactScoreRoute,
] as const)
