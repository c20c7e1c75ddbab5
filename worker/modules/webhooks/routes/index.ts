import type { AppEnv } from '../../../env.ts'
import { createRouter } from '../../../lib/router.ts'
import { createEndpointRoute } from './create-endpoint.ts'
import { deleteEndpointRoute } from './delete-endpoint.ts'
import { enableEndpointRoute } from './enable-endpoint.ts'
import { getDeliveryRoute } from './get-delivery.ts'
import { getEndpointRoute } from './get-endpoint.ts'
import { listDeliveriesRoute } from './list-deliveries.ts'
import { listEndpointsRoute } from './list-endpoints.ts'
import { replayDeliveryRoute } from './replay-delivery.ts'
import { rotateSecretRoute } from './rotate-secret.ts'
import { testEndpointRoute } from './test-endpoint.ts'
import { updateEndpointRoute } from './update-endpoint.ts'

export const webhookRoutes = createRouter<AppEnv>().openapiRoutes([
  listEndpointsRoute,
  createEndpointRoute,
  getEndpointRoute,
  updateEndpointRoute,
  deleteEndpointRoute,
  rotateSecretRoute,
  enableEndpointRoute,
  testEndpointRoute,
  listDeliveriesRoute,
  getDeliveryRoute,
  replayDeliveryRoute,
] as const)
