export function AnnotationsSidebar({ hasArticle }: { hasArticle: boolean }) {
  return (
    <aside className="annotations" aria-label="Annotations">
      <h2 className="pane-title">Annotations</h2>
      <p className="empty">
        {hasArticle
          ? 'No annotations in this article. Highlighting, tags and notes arrive in a later version.'
          : 'Open an article to see its annotations here.'}
      </p>
    </aside>
  )
}
