// What an uploaded attachment really is, read from its first bytes and, for zip-based office
// documents, from the names inside the archive. The file name and the type the browser declares
// are never trusted: a program renamed "guide.pdf" must be refused. Pure, so unit-tested directly.

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  pdf: { mimeType: "application/pdf", extension: "pdf", label: "PDF" },
  docx: { mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx", label: "Word (DOCX)" },
  xlsx: { mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx", label: "Excel (XLSX)" },
  pptx: { mimeType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", extension: "pptx", label: "PowerPoint (PPTX)" },
  odt: { mimeType: "application/vnd.oasis.opendocument.text", extension: "odt", label: "OpenDocument texte (ODT)" },
  png: { mimeType: "image/png", extension: "png", label: "Image PNG" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg", label: "Image JPEG" },
} as const;

export type AttachmentKind = keyof typeof ATTACHMENT_TYPES;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[AttachmentKind];

const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_CENTRAL_HEADER = 0x02014b50;
const ZIP_END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record sits in the last 22 bytes plus an archive comment of at most 65 535 bytes. */
const MAX_EOCD_SEARCH = 22 + 0xffff;
/** Enough entries to find the markers of any real document; a bomb of names is not read on. */
const MAX_ZIP_ENTRIES = 10_000;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let text = "";
  for (let index = start; index < start + length && index < bytes.length; index++) text += String.fromCharCode(bytes[index]);
  return text;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The names of a zip archive's entries, read from its central directory (the authoritative list;
 * local headers can be faked or hidden). Null when the archive is not readable.
 */
export function listZipEntries(bytes: Uint8Array): string[] | null {
  if (bytes.length < 22) return null;
  const data = view(bytes);
  const lowest = Math.max(0, bytes.length - MAX_EOCD_SEARCH);
  let eocd = -1;
  for (let offset = bytes.length - 22; offset >= lowest; offset--) {
    if (data.getUint32(offset, true) === ZIP_END_OF_CENTRAL_DIRECTORY) {
      eocd = offset;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = data.getUint16(eocd + 10, true);
  let offset = data.getUint32(eocd + 16, true);
  const names: string[] = [];
  for (let index = 0; index < Math.min(count, MAX_ZIP_ENTRIES); index++) {
    if (offset + 46 > bytes.length || data.getUint32(offset, true) !== ZIP_CENTRAL_HEADER) return null;
    const nameLength = data.getUint16(offset + 28, true);
    const extraLength = data.getUint16(offset + 30, true);
    const commentLength = data.getUint16(offset + 32, true);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(ascii(bytes, offset + 46, nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * An OpenDocument text: the ODF rule is that the first entry is "mimetype", stored uncompressed,
 * holding exactly the media type — so it can be read at a fixed place.
 */
function isOdt(bytes: Uint8Array): boolean {
  if (bytes.length < 30) return false;
  const data = view(bytes);
  const method = data.getUint16(8, true);
  const size = data.getUint32(18, true);
  const nameLength = data.getUint16(26, true);
  const extraLength = data.getUint16(28, true);
  if (method !== 0 || nameLength !== 8 || ascii(bytes, 30, 8) !== "mimetype") return false;
  return size === ODT_MIMETYPE.length && ascii(bytes, 30 + nameLength + extraLength, size) === ODT_MIMETYPE;
}

function officeKind(names: string[]): AttachmentKind | null {
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.some((name) => name.startsWith("word/"))) return "docx";
  if (names.some((name) => name.startsWith("xl/"))) return "xlsx";
  if (names.some((name) => name.startsWith("ppt/"))) return "pptx";
  return null;
}

/** The allowed type the content shows, or null for anything else (programs, archives, HTML…). */
export function detectAttachmentKind(bytes: Uint8Array): AttachmentKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf"; // "%PDF-"
  if (startsWith(bytes, PNG_SIGNATURE)) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (!startsWith(bytes, ZIP_LOCAL_HEADER)) return null;
  if (isOdt(bytes)) return "odt";
  const names = listZipEntries(bytes);
  return names ? officeKind(names) : null;
}

/**
 * The name shown to visitors and sent in Content-Disposition: the user's base name, without any
 * folder or control character, ending with the extension of the detected type (so that a PNG
 * uploaded as "schema.pdf" downloads as "schema.png"). Never used to build a storage path.
 */
export function attachmentFileName(original: string, kind: AttachmentKind): string {
  const base = original
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 150);
  return `${base || "piece-jointe"}.${ATTACHMENT_TYPES[kind].extension}`;
}

/**
 * Content-Disposition for a download: an ASCII fallback name for old clients and the exact UTF-8
 * name (RFC 6266 / 5987). Quotes, backslashes and control characters never reach the header.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
