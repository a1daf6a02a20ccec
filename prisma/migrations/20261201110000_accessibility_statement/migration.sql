-- The brand's accessibility statement (issue 16): the organizer's own text, a contact address and
-- the date of its last review; all null until saved, when the shop shows Marquee's template.
ALTER TABLE "brand" ADD COLUMN "accessibility_statement" TEXT;
ALTER TABLE "brand" ADD COLUMN "accessibility_contact" TEXT;
ALTER TABLE "brand" ADD COLUMN "accessibility_reviewed_at" TIMESTAMP(3);
