// What the notes index holds of an annotation: its note and highlighted quote, found by its id and
// shown with its article. Its own module, since the index and the loaded notes both use it.
export interface SearchableAnnotation {
  id: string
  articleId: string
  note: string
  quote: string
}
