import { createCustomHostApp, createPlatformApp } from './app.ts'
import { type Ctx, createCtx } from './context.ts'
import { type Bindings, configOf } from './env.ts'
import { dispatchCron, dispatchQueue } from './jobs/dispatch.ts'
import { newId } from './lib/ids.ts'
import { createLogger } from './lib/log.ts'

export { LoginChannel } from '../durable-objects/login-channel/login-channel.ts'
export { TenantHub } from '../durable-objects/tenant-hub/tenant-hub.ts'

/** Queue batches and cron runs get the same context as requests, with their own id. */
async function inBackground(
  env: Bindings,
  execution: ExecutionContext,
  fields: Record<string, unknown>,
  run: (ctx: Ctx) => Promise<void>,
) {
  const requestId = newId('request')
  const { ctx, dispose } = createCtx(env, execution, createLogger({ requestId, ...fields }), requestId)
  try {
    await run(ctx)
  } finally {
    dispose()
  }
}

const platform = createPlatformApp()
const customHosts = createCustomHostApp()

export default {
  fetch(request, env, ctx) {
    const host = new URL(request.url).hostname.toLowerCase()
    const app = configOf(env).PLATFORM_HOSTS.includes(host) ? platform : customHosts
    return app.fetch(request, env, ctx)
  },

  queue: (batch, env, execution) =>
    inBackground(env, execution, { queue: batch.queue }, (ctx) => dispatchQueue(ctx, batch)),

  scheduled: (controller, env, execution) =>
    inBackground(env, execution, { cron: controller.cron }, (ctx) => dispatchCron(ctx, controller.cron)),
} satisfies ExportedHandler<Bindings>
