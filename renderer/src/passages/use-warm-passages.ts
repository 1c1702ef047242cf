// While the codebook shows, main reads every highlight into its passages index (once; about 2 s at
// 100,000 annotations, the only slow step of the passages view), so that a tag's count clicked
// next opens its passages at once. The answer (totals alone) is not used.
import { useEffect } from 'react'
import { api } from '../api/client'
import { usePassagesOpener } from './passages-opener'

export function useWarmPassages(): void {
  const shown = usePassagesOpener() !== null
  useEffect(() => {
    if (shown) void api.listPassages({ limit: 0 })
  }, [shown])
}
