export { default, generateMetadata } from "@/app/(shop)/s/[brand]/accessibility/page";
