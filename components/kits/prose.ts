// Tailwind has no typography plugin here: a rendered kit body is styled from its container. Shared
// by the public page and the back-office preview.
export const proseClasses = [
  "max-w-3xl text-base",
  "[&_h2]:mt-8 [&_h2]:mb-3 [&_h2]:text-2xl [&_h2]:font-bold",
  "[&_h3]:mt-6 [&_h3]:mb-2 [&_h3]:text-xl [&_h3]:font-bold",
  "[&_h4]:mt-4 [&_h4]:mb-2 [&_h4]:font-bold [&_h5]:font-bold [&_h6]:font-bold",
  "[&_p]:my-3 [&_ul]:my-3 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1",
  "[&_blockquote]:my-4 [&_blockquote]:border-l-4 [&_blockquote]:border-odd17 [&_blockquote]:bg-surface [&_blockquote]:px-4 [&_blockquote]:py-2",
  "[&_code]:rounded [&_code]:bg-surface [&_code]:px-1 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-surface [&_pre]:p-3",
  "[&_table]:my-4 [&_table]:border-collapse [&_th]:border [&_th]:border-line [&_th]:px-2 [&_th]:py-1 [&_th]:text-left [&_td]:border [&_td]:border-line [&_td]:px-2 [&_td]:py-1",
  "[&_img]:h-auto [&_img]:max-w-full [&_hr]:my-6 [&_hr]:border-line",
].join(" ");
