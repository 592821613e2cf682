-- The stale mark of "DirectoryCount" was one counter row that every write to the eight tables
-- the view reads updated: concurrent writers queued on that row until they committed, and two
-- transactions writing those tables in different orders could deadlock on it. Each statement now
-- appends a row to a log instead, and inserts never wait for each other. A refresh deletes what
-- it has seen, then rebuilds the view (lib/directory/stored-counts.queries.ts).
-- No semicolon may appear in these comments: the driver adapter's migration runner splits the
-- script on every semicolon, which is also why the function body writes them \073.
CREATE TABLE "DirectoryCountChange" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DirectoryCountChange_pkey" PRIMARY KEY ("id")
);

-- A view that was stale stays stale.
INSERT INTO "DirectoryCountChange" ("at") SELECT CURRENT_TIMESTAMP FROM "DirectoryCountState" WHERE "changes" > "refreshed";

CREATE OR REPLACE FUNCTION directory_count_touch() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN INSERT INTO "DirectoryCountChange" DEFAULT VALUES\073 RETURN NULL\073 END\073';

DROP TABLE "DirectoryCountState";
