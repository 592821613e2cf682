-- AlterTable
ALTER TABLE "Kit" ADD COLUMN     "modes" "AllianceMode"[];

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMP(3);
