// Placeholder until the documents view lands (issue 13): mounted by App in the overview slot.
export function DocumentsView({ onClose }: { onClose: () => void }) {
  return (
    <section className="overview-view" aria-label="Documents">
      <p className="empty">The documents view is being built.</p>
      <button type="button" onClick={onClose}>
        Back to reading
      </button>
    </section>
  )
}
