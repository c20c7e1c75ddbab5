import { createCustomHostApp, createPlatformApp } from './app.ts'
import { createCtx } from './context.ts'
import { type Bindings, configOf } from './env.ts'
import { dispatchCron, dispatchQueue } from './jobs/dispatch.ts'
import { newId } from './lib/ids.ts'
import { createLogger } from './lib/log.ts'

export { TenantHub } from '../durable-objects/tenant-hub/tenant-hub.ts'

const platform = createPlatformApp()
const customHosts = createCustomHostApp()

export default {
  fetch(request, env, ctx) {
    const host = new URL(request.url).hostname.toLowerCase()
    const app = configOf(env).PLATFORM_HOSTS.includes(host) ? platform : customHosts
    return app.fetch(request, env, ctx)
  },

  async queue(batch, env, execution) {
    const requestId = newId('request')
    const { ctx, dispose } = createCtx(
      env,
      execution,
      createLogger({ requestId, queue: batch.queue }),
      requestId,
    )
    try {
      await dispatchQueue(ctx, batch)
    } finally {
      dispose()
    }
  },

  async scheduled(controller, env, execution) {
    const requestId = newId('request')
    const { ctx, dispose } = createCtx(
      env,
      execution,
      createLogger({ requestId, cron: controller.cron }),
      requestId,
    )
    try {
      await dispatchCron(ctx, controller.cron)
    } finally {
      dispose()
    }
  },
} satisfies ExportedHandler<Bindings>
