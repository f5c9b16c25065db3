import { Lang } from '../../core/lang';
import { formatEuro, formatNumber, formatPercent } from '../format';
import { Cell } from '../model';

/** A cell as text for reading: figures in the language's number format, "–" for not available. */
export function cellText(cell: Cell, lang: Lang): string {
  if (cell === null) return '–';
  if (typeof cell === 'string') return cell;
  switch (cell.kind) {
    case 'count':
      return formatNumber(cell.value, lang);
    case 'euro':
      return formatEuro(cell.value, lang);
    case 'percent':
      return formatPercent(cell.value, lang, cell.digits ?? 0);
    case 'number':
      return formatNumber(cell.value, lang, cell.digits ?? 0);
  }
}
