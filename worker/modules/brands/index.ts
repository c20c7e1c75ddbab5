export {
  type BranchAddress,
  type BranchPayments,
  BrandColors,
  BrandFonts,
  FONT_STACKS,
  type GalleryImage,
  HexColor,
  type Interval,
  type OpeningHours,
  type PhoneNumber,
  type ServiceItem,
  type SocialLink,
  WEEKDAYS,
  type Weekday,
} from './branch-details.ts'
export { Branch, Brand, StaffMember } from './brands.schemas.ts'
export { branches, brands, slugRedirects, staffMembers } from './brands.tables.ts'
export { brandRoutes } from './routes/index.ts'
export { redirectFor } from './slug-choice.ts'
export { slugify } from './slugs.ts'
