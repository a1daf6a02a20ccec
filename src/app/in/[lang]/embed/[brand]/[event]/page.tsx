export { default, generateMetadata } from "@/app/embed/[brand]/[event]/page";
