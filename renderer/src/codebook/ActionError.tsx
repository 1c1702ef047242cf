import { SafeText } from '../bidi/SafeText'

/** A codebook action's failure, next to the form it came from. */
export function ActionError({ error }: { error: string | null }) {
  if (!error) return null
  return (
    <p className="codebook-error" role="alert">
      <SafeText text={error} />
    </p>
  )
}
