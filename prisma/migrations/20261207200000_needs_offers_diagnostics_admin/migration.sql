-- The back office's lists of needs and offers and of published diagnostic summaries (issue #20).

-- 1. Accent-insensitive search of needs and offers by title: a normalised key like
-- lib/text/search-key.ts (accents removed, lower case, œ/æ spelled out, punctuation folded into
-- one space), kept by a trigger on every insert and update (as User.searchKey, migration
-- 20261207110000_user_search_key), with a trigram index for LIKE '%…%'.

-- AlterTable
ALTER TABLE "Need" ADD COLUMN     "searchKey" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Offer" ADD COLUMN     "searchKey" TEXT NOT NULL DEFAULT '';

-- lower() under the databases' C collation only folds ASCII: lower with the ICU collation after
-- the accents are removed (see the user_search_key migration).
CREATE FUNCTION "title_search_key"(title TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT btrim(regexp_replace(
    replace(replace(lower(regexp_replace(normalize(coalesce(title, ''), NFD), '[\u0300-\u036f]', '', 'g') COLLATE "fr-x-icu"), 'œ', 'oe'), 'æ', 'ae'),
    '[^[:alnum:]]+', ' ', 'g'))
$$;

-- The body is an E'' string whose semicolons are written \073: the migration runner of the
-- driver adapter splits scripts on every semicolon, dollar-quoted bodies included.
CREATE FUNCTION "title_search_key_trigger"() RETURNS TRIGGER LANGUAGE plpgsql
  AS E'BEGIN NEW."searchKey" := "title_search_key"(NEW.title)\073 RETURN NEW\073 END\073';

CREATE TRIGGER "Need_searchKey" BEFORE INSERT OR UPDATE OF title ON "Need"
  FOR EACH ROW EXECUTE FUNCTION "title_search_key_trigger"();
CREATE TRIGGER "Offer_searchKey" BEFORE INSERT OR UPDATE OF title ON "Offer"
  FOR EACH ROW EXECUTE FUNCTION "title_search_key_trigger"();

-- Backfill the existing rows.
UPDATE "Need" SET "searchKey" = "title_search_key"(title);
UPDATE "Offer" SET "searchKey" = "title_search_key"(title);

-- CreateIndex
CREATE INDEX "Need_searchKey_idx" ON "Need" USING GIN ("searchKey" gin_trgm_ops);
CREATE INDEX "Offer_searchKey_idx" ON "Offer" USING GIN ("searchKey" gin_trgm_ops);

-- 2. Why the team withdrew a published diagnostic summary (back to COMPLETED): shown to the
-- organisation in its workspace, cleared when it publishes again. Existing rows have none.

-- AlterTable
ALTER TABLE "Diagnostic" ADD COLUMN     "moderationReason" TEXT;
