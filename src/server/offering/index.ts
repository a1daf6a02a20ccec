export {
  createEvent,
  addProduct,
  addBundle,
  editProduct,
  changeBundleComponents,
  addVariant,
  editVariant,
  publishEvent,
  setHeaderImage,
  editEvent,
  translateEvent,
  translateProduct,
} from "./commands";
export {
  studioEvent,
  eventOfOrder,
  studioEvents,
  shopEvents,
  shopEvent,
  inLanguage,
  shopEventById,
  productsByIds,
  productTranslations,
  catalogOfBrand,
  catalogVersion,
  type EventRecord,
  type ProductRecord,
  type ProductTranslations,
  type EventWithProducts,
} from "./queries";
export {
  eventInput,
  eventDetailsInput,
  eventTimes,
  ticketTypeInput,
  toMinorUnits,
  decidePublish,
  type TicketTypeInput,
  type EventDetails,
} from "./model/event";
export {
  chosenComponents,
  checkCart,
  groupsOf,
  validateBundle,
  soldIn,
  EMPTY_SELECTION,
  PRODUCT_KINDS,
  VISIBILITIES,
  CHANNELS,
  type CatalogProduct,
  type BundleComponent,
  type Selection,
  type CartLineRequest,
  type ProductKind,
  type Visibility,
  type Channel,
} from "./model/catalog";
export {
  productInput,
  productFields,
  productProblemsIn,
  productFrom,
  productDetailsInput,
  productDetailFields,
  productDetailProblemsIn,
  productDetailsFrom,
  productProblems,
  type ProductFields,
  type ProductDetailFields,
  type ProductDetails,
  bundleInput,
  componentFields,
  oneVariantList,
  issuesOf,
  variantInput,
  type VariantInput,
  type ProductInput,
  type BundleInput,
} from "./model/product-input";
export { supplyOf, missingStock, capacityInput, stockInput, poolIdInput, type Supply } from "./model/supply";
export { productKey, type ProductKey } from "./model/product-key";
export { skusFor } from "./model/sku";
export { rowsFromComponents, roleFlags, type ComponentRow, type RowWithPrice } from "./model/bundle-rows";
export type { OfferingEvent, EventCreated, EventPublished, ProductAdded, BundleAdded } from "./events";
export { formatEventDates } from "./model/event-dates";
export { timeZones } from "@/server/platform/time";
export { zonedLocalToUtc as zonedLocalToInstant } from "@/server/platform/time";
export { utcToZonedLocal as instantToZonedLocal } from "@/server/platform/time";
export {
  eventTranslationsInput,
  productTranslationsInput,
  missingTranslations,
  missingProductTranslations,
  productWords,
  type EventTexts,
  type ProductTexts,
  type ProductWords,
  type ProductField,
} from "./model/translations";
