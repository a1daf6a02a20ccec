export { default } from "@/app/(shop)/s/[brand]/page";
