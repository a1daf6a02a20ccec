-- AlterTable
ALTER TABLE "brand" ADD COLUMN     "default_language" TEXT NOT NULL DEFAULT 'en',
ADD COLUMN     "languages" TEXT[] DEFAULT ARRAY['en']::TEXT[];

-- AlterTable
ALTER TABLE "event" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "product" ADD COLUMN     "translations" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';
