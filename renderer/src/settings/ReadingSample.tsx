// A paragraph of Thai set as the reader sets it (font, size, line height, theme), with a passage
// in each highlight colour, each named: the choice is judged on real text, not on a slider's value.
import { COLOR_LABELS, HIGHLIGHT_COLORS } from '../../../common/model/highlight-colors'

export function ReadingSample() {
  return (
    <figure className="reading-sample" aria-label="Sample of the reader">
      <p lang="th">
        การปฏิรูปกลไกการบริหารราชการแผ่นดินของเวียดนามมุ่งลดขั้นตอนที่ซ้ำซ้อน{' '}
        <span className="hl hl-yellow" title={`${COLOR_LABELS.yellow} highlight`}>
          กระจายอำนาจสู่ท้องถิ่น
        </span>{' '}
        และเพิ่มความรับผิดชอบของผู้นำ ตามมติที่{' '}
        <span className="hl hl-blue" title={`${COLOR_LABELS.blue} highlight`}>
          18-NQ/TW
        </span>{' '}
        ว่าด้วยการปรับโครงสร้างองค์กรให้กระชับและมีประสิทธิภาพ
      </p>
      <p className="reading-sample-colors">
        {HIGHLIGHT_COLORS.map((color) => (
          <span key={color} className={`hl hl-${color}`} title={`${COLOR_LABELS[color]} highlight`}>
            {COLOR_LABELS[color]} ข้อความ
          </span>
        ))}
      </p>
    </figure>
  )
}
