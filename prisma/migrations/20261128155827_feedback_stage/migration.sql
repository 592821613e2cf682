-- CreateEnum
CREATE TYPE "FeedbackStage" AS ENUM ('COMPLETION', 'FOLLOW_UP');

-- AlterTable
ALTER TABLE "Feedback" ADD COLUMN     "stage" "FeedbackStage" NOT NULL DEFAULT 'COMPLETION';
