export { accountRoutes } from './routes/index.ts'
