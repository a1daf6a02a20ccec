// The shop in a language other than the brand's default: the same layout as at the public path.
export { default, generateMetadata } from "@/app/(shop)/s/[brand]/layout";
