-- Organisation imports get a row of their own: state and progress of the background job that
-- runs the confirmation (imports:organisations), and the network head of a head's own import.
-- Imports already in the storage have no row: their preview still opens (the row is made on
-- confirmation), so nothing needs a backfill.

-- CreateEnum
CREATE TYPE "OrganisationImportStatus" AS ENUM ('PREVIEW', 'QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "OrganisationImport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "headId" TEXT,
    "fileName" TEXT NOT NULL,
    "status" "OrganisationImportStatus" NOT NULL DEFAULT 'PREVIEW',
    "linesTotal" INTEGER NOT NULL DEFAULT 0,
    "linesDone" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "OrganisationImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrganisationImport_status_createdAt_idx" ON "OrganisationImport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OrganisationImport_headId_idx" ON "OrganisationImport"("headId");

-- AddForeignKey
ALTER TABLE "OrganisationImport" ADD CONSTRAINT "OrganisationImport_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationImport" ADD CONSTRAINT "OrganisationImport_headId_fkey" FOREIGN KEY ("headId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
