// The report as a PDF, with the same content as the page: pdf-lib and its built-in Helvetica
// (WinAnsi: French accents, « », ’ and … are fine), the radar drawn with vector paths from the
// same geometry as the SVG. Pure: the route handler loads and authorizes, this only draws.
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { capitalise, diagnosticsCopy, formatCount, formatFrenchDate } from "@/lib/copy/diagnostics";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { radarGeometry, type Point } from "./report";
import type { DiagnosticReport } from "./report.queries";

const t = diagnosticsCopy.report;
const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const WIDTH = PAGE.width - 2 * MARGIN;
const NAVY = rgb(0x19 / 255, 0x48 / 255, 0x6a / 255);
const INK = rgb(0.12, 0.12, 0.12);
const MUTED = rgb(0.29, 0.33, 0.39);
const LINE = rgb(0.79, 0.83, 0.86);

export interface PdfReportInput {
  territoryName: string;
  organisationName: string;
  completedAt: Date;
  report: DiagnosticReport;
  /** e.g. https://odd17.example.fr: links to kits and actors are printed in full. */
  baseUrl: string;
  generatedAt?: Date;
}

type TextOptions = { size?: number; font?: PDFFont; color?: ReturnType<typeof rgb>; indent?: number; gapAfter?: number };

/** Lays text out top to bottom, wrapping lines and starting new pages as needed. */
class Writer {
  page: PDFPage;
  y = PAGE.height - MARGIN;

  constructor(
    readonly doc: PDFDocument,
    readonly font: PDFFont,
    readonly bold: PDFFont,
    private readonly encodable: Set<number>,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
  }

  /** Characters Helvetica cannot encode (narrow no-break space of French numbers, emoji) would throw. */
  clean(text: string): string {
    return Array.from(text.replace(/[\u202f\u2009]/g, " "))
      .map((char) => (this.encodable.has(char.codePointAt(0)!) || char === "\n" ? char : "?"))
      .join("");
  }

  ensure(height: number) {
    if (this.y - height >= MARGIN + 20) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN;
  }

  wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of this.clean(text).split("\n")) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        // A word wider than the line (a long URL) is cut where it has to be.
        let rest = word;
        while (font.widthOfTextAtSize(rest, size) > width) {
          let cut = rest.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
          lines.push(rest.slice(0, cut));
          rest = rest.slice(cut);
        }
        line = rest;
      }
      lines.push(line);
    }
    return lines;
  }

  text(text: string, { size = 11, font = this.font, color = INK, indent = 0, gapAfter = 4 }: TextOptions = {}) {
    const leading = size * 1.35;
    for (const line of this.wrap(text, font, size, WIDTH - indent)) {
      this.ensure(leading);
      this.y -= leading;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y + size * 0.3, size, font, color });
    }
    this.y -= gapAfter;
  }

  heading(text: string) {
    this.ensure(60);
    this.y -= 10;
    this.text(text, { size: 15, font: this.bold, color: NAVY, gapAfter: 6 });
  }

  bullets(items: string[], options: TextOptions = {}) {
    for (const item of items) this.text(`•  ${item}`, { size: 10, indent: 12, gapAfter: 2, ...options });
  }

  /** Label on the left, value on the right, a rule below. */
  row(label: string, value: string, bold = false) {
    this.ensure(20);
    this.y -= 16;
    const font = bold ? this.bold : this.font;
    this.page.drawText(this.clean(label), { x: MARGIN, y: this.y, size: 11, font, color: INK });
    const cleanValue = this.clean(value);
    this.page.drawText(cleanValue, { x: MARGIN + WIDTH - font.widthOfTextAtSize(cleanValue, 11), y: this.y, size: 11, font, color: INK });
    this.page.drawLine({ start: { x: MARGIN, y: this.y - 5 }, end: { x: MARGIN + WIDTH, y: this.y - 5 }, thickness: 0.5, color: LINE });
    this.y -= 6;
  }
}

function svgPath(points: readonly Point[]): string {
  return `${points.map((point, index) => `${index === 0 ? "M" : "L"} ${point.x} ${point.y}`).join(" ")} Z`;
}

function drawRadar(writer: Writer, report: DiagnosticReport) {
  const height = 235;
  writer.ensure(height);
  const top = writer.y;
  const center = { x: PAGE.width / 2, y: height / 2 };
  const geometry = radarGeometry(
    report.axes.map((axis) => axis.score),
    center,
    90,
  );
  // drawSvgPath puts the SVG origin at (x, y) with y growing downwards, like the page's SVG.
  const at = { x: 0, y: top };
  for (const ring of geometry.rings) writer.page.drawSvgPath(svgPath(ring), { ...at, borderColor: LINE, borderWidth: 0.75 });
  for (const spoke of geometry.spokes)
    writer.page.drawSvgPath(`M ${center.x} ${center.y} L ${spoke.x} ${spoke.y}`, { ...at, borderColor: LINE, borderWidth: 0.75 });
  writer.page.drawSvgPath(svgPath(geometry.shape), { ...at, color: NAVY, opacity: 0.25, borderColor: NAVY, borderWidth: 2, borderOpacity: 1 });
  geometry.labels.forEach((label, index) => {
    const text = writer.clean(`${report.axes[index].label} (${report.axes[index].score})`);
    const width = writer.font.widthOfTextAtSize(text, 9);
    const x = label.anchor === "middle" ? label.x - width / 2 : label.anchor === "end" ? label.x - width : label.x;
    writer.page.drawText(text, {
      x: Math.max(MARGIN / 2, Math.min(x, PAGE.width - MARGIN / 2 - width)),
      y: top - label.y - 3,
      size: 9,
      font: writer.font,
      color: INK,
    });
  });
  writer.y = top - height;
}

export async function renderDiagnosticPdf(input: PdfReportInput): Promise<Uint8Array> {
  const { report } = input;
  const doc = await PDFDocument.create();
  const title = diagnosticsCopy.pdf.title(input.territoryName);
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setLanguage("fr-FR");
  doc.setProducer(labels.site.name);
  doc.setCreator(labels.site.name);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new Writer(doc, font, bold, new Set(font.getCharacterSet()));

  w.text(title, { size: 22, font: bold, color: NAVY, gapAfter: 4 });
  w.text(t.subtitle(input.organisationName, formatFrenchDate(input.completedAt)), { color: MUTED, gapAfter: 8 });

  w.heading(t.scoresHeading);
  drawRadar(w, report);
  for (const axis of report.axes) w.row(axis.label, String(axis.score));
  w.row(t.overall, String(report.result.overall), true);

  w.heading(t.levelHeading);
  w.text(t.level(report.level.level, report.levelCount, report.level.name), { size: 13, font: bold });
  w.text(report.level.description);

  w.heading(t.prioritiesHeading);
  if (report.priorities.length === 0) w.text(t.prioritiesEmpty);
  report.priorities.forEach((priority, index) => w.text(`${index + 1}. ${priority.label}`, { indent: 12, gapAfter: 2 }));

  w.heading(t.kitsHeading);
  if (report.kits.length === 0) w.text(t.kitsEmpty);
  for (const { kit, reasons } of report.kits) {
    w.text(`${kit.title} · ${t.kitCategories[kit.category] ?? kit.category}`, { font: bold, gapAfter: 1 });
    w.text(`${input.baseUrl}${paths.kit(kit.slug)}`, { size: 9, color: NAVY, gapAfter: 2 });
    w.bullets(reasons.map((reason) => `${capitalise(reason)}.`));
    w.y -= 6;
  }

  w.heading(t.partnersHeading);
  w.text(t.partnersIntro, { color: MUTED });
  if (report.partners.length === 0) w.text(t.partnersEmpty);
  for (const { actor, reasons } of report.partners) {
    const kind = labels.organisations.kinds[actor.kind as keyof typeof labels.organisations.kinds] ?? actor.kind;
    w.text(`${actor.name} · ${kind}`, { font: bold, gapAfter: 1 });
    w.text(`${input.baseUrl}${paths.actor(actor.slug)}`, { size: 9, color: NAVY, gapAfter: 2 });
    w.bullets(reasons.map((reason) => `${capitalise(reason)}.`));
    w.y -= 6;
  }

  const { context, comparison } = report;
  w.heading(t.contextHeading);
  w.row(t.population, context.population === null ? t.populationUnknown : t.inhabitants(context.population));
  if (context.kind !== "COMMUNE") w.row(t.communes, formatCount(context.communeCount));
  if (context.kind === "COMMUNE") w.row(t.epci, context.epci?.name ?? "—");
  if (context.kind !== "DEPARTEMENT" && context.kind !== "REGION") w.row(t.departement, context.departement?.name ?? "—");
  if (context.kind !== "REGION") w.row(t.region, context.region?.name ?? "—");
  w.row(t.actors, formatCount(context.actorCount));
  w.row(t.alliances, formatCount(context.allianceCount));
  w.y -= 4;
  w.text(t.contextSource, { size: 9, color: MUTED });

  w.heading(t.comparisonHeading);
  w.text(t.comparisonScope(labels.territoryKinds[context.kind].lower), { color: MUTED });
  w.text(
    comparison.status === "available"
      ? t.comparisonAvailable(comparison.average, comparison.count, comparison.levelName ?? "")
      : comparison.status === "too-few"
        ? t.comparisonTooFew
        : t.comparisonNoPopulation,
  );

  w.y -= 12;
  w.text(diagnosticsCopy.pdf.generated(formatFrenchDate(input.generatedAt ?? new Date())), { size: 9, color: MUTED });

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const footer = diagnosticsCopy.pdf.page(index + 1, pages.length);
    page.drawText(footer, { x: PAGE.width - MARGIN - font.widthOfTextAtSize(footer, 9), y: MARGIN / 2, size: 9, font, color: MUTED });
  });
  return doc.save();
}
