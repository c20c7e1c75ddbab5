import { problemDoc } from '../../../../lib/router.ts'
import { MAX_FUNNELS } from '../funnels.schemas.ts'

export const FUNNEL_ID_EXAMPLE = 'fnl_01JD3Q9W2Z8K5V7M4N6P0R1S2T'

export const funnelProblems = {
  tooMany: problemDoc(`The organisation already keeps ${MAX_FUNNELS} funnels`),
}
