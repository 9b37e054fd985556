import { Badge, type BadgeProps } from "@fluentui/react-components";
import {
  ArrowRightRegular,
  ArrowTrendingDownRegular,
  ArrowTrendingRegular,
  InfoRegular,
  SubtractRegular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";
import type { Assessment, Direction } from "../../engine/plan";

export interface DotGlyphProps {
  assessment: Assessment;
  /** The arrow the workbook shows. Without it the glyph shows a trend icon for the assessment. */
  direction?: Direction;
  count?: number;
  /** Shows the assessment as a word beside the arrow, for places without a legend. */
  showLabel?: boolean;
}

interface AssessmentDisplay {
  label: string;
  color: BadgeProps["color"];
  icon: ReactElement;
}

const ASSESSMENT_DISPLAY: Record<Assessment, AssessmentDisplay> = {
  improved: { label: "Improved", color: "success", icon: <ArrowTrendingRegular /> },
  declined: { label: "Declined", color: "danger", icon: <ArrowTrendingDownRegular /> },
  unchanged: { label: "Unchanged", color: "informative", icon: <ArrowRightRegular /> },
  info: { label: "For information", color: "informative", icon: <InfoRegular /> },
  none: { label: "No direction of travel", color: "informative", icon: <SubtractRegular /> },
};

const DIRECTION_DISPLAY: Record<Direction, { arrow: string; label: string }> = {
  up: { arrow: "↑", label: "Up" },
  down: { arrow: "↓", label: "Down" },
  same: { arrow: "→", label: "Same" },
  none: { arrow: "–", label: "No arrow" },
};

/**
 * Renders a direction-of-travel arrow in the colour of its assessment, read out in words ("Up, improved").
 * The arrow gives the direction and the colour whether that is better or worse, so the label
 * carries both for anyone who cannot see the colour.
 */
export function DotGlyph({ assessment, direction, count, showLabel = false }: DotGlyphProps) {
  const display = ASSESSMENT_DISPLAY[assessment];
  const spoken = direction ? `${DIRECTION_DISPLAY[direction].label}, ${display.label.toLowerCase()}` : display.label;
  const label = count === undefined ? spoken : `${spoken}: ${count}`;

  const visibleText = [showLabel ? display.label : "", count === undefined ? "" : String(count)].filter(Boolean).join(" ");

  return (
    <Badge
      role="img"
      aria-label={label}
      title={label}
      appearance="tint"
      color={display.color}
      shape="rounded"
      icon={direction ? undefined : display.icon}
    >
      {direction ? `${DIRECTION_DISPLAY[direction].arrow}${visibleText ? ` ${visibleText}` : ""}` : visibleText}
    </Badge>
  );
}
