-- Audit entries become snapshots: the author's name and e-mail as they were, and what the entry
-- was about (a failed sign-in is an attempt on an account, not an action by its owner).
ALTER TABLE "AuditLog" ADD COLUMN "actorName" TEXT,
ADD COLUMN "actorEmail" TEXT,
ADD COLUMN "targetLabel" TEXT;

-- Failed sign-ins were written with the targeted account as their author.
UPDATE "AuditLog" AS a
SET "targetLabel" = u."email", "userId" = NULL
FROM "User" AS u
WHERE a."action" = 'auth.signin.failed' AND a."userId" = u."id";

-- The past entries take the names their authors have today: the best snapshot there is.
UPDATE "AuditLog" AS a
SET "actorName" = u."name", "actorEmail" = u."email"
FROM "User" AS u
WHERE a."userId" = u."id";
