export const annotationCount = (count: number): string =>
  `${count.toLocaleString()} ${count === 1 ? 'annotation' : 'annotations'}`
