import type { FigureName, Figures } from '../api';
import { fmt } from '../format/format';
import { t } from '../i18n';

/** The tiles, in order; a share is shown against the figure it is part of. */
export const TILES: { figure: FigureName; partOf?: FigureName }[] = [
  { figure: 'teams' },
  { figure: 'teamsCompliant', partOf: 'teams' },
  { figure: 'mediators' },
  { figure: 'mediatorsWomen', partOf: 'mediators' },
  { figure: 'mediatorsEthnicMinority', partOf: 'mediators' },
  { figure: 'courses' },
];

export function figureLabel(figure: FigureName): string {
  return t.figures[figure];
}

export function valueOf(figures: Partial<Figures> | undefined, figure: FigureName): number {
  return figures?.[figure] ?? 0;
}

/** "85,7% số tổ", or null when there is nothing to divide by. */
export function shareText(figures: Partial<Figures>, figure: FigureName, partOf: FigureName): string | null {
  const percent = fmt.percent(valueOf(figures, figure), valueOf(figures, partOf));
  if (percent === null) {
    return null;
  }
  return t.overview.shareOf(percent, partOf === 'teams' ? t.overview.ofTeams : t.overview.ofMediators);
}
