export { teamRoutes } from './routes/index.ts'
