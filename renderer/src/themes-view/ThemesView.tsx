// Placeholder until the themes view lands (issue 13): mounted by App in the overview slot.
export function ThemesView({ onClose }: { onClose: () => void }) {
  return (
    <section className="overview-view" aria-label="Themes">
      <p className="empty">The themes view is being built.</p>
      <button type="button" onClick={onClose}>
        Back to reading
      </button>
    </section>
  )
}
