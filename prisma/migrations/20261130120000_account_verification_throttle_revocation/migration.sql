-- Accounts (ADR 0016): verified e-mail addresses, revocable sessions, sign-in throttling.
ALTER TABLE "user_account" ADD COLUMN "email_verified_at" TIMESTAMP(3);
ALTER TABLE "user_account" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;
-- Accounts that exist today signed up before verification existed: they keep what they own.
UPDATE "user_account" SET "email_verified_at" = "created_at";

CREATE TABLE "email_verification" (
    "token_hash" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "email_verification_pkey" PRIMARY KEY ("token_hash")
);
CREATE INDEX "email_verification_user_id_idx" ON "email_verification"("user_id");

CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "window_start" TIMESTAMP(3) NOT NULL,
    "lockouts" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMP(3),
    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);
