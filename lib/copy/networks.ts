// French copy of the network pages (a network head and its local teams) and the messages of the
// networks domain.
import { de } from "@/lib/text/french";

export const networksLabels = {
  link: "Réseau",
  title: (name: string) => `Réseau ${de(name)}`,
  heading: "Réseau",
  intro:
    "Une tête de réseau (une fédération, une entreprise nationale…) relie ses équipes locales. Chaque équipe garde ses données : la tête de réseau les consulte sans pouvoir les modifier.",

  head: {
    heading: "Tête de réseau",
    none: "Votre organisation n'appartient à aucun réseau.",
    memberOf: (name: string) => `Votre organisation est une équipe locale ${de(name)}.`,
    leave: "Quitter le réseau",
    leaveSuffix: (name: string) => `${de(name)}`,
  },

  requests: {
    incomingHeading: "Demandes à examiner",
    incomingEmpty: "Aucune demande en attente de votre réponse.",
    outgoingHeading: "Demandes envoyées",
    outgoingEmpty: "Aucune demande en attente de réponse.",
    caption: (heading: string) => heading,
    organisation: "Organisation",
    relation: "Lien proposé",
    date: "Date",
    message: "Message",
    actions: "Actions",
    /** What the other organisation would be for this one. */
    relationOf: (side: "HEAD" | "TEAM") => (side === "HEAD" ? "Tête de réseau de votre organisation" : "Équipe locale de votre organisation"),
    accept: "Accepter",
    decline: "Refuser",
    cancel: "Annuler la demande",
    suffix: (name: string) => `: ${name}`,
    adminsOnly: "Seuls les administrateurs de l'organisation répondent aux demandes.",
    requestedBy: (name: string) => `Demande de ${name}`,
    network: (head: string, kind: string, teams: number) =>
      `Réseau de ${head} (${kind}) : ${teams === 0 ? "aucune équipe locale pour l'instant" : teams === 1 ? "1 équipe locale" : `${teams} équipes locales`}.`,
    declineConfirm: (name: string) => ({
      title: `Refuser la demande de ${name} ?`,
      body: "L'organisation en sera informée. Pour vous relier plus tard, l'une des deux organisations devra envoyer une nouvelle demande.",
      confirmLabel: "Refuser",
    }),
    cancelConfirm: (name: string) => ({
      title: `Annuler la demande envoyée à ${name} ?`,
      body: "La demande disparaît de ses demandes à examiner. Vous pourrez en envoyer une nouvelle.",
      confirmLabel: "Annuler la demande",
    }),
    endConfirm: (name: string) => ({
      title: `Mettre fin au lien de réseau avec ${name} ?`,
      body: "La tête de réseau ne voit plus les données de l'équipe, et les deux organisations en sont informées. Pour vous relier de nouveau, il faudra une nouvelle demande acceptée.",
      confirmLabel: "Mettre fin au lien",
    }),
  },

  propose: {
    heading: "Relier une organisation",
    intro:
      "Cherchez une organisation publiée par son nom, puis proposez-lui d'être votre équipe locale ou demandez à rejoindre son réseau. Ses administrateurs accepteront ou refuseront.",
    searchLabel: "Nom de l'organisation",
    searchSubmit: "Rechercher",
    resultsHeading: (q: string) => `Organisations trouvées pour « ${q} »`,
    noResults: "Aucune organisation publiée ne correspond à cette recherche.",
    tooShort: "Saisissez au moins deux caractères.",
    message: "Message (facultatif)",
    messageHint: "Quelques mots pour présenter votre demande (500 caractères au plus).",
    organisationLegend: "Organisation",
    relationLegend: "Lien proposé",
    asTeam: "Elle devient une équipe locale de mon organisation",
    asHead: "Mon organisation rejoint son réseau, comme équipe locale",
    submit: "Envoyer la demande",
  },

  teams: {
    heading: "Équipes locales",
    empty: "Aucune équipe locale n'a encore rejoint votre réseau.",
    caption: "Équipes locales, leur territoire, leur dernier diagnostic et leurs alliances",
    filtered: (area: string) => `Équipes présentes sur : ${area}.`,
    showAll: "Voir toutes les équipes",
    team: "Équipe",
    territory: "Territoires",
    level: "Dernier diagnostic",
    priorities: "Priorités",
    alliances: "Alliances par étape",
    actions: "Actions",
    noTerritory: "Non renseignés",
    noDiagnostic: "Aucun diagnostic terminé",
    noAlliance: "Aucune",
    levelText: (level: number, name: string) => `Niveau ${level} – ${name}`,
    open: "Voir la synthèse",
    openSuffix: (name: string) => `${de(name)}`,
    end: "Retirer du réseau",
    mapHeading: "Carte des équipes",
  },

  recommend: {
    heading: "Recommander un kit",
    intro: "Recommandez une ressource publiée à une équipe ou à toutes vos équipes ; elles la verront sur leur page Réseau.",
    kit: "Kit",
    kitPlaceholder: "Choisissez un kit",
    team: "Destinataire",
    allTeams: "Toutes les équipes",
    message: "Message (facultatif)",
    submit: "Recommander",
    sentHeading: "Recommandations envoyées",
  },

  received: {
    heading: "Kits recommandés par votre tête de réseau",
    empty: "Aucun kit ne vous a encore été recommandé.",
    from: (head: string, date: string) => `Par ${head}, le ${date}`,
    to: (team: string, date: string) => `À ${team}, le ${date}`,
  },

  summary: {
    title: (team: string) => `Synthèse ${de(team)}`,
    intro: "Lecture seule : ces données appartiennent à l'équipe locale, qui seule peut les modifier.",
    diagnosticsHeading: "Diagnostics terminés",
    diagnosticsEmpty: "Cette équipe n'a encore terminé aucun diagnostic.",
    diagnosticTerritory: "Territoire",
    diagnosticDate: "Terminé le",
    diagnosticLevel: "Niveau",
    diagnosticScore: "Score global",
    diagnosticPriorities: "Priorités",
    score: (value: number) => `${Math.round(value)} / 100`,
    alliancesHeading: "Alliances",
    alliancesEmpty: "Cette équipe ne participe encore à aucune alliance.",
    allianceTitle: "Alliance",
    allianceStage: "Étape",
    back: "Retour au réseau",
  },

  /** The outcome shown after a redirect, by the `info` value of the URL (nothing else is shown). */
  outcomes: {
    acceptee: "Demande acceptée : le lien de réseau est établi.",
    refusee: "Demande refusée.",
    terminee: "Le lien de réseau a pris fin.",
  } as Record<string, string>,

  messages: {
    requestSent: (name: string) => `Demande envoyée à ${name}. Ses administrateurs vont y répondre.`,
    recommended: (count: number) => (count > 1 ? `Kit recommandé à ${count} équipes.` : "Kit recommandé."),
    self: "Une organisation ne peut pas être son propre réseau.",
    alreadyLinked: "Ces deux organisations sont déjà reliées.",
    alreadyPending: "Une demande est déjà en attente entre ces deux organisations.",
    teamHasHead: "Cette équipe appartient déjà à un autre réseau : elle doit d'abord le quitter.",
    cycle: "Ce lien créerait une boucle : une tête de réseau ne peut pas devenir l'équipe d'une de ses équipes.",
    notPending: "Cette demande n'est plus en attente.",
    notYourSide: "C'est à l'autre organisation de répondre à cette demande.",
    linkNotFound: "Ce lien de réseau est introuvable.",
    organisationNotFound: "Organisation introuvable.",
    organisationRequired: "Choisissez une organisation.",
    relationRequired: "Choisissez le lien proposé.",
    kitRequired: "Choisissez un kit.",
    kitNotFound: "Ce kit n'est pas publié.",
    teamRequired: "Choisissez un destinataire.",
    noTeams: "Votre réseau ne compte encore aucune équipe.",
    messageTooLong: "Le message ne doit pas dépasser 500 caractères.",
  },

  notifications: {
    requestedAsTeam: (from: string) => `${from} propose que votre organisation devienne son équipe locale`,
    requestedAsHead: (from: string) => `${from} demande à rejoindre votre réseau`,
    accepted: (by: string) => `${by} a accepté le lien de réseau`,
    declined: (by: string) => `${by} a refusé le lien de réseau`,
    ended: (by: string) => `${by} a mis fin au lien de réseau`,
    recommended: (head: string, kit: string) => `${head} vous recommande le kit « ${kit} »`,
  },

  audit: {
    requested: (head: string, team: string) => `Demande de lien de réseau : « ${team} » équipe locale de « ${head} »`,
    accepted: (head: string, team: string) => `Lien de réseau accepté : « ${team} » équipe locale de « ${head} »`,
    declined: (head: string, team: string) => `Lien de réseau refusé : « ${team} » / « ${head} »`,
    ended: (head: string, team: string) => `Fin du lien de réseau : « ${team} » / « ${head} »`,
    recommended: (head: string, kit: string, count: number) => `« ${head} » recommande le kit « ${kit} » à ${count} équipe(s)`,
  },
};
