-- StaffAssignment points at items of several tables by (entity, entityId), so no foreign key can
-- remove its row when the item goes. A trigger on each assignable table does: deleting an
-- organisation, alliance, kit, need, offer or diagnostic forgets who followed it, and the
-- dashboard's « Mes contenus attribués » never counts an item that no longer exists.

-- The body is an E'' string whose semicolons are written \073: the migration runner of the
-- driver adapter splits scripts on every semicolon, dollar-quoted bodies included.
CREATE FUNCTION "staff_assignment_forget"() RETURNS TRIGGER LANGUAGE plpgsql
  AS E'BEGIN DELETE FROM "StaffAssignment" WHERE "entity" = TG_ARGV[0] AND "entityId" = OLD."id"\073 RETURN OLD\073 END\073';

CREATE TRIGGER "Actor_staffAssignment" AFTER DELETE ON "Actor" FOR EACH ROW EXECUTE FUNCTION "staff_assignment_forget"('Actor');
CREATE TRIGGER "Alliance_staffAssignment" AFTER DELETE ON "Alliance" FOR EACH ROW EXECUTE FUNCTION "staff_assignment_forget"('Alliance');
CREATE TRIGGER "Kit_staffAssignment" AFTER DELETE ON "Kit" FOR EACH ROW EXECUTE FUNCTION "staff_assignment_forget"('Kit');
CREATE TRIGGER "Need_staffAssignment" AFTER DELETE ON "Need" FOR EACH ROW EXECUTE FUNCTION "staff_assignment_forget"('Need');
CREATE TRIGGER "Offer_staffAssignment" AFTER DELETE ON "Offer" FOR EACH ROW EXECUTE FUNCTION "staff_assignment_forget"('Offer');
CREATE TRIGGER "Diagnostic_staffAssignment" AFTER DELETE ON "Diagnostic" FOR EACH ROW EXECUTE FUNCTION "staff_assignment_forget"('Diagnostic');

-- Rows left behind by items deleted before this migration.
DELETE FROM "StaffAssignment" AS s WHERE s."entity" = 'Actor' AND NOT EXISTS (SELECT 1 FROM "Actor" AS t WHERE t."id" = s."entityId");
DELETE FROM "StaffAssignment" AS s WHERE s."entity" = 'Alliance' AND NOT EXISTS (SELECT 1 FROM "Alliance" AS t WHERE t."id" = s."entityId");
DELETE FROM "StaffAssignment" AS s WHERE s."entity" = 'Kit' AND NOT EXISTS (SELECT 1 FROM "Kit" AS t WHERE t."id" = s."entityId");
