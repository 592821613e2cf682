// `npm run admin:create -- <e-mail>`: names a platform admin (lib/users/platform-admin.mutations.ts)
// and e-mails the account a link to choose its password. Run through the launcher
// (`--attach`: with the embedded database it uses the one `npm start` is running), with the
// react-server condition like the server modules it imports. On DATABASE_URL it needs APP_URL,
// the address the link is written with.
import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import { createPlatformAdmin } from "@/lib/users/platform-admin.mutations";

const OUTCOMES = {
  created: "compte créé avec le rôle administrateur de la plateforme",
  promoted: "compte existant promu administrateur de la plateforme",
  unchanged: "ce compte est déjà administrateur de la plateforme (rôle inchangé)",
} as const;

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => arg !== "--");
  if (args.length !== 1) {
    console.error("Usage : npm run admin:create -- <adresse e-mail> / Usage: npm run admin:create -- <e-mail>");
    return 2;
  }
  try {
    const result = await createPlatformAdmin(args[0]);
    console.log(`✓ ${result.email} : ${OUTCOMES[result.outcome]}.`);
    console.log(`  Un lien pour choisir le mot de passe a été envoyé par e-mail (valable une heure, adresse ${result.baseUrl}).`);
    if (!process.env.SMTP_URL?.trim()) console.log("  SMTP_URL n'est pas défini : l'e-mail est seulement enregistré dans le journal d'envoi (MailMessage).");
    if (result.disabled) console.warn("  ⚠ Ce compte est désactivé : il ne pourra se connecter qu'une fois réactivé (/admin/utilisateurs).");
    return 0;
  } catch (error) {
    if (error instanceof ExpectedError) {
      console.error(`✖ ${error.message}`);
      return 1;
    }
    throw error;
  }
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
