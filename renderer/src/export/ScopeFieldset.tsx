// Which part of the work an export covers, as one group of radio buttons: the article open (or
// both open), the library list as filtered, a tag, a theme, or everything. The tag and theme
// lists choose their radio as they are used; scopes that cannot apply now are shown disabled.
import { useTranslation } from 'react-i18next'
import type { Tag } from '../../../common/model/annotation-types'
import type { ThemeLabel } from '../../../common/model/intelligence-types'
import { scopeAvailable, type ExportChoice, type ScopeContext, type ScopeKind } from './scope-choice'

interface Props {
  choice: ExportChoice
  context: ScopeContext
  activeTitle: string | null
  tags: Tag[]
  themes: ThemeLabel[]
  onChange: (fields: Partial<ExportChoice>) => void
}

export function ScopeFieldset({ choice, context, activeTitle, tags, themes, onChange }: Props) {
  const { t } = useTranslation('export')
  const libraryCount = context.libraryIds?.length ?? 0
  // The label holds the radio and its words only: a list inside it would join its name.
  const radio = (kind: ScopeKind, label: string, extra?: React.ReactNode) => (
    <div className="export-scope" data-disabled={!scopeAvailable(kind, context) || undefined}>
      <label>
        <input
          type="radio"
          name="export-scope"
          value={kind}
          checked={choice.scope === kind}
          disabled={!scopeAvailable(kind, context)}
          onChange={() => onChange({ scope: kind })}
        />
        <span>{label}</span>
      </label>
      {extra}
    </div>
  )
  return (
    <fieldset className="export-field export-scopes">
      <legend>{t('scope')}</legend>
      {radio(
        'article',
        t('scopeArticle'),
        activeTitle && (
          <span className="export-scope-title" lang="th">
            {activeTitle}
          </span>
        )
      )}
      {context.bothArticleIds && radio('both', t('scopeBoth'))}
      {context.libraryIds !== null && radio('library', t('scopeLibrary', { count: libraryCount.toLocaleString('en') }))}
      {radio(
        'tag',
        t('scopeTag'),
        <select
          aria-label={t('tag')}
          lang="th"
          value={choice.tagId ?? ''}
          onChange={(event) => onChange({ scope: 'tag', tagId: event.target.value || null })}
        >
          <option value="">{tags.length ? t('chooseTag') : t('noTags')}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.name}
            </option>
          ))}
        </select>
      )}
      {radio(
        'theme',
        t('scopeTheme'),
        <select
          aria-label={t('theme')}
          lang="th"
          value={choice.themeId ?? ''}
          onChange={(event) => onChange({ scope: 'theme', themeId: event.target.value || null })}
        >
          <option value="">{t('chooseTheme')}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={theme.id}>
              {theme.label.th} · {theme.label.en}
            </option>
          ))}
        </select>
      )}
      {radio('all', t('scopeAll'))}
    </fieldset>
  )
}
