export { qrLoginRoutes } from './routes/index.ts'
export { summariseUserAgent } from './user-agent.ts'
