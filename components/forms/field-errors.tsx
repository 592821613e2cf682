// The errors of one field or group, under it: the element that the field's aria-describedby names
// (`id`), announced politely as they change. Every form uses it, so errors look and read the same
// everywhere. `children` adds a line after the errors (what to do next, e.g. choose a file again).
export function FieldErrors({ id, errors, children }: { id: string; errors: readonly string[]; children?: React.ReactNode }) {
  return (
    <div id={id} aria-live="polite">
      {errors.map((error) => (
        <p key={error} className="mt-1 text-sm font-semibold text-red-700">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      ))}
      {children}
    </div>
  );
}
