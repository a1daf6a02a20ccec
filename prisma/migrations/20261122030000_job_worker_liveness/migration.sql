-- CreateTable
CREATE TABLE "job_worker" (
    "worker_id" TEXT NOT NULL,
    "backend_pid" INTEGER NOT NULL,
    "backend_start" TIMESTAMPTZ(6) NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_worker_pkey" PRIMARY KEY ("worker_id")
);

