import { pathTo } from '../../app/router.ts'

// Brands and branch details are edited on the brands screens; sites only link there.
export const brandsPath = () => pathTo('brands')
export const branchDetailsPath = (branchId: string) => pathTo('branch', { branchId })
