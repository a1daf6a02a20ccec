-- AlterTable
ALTER TABLE "brand" ADD COLUMN     "accent_color" TEXT NOT NULL DEFAULT '#0f766e',
ADD COLUMN     "background" TEXT NOT NULL DEFAULT 'light',
ADD COLUMN     "button_shape" TEXT NOT NULL DEFAULT 'rounded',
ADD COLUMN     "custom_domain" TEXT,
ADD COLUMN     "embed_origins" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "favicon_key" TEXT,
ADD COLUMN     "font" TEXT NOT NULL DEFAULT 'system',
ADD COLUMN     "logo_key" TEXT;

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "header_image_key" TEXT;

-- AlterTable
ALTER TABLE "product" ADD COLUMN     "channels" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE UNIQUE INDEX "brand_custom_domain_key" ON "brand"("custom_domain");

