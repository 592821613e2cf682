// The answer while the database is unreachable: a French page for people, JSON for the API,
// both 503 with Retry-After so that browsers, load balancers and API clients come back later.
export const RETRY_AFTER_SECONDS = 5;

const TITLE = "Service momentanément indisponible";
const TEXT = "ODD 17 en pratiques ne peut pas afficher cette page pour le moment. Réessayez dans quelques instants.";

export function unavailableHtml(): string {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${TITLE} — ODD 17 en pratiques</title></head><body style="margin:0;font-family:system-ui,sans-serif;color:#1e1e1e;line-height:1.6"><main style="max-width:40rem;margin:0 auto;padding:3rem 1rem"><p style="font-weight:700;color:#19486a">ODD 17 en pratiques</p><h1 style="color:#0f3350">${TITLE}</h1><p>${TEXT}</p><p><a href="" style="color:#19486a">Réessayer</a></p></main></body></html>`;
}

export function unavailableJson(): string {
  return JSON.stringify({ status: 503, title: TITLE, detail: "La base de données ne répond pas ; réessayez dans quelques instants." });
}
