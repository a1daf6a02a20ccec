// The same skeleton as the brand-wide Insights page while the figures are read.
export { default } from "../../../insights/loading";
