/** Long text as written in the plan: one paragraph per blank-line-separated block, line breaks kept. */
export function TextBlock({ text, className }: { text: string; className?: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className={className}>
      {paragraphs.map((p, i) => (
        // Paragraphs have no identity of their own; their order never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: static text split
        <p key={i} className="text-prewrap">
          {p}
        </p>
      ))}
    </div>
  );
}
