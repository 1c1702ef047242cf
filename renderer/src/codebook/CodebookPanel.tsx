import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import './codebook.css'
import { CreateTagForm } from './CreateTagForm'
import { buildTree } from './tag-tree'
import { TagItem, type TagMode } from './TagItem'
import { useWarmPassages } from '../passages/use-warm-passages'

interface Props {
  tags: Tag[]
  /** Annotations (in all articles) per tag id. */
  counts: Map<string, number>
}

/** The codebook: every tag, as a tree, with its use count; create, edit, nest, merge and delete. */
export function CodebookPanel({ tags, counts }: Props) {
  const { t } = useTranslation('codebook')
  const tree = useMemo(() => buildTree(tags), [tags])
  useWarmPassages()
  // One form open at a time, so Escape and focus always have a single obvious target.
  const [open, setOpen] = useState<{ id: string; mode: TagMode } | null>(null)
  // Its tag is gone (undone elsewhere, say): forget the form, or it would reappear with a redo.
  if (open && !tags.some((tag) => tag.id === open.id)) setOpen(null)

  return (
    <section className="codebook" aria-label={t('label')}>
      <CreateTagForm tags={tags} />
      {tags.length === 0 ? (
        <p className="empty">{t('empty')}</p>
      ) : (
        <ul className="codebook-tree" aria-label={t('tags')}>
          {tree.map((node) => (
            <TagItem
              key={node.tag.id}
              node={node}
              tags={tags}
              counts={counts}
              open={open}
              onOpen={(id, mode) => setOpen(mode ? { id, mode } : null)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
