import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { RagStatus } from "../../engine/plan";

export interface RagBadgeProps {
  status: RagStatus;
  /** A number shown after the letter, such as how many indicators have this status. */
  count?: number;
}

interface RagDisplay {
  letter: string;
  label: string;
  color: BadgeProps["color"];
}

/** The letters are the ones the workbook shows, so the colour is never the only cue. */
const RAG_DISPLAY: Record<RagStatus, RagDisplay> = {
  R: { letter: "R", label: "Red", color: "danger" },
  A: { letter: "A", label: "Amber", color: "warning" },
  G: { letter: "G", label: "Green", color: "success" },
  none: { letter: "No RAG", label: "No RAG status", color: "informative" },
};

/** Renders a RAG letter in its colour, read out as the colour's name ("Red", "Amber: 4"). */
export function RagBadge({ status, count }: RagBadgeProps) {
  const display = RAG_DISPLAY[status];
  const text = count === undefined ? display.letter : `${display.letter} ${count}`;
  const label = count === undefined ? display.label : `${display.label}: ${count}`;

  return (
    <Badge role="img" aria-label={label} title={label} appearance="filled" color={display.color} shape="rounded">
      {text}
    </Badge>
  );
}
