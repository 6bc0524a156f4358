// The likelihood on a graphic scale of the seven ICD 203 bands, with the probability marked.
// The SVG carries its own text alternative (title and description).
import type { FC } from 'hono/jsx';
import { BANDS } from '../../brief/likelihood';

const WIDTH = 600;
const LEFT = 10;
const RIGHT = 590;
const x = (p: number) => LEFT + ((p - 0.01) / 0.98) * (RIGHT - LEFT);
const pct = (p: number) => `${Math.round(p * 100)}%`;

/** The scale with the probability marked; `compact` labels only the edges of its band, larger. */
export const LikelihoodScale: FC<{ probability: number; band: string; id: string; compact?: boolean }> = ({
  probability,
  band,
  id,
  compact = false,
}) => {
  const current = BANDS.find((b) => b.id === band);
  const height = compact ? 60 : 66;
  const mx = x(probability);
  return (
    <svg
      class="scale"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>Likelihood scale</title>
      <desc id={`${id}-desc`}>
        {`${current?.term ?? band} (${pct(probability)}), in the band from ${pct(current?.min ?? 0)} to ${pct(current?.max ?? 0)} of the seven ICD 203 likelihood bands.`}
      </desc>
      {BANDS.map((b, i) => (
        <rect
          class={`b${i}${b.id === band ? ' current' : ''}`}
          x={x(b.min)}
          y={18}
          width={x(b.max) - x(b.min)}
          height={18}
          data-band={b.id}
        />
      ))}
      {(compact ? [current?.min ?? 0, current?.max ?? 1] : BANDS.slice(1).map((b) => b.min)).map((edge) => (
        <text
          class={compact ? 'band-label large' : 'band-label'}
          x={x(edge)}
          y={compact ? 54 : 50}
          text-anchor="middle"
        >
          {pct(edge)}
        </text>
      ))}
      <path class="marker" d={`M ${mx - 7} 4 L ${mx + 7} 4 L ${mx} 16 Z`} />
      {compact ? null : (
        <text class="marker-label" x={Math.min(Math.max(mx, 30), WIDTH - 30)} y={64} text-anchor="middle">
          {pct(probability)}
        </text>
      )}
    </svg>
  );
};
