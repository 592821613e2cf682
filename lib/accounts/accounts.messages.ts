// French messages of the accounts domain (the page copy itself is in lib/labels.ts).
export const accountMessages = {
  signUpDone: (email: string) => `Compte créé : un e-mail de confirmation a été envoyé à ${email}. Ouvrez le lien qu'il contient pour activer votre compte.`,
  invalidCredentials: "Adresse e-mail ou mot de passe incorrect.",
  emailNotConfirmed:
    "Votre adresse e-mail n'est pas encore confirmée. Ouvrez le lien reçu par e-mail, ou recevez-en un nouveau avec le bouton « Renvoyer l'e-mail de confirmation ».",
  accountDisabled: "Ce compte a été désactivé par l'équipe Le RAMEAU. Écrivez-nous si vous pensez que c'est une erreur.",
  linkSent: (email: string) => `Si un compte existe pour ${email}, un lien de connexion valable 15 minutes vient d'y être envoyé.`,
  confirmationResent: (email: string) =>
    `Si un compte en attente de confirmation existe pour ${email}, un nouvel e-mail de confirmation vient d'y être envoyé. Le lien des e-mails précédents ne fonctionne plus.`,
  resetSent: (email: string) => `Si un compte existe pour ${email}, un lien de réinitialisation valable 1 heure vient d'y être envoyé.`,
  invalidLink: "Ce lien n'est pas valide ou a expiré. Demandez-en un nouveau.",
  invalidResetLink: "Ce lien de réinitialisation n'est pas valide ou a expiré. Demandez-en un nouveau.",
  profileSaved: "Vos informations ont été enregistrées.",
  emailChangeSent: (email: string) => `Un e-mail de confirmation a été envoyé à ${email}. Votre adresse changera quand vous aurez ouvert le lien.`,
  emailChanged: (email: string) => `Votre adresse e-mail est désormais ${email}.`,
  passwordChanged: "Votre mot de passe a été modifié. Vos autres sessions sont fermées : ce navigateur reste connecté.",
  tooManySignInAttempts: (windowSeconds: number) =>
    `Trop de tentatives de connexion pour ce compte ou depuis votre adresse. Réessayez dans ${Math.ceil(windowSeconds / 60)} minutes, ou demandez un lien de connexion ci-dessous.`,
} as const;
