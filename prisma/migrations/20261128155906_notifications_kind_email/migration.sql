-- CreateEnum
CREATE TYPE "NotificationEmails" AS ENUM ('ALL', 'DIGEST_ONLY', 'NONE');

-- CreateEnum
CREATE TYPE "NotificationEmail" AS ENUM ('IMMEDIATE', 'DIGEST', 'NONE');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "email" "NotificationEmail" NOT NULL DEFAULT 'NONE',
ADD COLUMN     "emailedAt" TIMESTAMP(3),
ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'general';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "notificationEmails" "NotificationEmails" NOT NULL DEFAULT 'ALL';

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_emailedAt_createdAt_idx" ON "Notification"("emailedAt", "createdAt");
