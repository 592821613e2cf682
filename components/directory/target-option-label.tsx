import { shortenText } from "@/lib/directory/facets";

/** An SDG target in a facet: its number in bold, then the beginning of its official text. */
export function TargetOptionLabel({ name, text }: { name: string; text: string }) {
  return (
    <>
      <span className="font-semibold">{name}</span>
      <span className="block text-sm">{shortenText(text)}</span>
    </>
  );
}
