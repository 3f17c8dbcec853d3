-- Languages (issue 14): a channel's subscription may ask for its reminders, digests and change
-- notices in Chinese, French or Spanish (`subscribe … lang:zh`). Null is English.

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN "lang" TEXT;
