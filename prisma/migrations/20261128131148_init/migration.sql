-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "TerritoryKind" AS ENUM ('REGION', 'DEPARTEMENT', 'EPCI', 'COMMUNE', 'PROJET');

-- CreateEnum
CREATE TYPE "EpciType" AS ENUM ('CC', 'CA', 'CU', 'METRO', 'MET69');

-- CreateEnum
CREATE TYPE "SdgTargetGroup" AS ENUM ('FINANCES', 'TECHNOLOGIE', 'RENFORCEMENT_CAPACITES', 'COMMERCE', 'QUESTIONS_STRUCTURELLES');

-- CreateEnum
CREATE TYPE "PlatformRole" AS ENUM ('USER', 'STAFF', 'ADMIN');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('MEMBER', 'ADMIN');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('COLLECTIVITE', 'ENTREPRISE', 'ASSOCIATION', 'FONDATION', 'ETABLISSEMENT_PUBLIC', 'ACTEUR_ACADEMIQUE', 'TETE_DE_RESEAU', 'CATALYSEUR_TERRITORIAL', 'AUTRE');

-- CreateEnum
CREATE TYPE "ModerationStatus" AS ENUM ('DRAFT', 'PENDING', 'PUBLISHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "AllianceMode" AS ENUM ('MECENAT', 'PRATIQUES_RESPONSABLES', 'COOPERATION_ECONOMIQUE', 'INNOVATION_SOCIETALE');

-- CreateEnum
CREATE TYPE "MecenatKind" AS ENUM ('FINANCIER', 'EN_NATURE', 'COMPETENCES', 'LOGISTIQUE');

-- CreateEnum
CREATE TYPE "AllianceStage" AS ENUM ('IDEE', 'CONSTRUCTION', 'ACTIVE', 'EVALUATION', 'TERMINEE');

-- CreateEnum
CREATE TYPE "PartnerRole" AS ENUM ('LEAD', 'PARTNER');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('INVITED', 'CONFIRMED', 'DECLINED');

-- CreateEnum
CREATE TYPE "KitCategory" AS ENUM ('METHODE', 'EXEMPLE', 'DONNEES', 'OUTIL', 'COMPETENCE');

-- CreateEnum
CREATE TYPE "KitStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Theme" AS ENUM ('EMPLOI_INSERTION', 'EDUCATION_JEUNESSE', 'SANTE_VIEILLISSEMENT', 'PRECARITE_LIEN_SOCIAL', 'TRANSITION_ECOLOGIQUE', 'MOBILITE', 'INCLUSION_NUMERIQUE', 'LOGEMENT', 'ATTRACTIVITE_REVITALISATION', 'CULTURE_SPORT');

-- CreateEnum
CREATE TYPE "TemplateStatus" AS ENUM ('DRAFT', 'ACTIVE', 'RETIRED');

-- CreateEnum
CREATE TYPE "DiagnosticStatus" AS ENUM ('DRAFT', 'COMPLETED', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "ContactStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "FeedbackKind" AS ENUM ('RATING', 'COMMENT', 'SUGGESTION');

-- CreateTable
CREATE TABLE "Territory" (
    "id" SERIAL NOT NULL,
    "kind" "TerritoryKind" NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "population" INTEGER,
    "epciType" "EpciType",
    "departementId" INTEGER,
    "regionId" INTEGER,
    "communeId" INTEGER,
    "isArrondissement" BOOLEAN NOT NULL DEFAULT false,
    "siren" TEXT,
    "postalCodes" TEXT[],
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Territory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TerritoryMembership" (
    "groupId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,

    CONSTRAINT "TerritoryMembership_pkey" PRIMARY KEY ("groupId","memberId")
);

-- CreateTable
CREATE TABLE "TerritoryAncestor" (
    "ancestorId" INTEGER NOT NULL,
    "descendantId" INTEGER NOT NULL,
    "depth" INTEGER NOT NULL,

    CONSTRAINT "TerritoryAncestor_pkey" PRIMARY KEY ("ancestorId","descendantId")
);

-- CreateTable
CREATE TABLE "Sdg" (
    "number" INTEGER NOT NULL,
    "shortName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "colour" TEXT NOT NULL,

    CONSTRAINT "Sdg_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "SdgTarget" (
    "code" TEXT NOT NULL,
    "sdgNumber" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "group" "SdgTargetGroup",
    "subgroup" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SdgTarget_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT NOT NULL,
    "emailVerified" TIMESTAMP(3),
    "image" TEXT,
    "passwordHash" TEXT,
    "platformRole" "PlatformRole" NOT NULL DEFAULT 'USER',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "Session" (
    "sessionToken" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "Membership" (
    "userId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId","actorId")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL DEFAULT 'MEMBER',
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "siren" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "website" TEXT,
    "contactEmail" TEXT,
    "contactPhone" TEXT,
    "logoPath" TEXT,
    "status" "ModerationStatus" NOT NULL DEFAULT 'DRAFT',
    "moderationReason" TEXT,
    "verified" BOOLEAN NOT NULL DEFAULT false,
    "parentId" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActorTerritory" (
    "actorId" TEXT NOT NULL,
    "territoryId" INTEGER NOT NULL,

    CONSTRAINT "ActorTerritory_pkey" PRIMARY KEY ("actorId","territoryId")
);

-- CreateTable
CREATE TABLE "ActorSdg" (
    "actorId" TEXT NOT NULL,
    "sdgNumber" INTEGER NOT NULL,

    CONSTRAINT "ActorSdg_pkey" PRIMARY KEY ("actorId","sdgNumber")
);

-- CreateTable
CREATE TABLE "Alliance" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "mode" "AllianceMode" NOT NULL,
    "mecenatKind" "MecenatKind",
    "stage" "AllianceStage" NOT NULL DEFAULT 'IDEE',
    "startDate" DATE,
    "endDate" DATE,
    "results" TEXT NOT NULL DEFAULT '',
    "status" "ModerationStatus" NOT NULL DEFAULT 'DRAFT',
    "moderationReason" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Alliance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AlliancePartner" (
    "allianceId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "role" "PartnerRole" NOT NULL DEFAULT 'PARTNER',
    "status" "PartnerStatus" NOT NULL DEFAULT 'INVITED',
    "roleLabel" TEXT,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "AlliancePartner_pkey" PRIMARY KEY ("allianceId","actorId")
);

-- CreateTable
CREATE TABLE "AllianceTerritory" (
    "allianceId" TEXT NOT NULL,
    "territoryId" INTEGER NOT NULL,

    CONSTRAINT "AllianceTerritory_pkey" PRIMARY KEY ("allianceId","territoryId")
);

-- CreateTable
CREATE TABLE "AllianceSdgTarget" (
    "allianceId" TEXT NOT NULL,
    "targetCode" TEXT NOT NULL,

    CONSTRAINT "AllianceSdgTarget_pkey" PRIMARY KEY ("allianceId","targetCode")
);

-- CreateTable
CREATE TABLE "AllianceEvent" (
    "id" TEXT NOT NULL,
    "allianceId" TEXT NOT NULL,
    "fromStage" "AllianceStage",
    "toStage" "AllianceStage",
    "comment" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AllianceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AllianceRating" (
    "allianceId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "innovation" INTEGER NOT NULL,
    "performance" INTEGER NOT NULL,
    "confiance" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AllianceRating_pkey" PRIMARY KEY ("allianceId","actorId")
);

-- CreateTable
CREATE TABLE "Kit" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "searchKey" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "category" "KitCategory" NOT NULL,
    "audiences" "ActorKind"[],
    "maturityLevels" INTEGER[],
    "themes" "Theme"[],
    "body" TEXT NOT NULL DEFAULT '',
    "status" "KitStatus" NOT NULL DEFAULT 'DRAFT',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Kit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitSdgTarget" (
    "kitId" TEXT NOT NULL,
    "targetCode" TEXT NOT NULL,

    CONSTRAINT "KitSdgTarget_pkey" PRIMARY KEY ("kitId","targetCode")
);

-- CreateTable
CREATE TABLE "KitVersion" (
    "id" TEXT NOT NULL,
    "kitId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KitVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitAttachment" (
    "id" TEXT NOT NULL,
    "kitId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "KitAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KitLink" (
    "id" TEXT NOT NULL,
    "kitId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "KitLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningPath" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "LearningPath_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningPathStep" (
    "id" TEXT NOT NULL,
    "pathId" TEXT NOT NULL,
    "kitId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,

    CONSTRAINT "LearningPathStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LearningPathProgress" (
    "userId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "doneAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LearningPathProgress_pkey" PRIMARY KEY ("userId","stepId")
);

-- CreateTable
CREATE TABLE "DiagnosticTemplate" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "status" "TemplateStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" TIMESTAMP(3),

    CONSTRAINT "DiagnosticTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Diagnostic" (
    "id" TEXT NOT NULL,
    "territoryId" INTEGER NOT NULL,
    "actorId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "authorId" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "status" "DiagnosticStatus" NOT NULL DEFAULT 'DRAFT',
    "scores" JSONB,
    "maturityLevel" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Diagnostic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Need" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "mode" "AllianceMode" NOT NULL,
    "mecenatKind" "MecenatKind",
    "theme" "Theme" NOT NULL,
    "sdgTargetCode" TEXT,
    "territoryId" INTEGER NOT NULL,
    "validUntil" DATE,
    "status" "ModerationStatus" NOT NULL DEFAULT 'DRAFT',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Need_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Offer" (
    "id" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "mode" "AllianceMode" NOT NULL,
    "mecenatKind" "MecenatKind",
    "theme" "Theme" NOT NULL,
    "sdgTargetCode" TEXT,
    "territoryId" INTEGER NOT NULL,
    "validUntil" DATE,
    "status" "ModerationStatus" NOT NULL DEFAULT 'DRAFT',
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Offer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchContact" (
    "id" TEXT NOT NULL,
    "needId" TEXT NOT NULL,
    "offerId" TEXT NOT NULL,
    "fromActorId" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "status" "ContactStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "MatchContact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feedback" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "FeedbackKind" NOT NULL DEFAULT 'RATING',
    "kitId" TEXT,
    "diagnosticId" TEXT,
    "rating" INTEGER,
    "comment" TEXT NOT NULL DEFAULT '',
    "staffAnswer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feedback_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "summary" TEXT NOT NULL DEFAULT '',
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeedRun" (
    "step" TEXT NOT NULL,
    "detail" TEXT NOT NULL DEFAULT '',
    "finishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeedRun_pkey" PRIMARY KEY ("step")
);

-- CreateIndex
CREATE INDEX "Territory_searchKey_idx" ON "Territory" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Territory_kind_searchKey_idx" ON "Territory"("kind", "searchKey");

-- CreateIndex
CREATE INDEX "Territory_departementId_kind_idx" ON "Territory"("departementId", "kind");

-- CreateIndex
CREATE INDEX "Territory_regionId_kind_idx" ON "Territory"("regionId", "kind");

-- CreateIndex
CREATE INDEX "Territory_communeId_idx" ON "Territory"("communeId");

-- CreateIndex
CREATE INDEX "Territory_population_idx" ON "Territory"("population" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Territory_kind_code_key" ON "Territory"("kind", "code");

-- CreateIndex
CREATE INDEX "TerritoryMembership_memberId_idx" ON "TerritoryMembership"("memberId");

-- CreateIndex
CREATE INDEX "TerritoryAncestor_descendantId_idx" ON "TerritoryAncestor"("descendantId");

-- CreateIndex
CREATE INDEX "SdgTarget_sdgNumber_position_idx" ON "SdgTarget"("sdgNumber", "position");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_platformRole_idx" ON "User"("platformRole");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Membership_actorId_role_idx" ON "Membership"("actorId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_actorId_idx" ON "Invitation"("actorId");

-- CreateIndex
CREATE INDEX "Invitation_email_idx" ON "Invitation"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_slug_key" ON "Actor"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Actor_siren_key" ON "Actor"("siren");

-- CreateIndex
CREATE INDEX "Actor_status_kind_idx" ON "Actor"("status", "kind");

-- CreateIndex
CREATE INDEX "Actor_status_name_idx" ON "Actor"("status", "name");

-- CreateIndex
CREATE INDEX "Actor_searchKey_idx" ON "Actor" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Actor_parentId_idx" ON "Actor"("parentId");

-- CreateIndex
CREATE INDEX "ActorTerritory_territoryId_idx" ON "ActorTerritory"("territoryId");

-- CreateIndex
CREATE INDEX "ActorSdg_sdgNumber_idx" ON "ActorSdg"("sdgNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Alliance_slug_key" ON "Alliance"("slug");

-- CreateIndex
CREATE INDEX "Alliance_status_mode_stage_idx" ON "Alliance"("status", "mode", "stage");

-- CreateIndex
CREATE INDEX "Alliance_searchKey_idx" ON "Alliance" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Alliance_status_publishedAt_idx" ON "Alliance"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "AlliancePartner_actorId_status_idx" ON "AlliancePartner"("actorId", "status");

-- CreateIndex
CREATE INDEX "AllianceTerritory_territoryId_idx" ON "AllianceTerritory"("territoryId");

-- CreateIndex
CREATE INDEX "AllianceSdgTarget_targetCode_idx" ON "AllianceSdgTarget"("targetCode");

-- CreateIndex
CREATE INDEX "AllianceEvent_allianceId_createdAt_idx" ON "AllianceEvent"("allianceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Kit_slug_key" ON "Kit"("slug");

-- CreateIndex
CREATE INDEX "Kit_status_category_idx" ON "Kit"("status", "category");

-- CreateIndex
CREATE INDEX "Kit_searchKey_idx" ON "Kit" USING GIN ("searchKey" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Kit_status_updatedAt_idx" ON "Kit"("status", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "KitSdgTarget_targetCode_idx" ON "KitSdgTarget"("targetCode");

-- CreateIndex
CREATE UNIQUE INDEX "KitVersion_kitId_number_key" ON "KitVersion"("kitId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "KitAttachment_storageKey_key" ON "KitAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "KitAttachment_kitId_idx" ON "KitAttachment"("kitId");

-- CreateIndex
CREATE INDEX "KitLink_kitId_position_idx" ON "KitLink"("kitId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "LearningPath_slug_key" ON "LearningPath"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LearningPathStep_pathId_position_key" ON "LearningPathStep"("pathId", "position");

-- CreateIndex
CREATE INDEX "DiagnosticTemplate_status_idx" ON "DiagnosticTemplate"("status");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticTemplate_key_version_key" ON "DiagnosticTemplate"("key", "version");

-- CreateIndex
CREATE INDEX "Diagnostic_actorId_status_idx" ON "Diagnostic"("actorId", "status");

-- CreateIndex
CREATE INDEX "Diagnostic_territoryId_status_idx" ON "Diagnostic"("territoryId", "status");

-- CreateIndex
CREATE INDEX "Diagnostic_status_completedAt_idx" ON "Diagnostic"("status", "completedAt");

-- CreateIndex
CREATE INDEX "Need_status_mode_theme_idx" ON "Need"("status", "mode", "theme");

-- CreateIndex
CREATE INDEX "Need_territoryId_idx" ON "Need"("territoryId");

-- CreateIndex
CREATE INDEX "Need_actorId_idx" ON "Need"("actorId");

-- CreateIndex
CREATE INDEX "Offer_status_mode_theme_idx" ON "Offer"("status", "mode", "theme");

-- CreateIndex
CREATE INDEX "Offer_territoryId_idx" ON "Offer"("territoryId");

-- CreateIndex
CREATE INDEX "Offer_actorId_idx" ON "Offer"("actorId");

-- CreateIndex
CREATE INDEX "MatchContact_offerId_idx" ON "MatchContact"("offerId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchContact_needId_offerId_fromActorId_key" ON "MatchContact"("needId", "offerId", "fromActorId");

-- CreateIndex
CREATE INDEX "Feedback_kitId_kind_idx" ON "Feedback"("kitId", "kind");

-- CreateIndex
CREATE INDEX "Feedback_diagnosticId_idx" ON "Feedback"("diagnosticId");

-- CreateIndex
CREATE INDEX "Feedback_userId_idx" ON "Feedback"("userId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "MailMessage_to_createdAt_idx" ON "MailMessage"("to", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimitBucket_resetAt_idx" ON "RateLimitBucket"("resetAt");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_userId_createdAt_idx" ON "AuditLog"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_departementId_fkey" FOREIGN KEY ("departementId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Territory" ADD CONSTRAINT "Territory_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Territory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryMembership" ADD CONSTRAINT "TerritoryMembership_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryMembership" ADD CONSTRAINT "TerritoryMembership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryAncestor" ADD CONSTRAINT "TerritoryAncestor_ancestorId_fkey" FOREIGN KEY ("ancestorId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TerritoryAncestor" ADD CONSTRAINT "TerritoryAncestor_descendantId_fkey" FOREIGN KEY ("descendantId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SdgTarget" ADD CONSTRAINT "SdgTarget_sdgNumber_fkey" FOREIGN KEY ("sdgNumber") REFERENCES "Sdg"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorTerritory" ADD CONSTRAINT "ActorTerritory_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorTerritory" ADD CONSTRAINT "ActorTerritory_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorSdg" ADD CONSTRAINT "ActorSdg_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActorSdg" ADD CONSTRAINT "ActorSdg_sdgNumber_fkey" FOREIGN KEY ("sdgNumber") REFERENCES "Sdg"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlliancePartner" ADD CONSTRAINT "AlliancePartner_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlliancePartner" ADD CONSTRAINT "AlliancePartner_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceTerritory" ADD CONSTRAINT "AllianceTerritory_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceTerritory" ADD CONSTRAINT "AllianceTerritory_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceSdgTarget" ADD CONSTRAINT "AllianceSdgTarget_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceSdgTarget" ADD CONSTRAINT "AllianceSdgTarget_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceEvent" ADD CONSTRAINT "AllianceEvent_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceRating" ADD CONSTRAINT "AllianceRating_allianceId_fkey" FOREIGN KEY ("allianceId") REFERENCES "Alliance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AllianceRating" ADD CONSTRAINT "AllianceRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitSdgTarget" ADD CONSTRAINT "KitSdgTarget_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitSdgTarget" ADD CONSTRAINT "KitSdgTarget_targetCode_fkey" FOREIGN KEY ("targetCode") REFERENCES "SdgTarget"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitVersion" ADD CONSTRAINT "KitVersion_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitVersion" ADD CONSTRAINT "KitVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitAttachment" ADD CONSTRAINT "KitAttachment_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KitLink" ADD CONSTRAINT "KitLink_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPathStep" ADD CONSTRAINT "LearningPathStep_pathId_fkey" FOREIGN KEY ("pathId") REFERENCES "LearningPath"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPathStep" ADD CONSTRAINT "LearningPathStep_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPathProgress" ADD CONSTRAINT "LearningPathProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LearningPathProgress" ADD CONSTRAINT "LearningPathProgress_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "LearningPathStep"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnostic" ADD CONSTRAINT "Diagnostic_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnostic" ADD CONSTRAINT "Diagnostic_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnostic" ADD CONSTRAINT "Diagnostic_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "DiagnosticTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Diagnostic" ADD CONSTRAINT "Diagnostic_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Need" ADD CONSTRAINT "Need_sdgTargetCode_fkey" FOREIGN KEY ("sdgTargetCode") REFERENCES "SdgTarget"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_territoryId_fkey" FOREIGN KEY ("territoryId") REFERENCES "Territory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Offer" ADD CONSTRAINT "Offer_sdgTargetCode_fkey" FOREIGN KEY ("sdgTargetCode") REFERENCES "SdgTarget"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchContact" ADD CONSTRAINT "MatchContact_needId_fkey" FOREIGN KEY ("needId") REFERENCES "Need"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchContact" ADD CONSTRAINT "MatchContact_offerId_fkey" FOREIGN KEY ("offerId") REFERENCES "Offer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_kitId_fkey" FOREIGN KEY ("kitId") REFERENCES "Kit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Feedback" ADD CONSTRAINT "Feedback_diagnosticId_fkey" FOREIGN KEY ("diagnosticId") REFERENCES "Diagnostic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
