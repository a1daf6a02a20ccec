-- AlterTable
ALTER TABLE "hold" ADD COLUMN     "owner_ref" TEXT;

-- AlterTable
ALTER TABLE "cart" ADD COLUMN     "quote" JSONB;

