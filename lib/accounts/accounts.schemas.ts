// Forms of the accounts domain. Password rules come from lib/auth/password.ts.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, passwordProblems } from "@/lib/auth/password";
import { safeRedirectPath } from "@/lib/auth/redirect";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Indiquez votre adresse e-mail.")
  .max(254, "Cette adresse e-mail est trop longue.")
  .email("Cette adresse e-mail n'est pas valide (exemple : prenom.nom@exemple.fr).");

const nameField = z.string().trim().min(1, "Indiquez votre nom.").max(100, "Le nom ne doit pas dépasser 100 caractères.");
const passwordInput = z.string().max(PASSWORD_MAX_LENGTH, `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères.`);

/** Only paths of this site are followed after signing in (lib/auth/redirect.ts). */
export const callbackUrlField = z
  .string()
  .optional()
  .transform((value) => safeRedirectPath(value));

/** A new password: the rules of lib/auth/password.ts, checked against the account's e-mail. */
function checkNewPassword(password: string, email: string, ctx: z.RefinementCtx, path: string) {
  for (const message of passwordProblems(password, email)) ctx.addIssue({ code: "custom", path: [path], message });
}

function checkConfirmation(password: string, confirmation: string, ctx: z.RefinementCtx, path: string) {
  if (password !== confirmation) ctx.addIssue({ code: "custom", path: [path], message: "Les deux mots de passe ne sont pas identiques." });
}

export const signUpSchema = z
  .object({ name: nameField, email: emailField, password: passwordInput, passwordConfirmation: z.string(), callbackUrl: callbackUrlField })
  .superRefine((value, ctx) => {
    checkNewPassword(value.password, value.email, ctx, "password");
    checkConfirmation(value.password, value.passwordConfirmation, ctx, "passwordConfirmation");
  });
export type SignUp = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: z.string().min(1, "Indiquez votre mot de passe.").max(PASSWORD_MAX_LENGTH),
  callbackUrl: callbackUrlField,
});

export const emailOnlySchema = z.object({ email: emailField, callbackUrl: callbackUrlField });

export const tokenField = z.string().trim().min(20, "Ce lien n'est pas valide.").max(200, "Ce lien n'est pas valide.");

export const linkSignInSchema = z.object({ token: tokenField, callbackUrl: callbackUrlField });

/** The rules of the new password are checked by the mutation, against the address of the link's account. */
export const resetPasswordSchema = z
  .object({ token: tokenField, password: passwordInput, passwordConfirmation: z.string() })
  .superRefine((value, ctx) => checkConfirmation(value.password, value.passwordConfirmation, ctx, "passwordConfirmation"));

export const profileSchema = z.object({ name: nameField });

export const emailChangeSchema = z.object({
  email: emailField,
  currentPassword: z.string().min(1, "Indiquez votre mot de passe actuel.").max(PASSWORD_MAX_LENGTH),
});

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "Indiquez votre mot de passe actuel.").max(PASSWORD_MAX_LENGTH),
    password: passwordInput,
    passwordConfirmation: z.string(),
  })
  .superRefine((value, ctx) => {
    // Every rule but the one about the account's own address, which the action checks once it
    // knows the account: the other errors all show at once.
    checkNewPassword(value.password, "", ctx, "password");
    checkConfirmation(value.password, value.passwordConfirmation, ctx, "passwordConfirmation");
  });

export const DELETE_CONFIRMATION = "SUPPRIMER";

export const deleteAccountSchema = z.object({
  confirmation: z
    .string()
    .trim()
    .refine((value) => value === DELETE_CONFIRMATION, `Écrivez ${DELETE_CONFIRMATION} pour confirmer.`),
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH).optional(),
});
