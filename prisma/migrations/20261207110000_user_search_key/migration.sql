-- The back office's accent-insensitive search of accounts (/admin/utilisateurs): a normalised key
-- of the name and e-mail, like lib/text/search-key.ts (accents removed, lower case, œ/æ spelled
-- out, punctuation folded into one space), with a trigram index for LIKE '%…%'.
-- A trigger computes it on every insert and update, so that no code path that writes a name or an
-- e-mail (sign-up, profile, e-mail change, seeds, scripts) can leave it stale.

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "searchKey" TEXT NOT NULL DEFAULT '';

-- lower() under the databases' C collation only folds ASCII: lower with the ICU collation (created
-- by initdb on every ICU-enabled build, see lib/db/collation.ts) after the accents are removed.
CREATE FUNCTION "user_search_key"(name TEXT, email TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
  SELECT btrim(regexp_replace(
    replace(replace(lower(regexp_replace(normalize(coalesce(name, '') || ' ' || coalesce(email, ''), NFD), '[\u0300-\u036f]', '', 'g') COLLATE "fr-x-icu"), 'œ', 'oe'), 'æ', 'ae'),
    '[^[:alnum:]]+', ' ', 'g'))
$$;

-- The body is an E'' string whose semicolons are written \073: the migration runner of the
-- driver adapter splits scripts on every semicolon, dollar-quoted bodies included (the function
-- above has none inside its body).
CREATE FUNCTION "user_search_key_trigger"() RETURNS TRIGGER LANGUAGE plpgsql
  AS E'BEGIN NEW."searchKey" := "user_search_key"(NEW.name, NEW.email)\073 RETURN NEW\073 END\073';

CREATE TRIGGER "User_searchKey" BEFORE INSERT OR UPDATE OF name, email ON "User"
  FOR EACH ROW EXECUTE FUNCTION "user_search_key_trigger"();

-- Backfill the existing accounts.
UPDATE "User" SET "searchKey" = "user_search_key"(name, email);

-- CreateIndex
CREATE INDEX "User_searchKey_idx" ON "User" USING GIN ("searchKey" gin_trgm_ops);
