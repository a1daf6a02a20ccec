export { default, generateMetadata } from "@/app/(shop)/s/[brand]/orders/[order]/page";
