// Cached like the page at the public path (a segment's config is read from its own file).
export const revalidate = 30;
export { default, generateMetadata, generateStaticParams } from "@/app/(shop)/s/[brand]/[event]/page";
