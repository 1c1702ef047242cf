export function TopBar() {
  return (
    <header className="top-bar">
      <span className="brand">Crossread</span>
      <input
        className="search"
        type="search"
        disabled
        aria-label="Search the library"
        placeholder="Search the library (full-text search arrives in a later version)"
      />
    </header>
  )
}
