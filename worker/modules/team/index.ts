export { teamRoutes } from './routes/index.ts'
export { branchScopesWhere, findMembershipOfUser } from './team.repo.ts'
