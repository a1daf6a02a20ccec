-- AlterTable
ALTER TABLE "order" ADD COLUMN     "shipping_address" JSONB;

