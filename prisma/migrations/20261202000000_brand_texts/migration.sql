-- The brand's own texts in its other languages (its accessibility statement, its e-mail footer), and
-- the footer under every e-mail its fans get, in its default language (docs/adr/0039).
ALTER TABLE "brand" ADD COLUMN "mail_footer" TEXT,
ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
