import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import { DeleteTagConfirm } from './DeleteTagConfirm'
import { MergeTagForm } from './MergeTagForm'
import { TagEditForm } from './TagEditForm'
import type { TagNode } from './tag-tree'
import { TagPassagesLink } from '../passages/TagPassagesLink'
import { plainLabel } from '../bidi/bidi-controls'
import { SafeText } from '../bidi/SafeText'

export type TagMode = 'edit' | 'merge' | 'delete'

interface Props {
  node: TagNode
  tags: Tag[]
  counts: Map<string, number>
  open: { id: string; mode: TagMode } | null
  onOpen: (id: string, mode: TagMode | null) => void
}

/** One tag (swatch, name, count, description, actions), the form open on it, and its sub-tags. */
export function TagItem({ node, tags, counts, open, onOpen }: Props) {
  const { t } = useTranslation('codebook', { keyPrefix: 'item' })
  const { tag } = node
  const mode = open?.id === tag.id ? open.mode : null
  const count = counts.get(tag.id) ?? 0
  const close = () => onOpen(tag.id, null)
  const buttons = useRef<Partial<Record<TagMode, HTMLButtonElement | null>>>({})
  const shown = useRef<TagMode | null>(null)

  useEffect(() => {
    // A closed form took the focus with it: give it back to the button that opened the form,
    // unless it has already moved on (to another tag's form, say).
    const closed = shown.current
    shown.current = mode
    const lost = document.activeElement === null || document.activeElement === document.body
    if (closed && !mode && lost) buttons.current[closed]?.focus()
  }, [mode])

  const action = (which: TagMode, label: string) => (
    <button
      ref={(button) => void (buttons.current[which] = button)}
      type="button"
      className="small quiet"
      onClick={() => onOpen(tag.id, which)}
    >
      {label}
    </button>
  )

  return (
    <li className="codebook-item">
      <div className={`tag-line${mode ? ' open' : ''}`} role="group" aria-label={tag.name}>
        <div className="tag-main">
          <span className="codebook-swatch" style={{ background: tag.color }} aria-hidden="true" />
          {/* The actions show over the end of the name (on hover or focus), never over the count. */}
          <div className="tag-label">
            <span
              className="tag-name"
              title={t('nameTitle', { name: plainLabel(tag.name) })}
              onDoubleClick={() => onOpen(tag.id, 'edit')}
            >
              <SafeText text={tag.name} />
            </span>
            {!mode && (
              <div className="tag-actions">
                {action('edit', t('edit'))}
                {action('merge', t('merge'))}
                {action('delete', t('delete'))}
              </div>
            )}
          </div>
          <TagPassagesLink tag={tag} count={count} />
        </div>
        {tag.description && (
          <p className="tag-description" title={plainLabel(tag.description)}>
            <SafeText text={tag.description} />
          </p>
        )}
      </div>
      {mode === 'edit' && <TagEditForm tag={tag} tags={tags} onClose={close} />}
      {mode === 'merge' && (
        <MergeTagForm tag={tag} tags={tags} count={count} hasChildren={node.children.length > 0} onClose={close} />
      )}
      {mode === 'delete' && (
        <DeleteTagConfirm tag={tag} count={count} hasChildren={node.children.length > 0} onClose={close} />
      )}
      {node.children.length > 0 && (
        <ul className="codebook-tree" aria-label={t('subTags', { name: tag.name })}>
          {node.children.map((child) => (
            <TagItem key={child.tag.id} node={child} tags={tags} counts={counts} open={open} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </li>
  )
}
