// The settings list the annotations' restore points and restore one: an annotation made after the
// backup is gone, the one before it is back, and the replaced annotations are kept as a point too.
// Asked first, in English and in Thai; checked for accessibility.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { openArticle } from '../support/open-article'
import { hostForSpec, screenshots } from '../support/spec-host'
import { selectPassage } from './select-passage'
import { expectAccessible } from './axe-check'

const host = hostForSpec()
const FIRST = 'การดำเนินการปรับปรุงเครื่องมือ มีฉันทามติสูง'
const SECOND = 'เมื่อเช้าวันที่ 28 กุมภาพันธ์ คณะกรรมการพรรคประจำจังหวัด ไห่เซือง'

async function annotate(page: Page, title: string, from: string, to: string, note: string) {
  await openArticle(page, title)
  const reader = page.getByRole('main', { name: 'Reader' })
  await selectPassage(reader, from, to)
  await page.keyboard.press('n')
  await page.getByLabel('Note').fill(note)
  await page.keyboard.press('Control+Enter')
  await expect(reader.locator('.article-text .hl')).toHaveCount(1)
}

const dataSection = (page: Page, name = 'Data') =>
  page.getByRole('dialog', { name: /Settings|การตั้งค่า/ }).getByRole('region', { name })

test('a backup restored brings back the annotations of its time, after asking', async ({ page }) => {
  test.setTimeout(90_000) // two annotations, two languages, two accessibility checks
  await page.goto(host().url)
  await annotate(page, FIRST, 'จัดระเบียบ', 'การเมือง', 'ก่อนสำรอง')

  await page.keyboard.press('Control+,')
  const data = dataSection(page)
  await data.getByRole('button', { name: 'Back up now' }).click()
  await expect(data.getByRole('status')).toContainText('A restore point of your annotations')
  const points = data.getByRole('list', { name: 'Restore points' })
  await expect(points.getByRole('listitem')).toHaveCount(1)
  await expect(points).toContainText('1 annotation, 0 tags')
  await page.keyboard.press('Escape')

  await annotate(page, SECOND, 'องค์กร', 'รากหญ้า', 'หลังสำรอง')

  await page.keyboard.press('Control+,')
  await points.getByRole('button', { name: /^Restore the backup of / }).click()
  const question = data.getByRole('group', { name: /^Replace your current annotations with the backup of / })
  await expect(question).toContainText('Your current annotations are kept as a backup too. Undo history is cleared.')
  await expect(question.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await question.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(screenshots, 'restore-backup-question.png') })
  await expectAccessible(page, 'restoring a backup asks first')

  // The same question in Thai.
  await page.getByRole('dialog', { name: 'Settings' }).getByRole('radio', { name: 'ไทย' }).check()
  const thai = dataSection(page, 'ข้อมูล')
  await expect(thai.getByRole('group')).toContainText('แทนที่คำอธิบายประกอบปัจจุบันด้วยข้อมูลสำรองของ')
  await thai.getByRole('group').scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(screenshots, 'restore-backup-question-th.png') })
  await page.getByRole('dialog', { name: 'การตั้งค่า' }).getByRole('radio', { name: 'English' }).check()

  await question.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(question).toBeHidden()
  // The replaced annotations are a restore point now, listed first and never rotated away.
  await expect(points.getByRole('listitem')).toHaveCount(2)
  await expect(points.getByRole('listitem').first()).toContainText('replaced by a restore · 2 annotations')
  await expectAccessible(page, 'the data section with restore points')
  await page.emulateMedia({ colorScheme: 'dark' }) // the theme follows the system by default
  await points.scrollIntoViewIfNeeded()
  await page.screenshot({ path: join(screenshots, 'restore-backup-list-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })
  await page.keyboard.press('Escape')

  await openArticle(page, SECOND)
  const reader = page.getByRole('main', { name: 'Reader' })
  await expect(reader.locator('.article-text')).toContainText('รากหญ้า')
  await expect(reader.locator('.article-text .hl')).toHaveCount(0)
  await openArticle(page, FIRST)
  await expect(reader.locator('.article-text .hl')).toHaveCount(1)
  await expect(page.getByText('ก่อนสำรอง')).toBeVisible()
})
