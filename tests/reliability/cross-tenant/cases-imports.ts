// The organisation import (back office): staff only, and an upload is bound to the staff member
// who sent it: a platform admin, allowed to import, still cannot confirm or cancel someone
// else's preview (the stored file is keyed by its uploader: not found for anyone else). The same
// mutations for a network head (the target organisation): its admins only.
import { cancelOrganisationImport, queueOrganisationImport, storeOrganisationImport } from "@/lib/imports/organisation-import.mutations";
import { defineCase } from "./matrix";
import type { Caller, World } from "./world";

const IMPORTS = "lib/imports/organisation-import.mutations.ts";
const HEADER = "nom;type;SIREN ou SIRET;e-mail de contact;site web;téléphone;description;code territoire;ODD";
const importFile = (world: World) => new File([`${HEADER}\nImportée ${world.token};Association;;;;;;42218;11\n`], "organisations.csv", { type: "text/csv" });
const staffUpload = (world: World) => storeOrganisationImport(world.people.staff.principal, importFile(world));
const uploaderOnly = (caller: Caller) => caller === "staff";
// A network head's import: the target organisation is the head, its admin uploads; another
// organisation's admin, a plain member and the staff are refused, and nothing changes.
const head = (world: World) => ({ headId: world.target.id });
const headUpload = (world: World) => storeOrganisationImport(world.people.orgAdmin.principal, importFile(world), head(world));
const headUploaderOnly = (caller: Caller) => caller === "orgAdmin";

export const importCases = [
  defineCase({
    operation: "actor.import",
    mutation: `${IMPORTS}#storeOrganisationImport`,
    prepare: async () => null,
    run: (principal, _p, world) => storeOrganisationImport(principal, importFile(world)),
  }),
  defineCase({
    operation: "actor.import",
    mutation: `${IMPORTS}#queueOrganisationImport`,
    prepare: staffUpload,
    run: (principal, importId) => queueOrganisationImport(principal, importId),
    allowed: uploaderOnly,
  }),
  defineCase({
    operation: "actor.import",
    mutation: `${IMPORTS}#cancelOrganisationImport`,
    prepare: staffUpload,
    run: (principal, importId) => cancelOrganisationImport(principal, importId),
    allowed: uploaderOnly,
  }),
  defineCase({
    operation: "network.import",
    mutation: `${IMPORTS}#storeOrganisationImport`,
    prepare: async () => null,
    run: (principal, _p, world) => storeOrganisationImport(principal, importFile(world), head(world)),
  }),
  defineCase({
    operation: "network.import",
    mutation: `${IMPORTS}#queueOrganisationImport`,
    prepare: headUpload,
    run: (principal, importId, world) => queueOrganisationImport(principal, importId, {}, head(world)),
    allowed: headUploaderOnly,
  }),
  defineCase({
    operation: "network.import",
    mutation: `${IMPORTS}#cancelOrganisationImport`,
    prepare: headUpload,
    run: (principal, importId, world) => cancelOrganisationImport(principal, importId, head(world)),
    allowed: headUploaderOnly,
  }),
];
