export { teamRoutes } from './routes/index.ts'
export { branchScopesWhere } from './team.repo.ts'
