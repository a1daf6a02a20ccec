-- AlterTable
ALTER TABLE "event" ADD COLUMN     "ask_attendee_names" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "order" ADD COLUMN     "attendee_names" JSONB NOT NULL DEFAULT '[]';

